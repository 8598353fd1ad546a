// SPDX-License-Identifier: GPL-2.0
/*
 * Writes inside sizeof and typeof never run: silent.  Real ones beside
 * them are still reported.
 */
#include <linux/mm_types.h>

#define OVERRIDE_SIZE(d)	sizeof((d)->action.error_override = EAGAIN)
#define OVERRIDE_VAR(d, name)	\
	typeof((d)->action.error_override = EAGAIN) name = -EIO

static int fbmem_mmap_prepare(struct vm_area_desc *desc)
{
	unsigned long sz = OVERRIDE_SIZE(desc);
	OVERRIDE_VAR(desc, err);
	typeof(desc->action.error_override = 1) *ptr = &err;

	desc->action.error_override = *ptr;
	desc->action.error_override = (typeof(desc->action.error_override = 5))
		EINTR;
	return sz == _Alignof(typeof(desc->action.error_override = 7));
}

int fbmem_register(struct vm_area_desc *desc)
{
	return fbmem_mmap_prepare(desc);
}

/*
 * check-name: value-unevaluated
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * unevaluated.c:19:32: error: error_override = 4 is positive: every mmap() fails with -EINVAL; use '-EINTR' [errno-positive]
 * check-error-end
 */
