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

void local_loop(struct vm_area_desc *desc, int n)
{
	int err = -EIO;

	for (int i = 0; i < n; i++) {
		desc->action.error_override = err;	/* 5 from the last round */
		err = 5;
	}
}

void local_shadow(struct vm_area_desc *desc, int c)
{
	int err = 5;

	{
		int err = -EIO;	/* another variable */

		desc->action.error_override = err;
	}
	desc->action.error_override = c ? err : -EIO;
}

/*
 * check-name: value-local
 * check-command: efcheck --enable=unresolved $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * value-local.c:7:46: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * value-local.c:8:41: error: error_override = 1 is positive: every mmap() fails with -EINVAL; use '-EPERM' [errno-positive]
 * value-local.c:25:15: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * value-local.c:24:9: note: the value comes from this assignment
 * value-local.c:33:32: note: cannot bound the value written to error_override [unresolved]
 * value-local.c:41:16: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * value-local.c:42:9: note: the value comes from this assignment
 * value-local.c:55:15: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * value-local.c:48:12: note: the value comes from this assignment
 * check-error-end
 */
