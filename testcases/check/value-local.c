// SPDX-License-Identifier: GPL-2.0
/* values: each arm of a conditional, locals, and nested conditionals */
#include <linux/mm_types.h>

void arms(struct vm_area_desc *desc, int c, int d)
{
	desc->action.error_override = c ? -EAGAIN : EIO;
	desc->action.error_override = c ? (d ? 1 : -EIO) : -EBUSY;
}

void local_last(struct vm_area_desc *desc)
{
	int err = EAGAIN;

	err = -EAGAIN;		/* kills the positive initializer */
	desc->action.error_override = err;
}

void local_branch(struct vm_area_desc *desc, int c)
{
	int err = -EIO;

	if (c)
		err = 5;
	desc->action.error_override = err;
}

void local_escapes(struct vm_area_desc *desc, int *out)
{
	int err = 5;

	out = &err;
	desc->action.error_override = err;	/* unknown: address taken */
}

/*
 * check-name: value-local
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * value-local.c:7:46: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * value-local.c:8:41: error: error_override = 1 is positive: every mmap() fails with -EINVAL; use '-EPERM' [errno-positive]
 * value-local.c:25:15: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * value-local.c:24:9: note: the value comes from this assignment
 * check-error-end
 */
