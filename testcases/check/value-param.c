// SPDX-License-Identifier: GPL-2.0
/* values through parameters of static functions: reported at the call */
#include <linux/mm_types.h>

static void set_override(struct vm_area_desc *desc, int err)
{
	desc->action.error_override = err;
}

int mydrv_a(struct vm_area_desc *desc)
{
	set_override(desc, -EAGAIN);
	return 0;
}

int mydrv_b(struct vm_area_desc *desc)
{
	set_override(desc, EAGAIN);
	return 0;
}

static void set_taken(struct vm_area_desc *desc, int err)
{
	desc->action.error_override = err;	/* address taken: not bound */
}

void (*hook)(struct vm_area_desc *, int) = set_taken;

void mydrv_c(struct vm_area_desc *desc)
{
	set_taken(desc, 7);
}

/*
 * check-name: value-param
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * value-param.c:18:21: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * value-param.c:7:15: note: the argument is written to 'error_override' here
 * check-error-end
 */
