// SPDX-License-Identifier: GPL-2.0
/* errno-positive: a positive value fails every mmap() with -EINVAL */
#include <linux/mm_types.h>

int positive_macro(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	return 0;
}

int positive_number(struct vm_area_desc *desc)
{
	desc->action.error_override = 3;	/* no errno of this TU is 3 */
	return 0;
}

int positive_expression(struct vm_area_desc *desc)
{
	desc->action.error_override = (EIO);
	return 0;
}

/*
 * check-name: errno-positive
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * errno-positive.c:7:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * errno-positive.c:13:32: error: error_override = 3 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * errno-positive.c:19:32: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * check-error-end
 */
