// SPDX-License-Identifier: GPL-2.0
/* errno-range: below -4095, or not representable in int */
#include <linux/mm_types.h>

int below(struct vm_area_desc *desc)
{
	desc->action.error_override = -4096;
	return 0;
}

int far_below(struct vm_area_desc *desc)
{
	desc->action.error_override = -100000;
	return 0;
}

int edge(struct vm_area_desc *desc)
{
	desc->action.error_override = -4095;	/* MAX_ERRNO: accepted */
	return 0;
}

int wide(struct vm_area_desc *desc)
{
	desc->action.error_override = 4294967285u;	/* (int) is -11 */
	return 0;
}

int wide_long(struct vm_area_desc *desc)
{
	desc->action.error_override = -0x100000000L - EAGAIN;
	return 0;
}

/*
 * check-name: errno-range
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * errno-range.c:7:32: error: error_override = -4096 is below -4095: every mmap() fails with -EINVAL [errno-range]
 * errno-range.c:13:32: error: error_override = -100000 is below -4095: every mmap() fails with -EINVAL [errno-range]
 * errno-range.c:19:32: warning: error_override = -4095 is no errno of this architecture [errno-unnamed]
 * errno-range.c:25:32: error: error_override = 4294967285 does not fit in int: write a negative errno [errno-range]
 * errno-range.c:31:32: error: error_override = -4294967307 does not fit in int: write a negative errno [errno-range]
 * check-error-end
 */
