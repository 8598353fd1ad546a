// SPDX-License-Identifier: GPL-2.0
/*
 * The prefilter follows #include "..." headers: this file never names the
 * field, the macro in its local header does.  The fix-it replaces the
 * macro's argument, never the macro call that holds the write.
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
 * check-command: efcheck --format=json $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-output-start
 * {"file":"local-macro.c","line":12,"column":24,"severity":"error","check":"errno-positive","message":"error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN'","notes":[{"file":"mydrv.h","line":3,"column":50,"message":"the macro writes the field here"}],"fix":{"line":12,"column":24,"end_column":30,"replacement":"-EAGAIN"},"fingerprint":"d4e057eaa7b25ad2:1"}
 * check-output-end
 */
