// SPDX-License-Identifier: GPL-2.0
/*
 * The prefilter follows #include "..." headers: this file never names the
 * field, the macro in its local header does.
 */
#include <linux/mm_types.h>
#include "mydrv.h"

int mydrv_mmap_prepare(struct vm_area_desc *desc)
{
	MYDRV_SET_ERROR(desc, EAGAIN);
	return 0;
}

/*
 * check-name: prefilter-local-macro
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * local-macro.c:11:2: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * check-error-end
 */
