// SPDX-License-Identifier: GPL-2.0
/* error_filter: the v1/v2 field name is checked like error_override */
#include <linux/mm_types.h>

int mydrv_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_filter = -EAGAIN;	/* valid */
	desc->action.error_filter = EAGAIN;
	desc->action.error_filter |= -EIO;
	return 0;
}

/*
 * check-name: error-filter-v1
 * check-command: efcheck $file -- -I$fixtures/v1 -I$fixtures/common
 *
 * check-error-start
 * error-filter-v1.c:8:30: error: error_filter = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * error-filter-v1.c:9:15: error: compound assignment '|=' to error_filter: assign one negative errno instead [compound-assign]
 * check-error-end
 */
