// SPDX-License-Identifier: GPL-2.0
/* errno-zero: an explicit 0 is a no-op; a 0 arm of a conditional is fine */
#include <linux/mm_types.h>

void zero(struct vm_area_desc *desc, int c)
{
	desc->action.error_override = 0;
	desc->action.error_override = c ? -EAGAIN : 0;
}

struct mmap_action zero_action = { .error_override = 0 };

/*
 * check-name: errno-zero
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * errno-zero.c:7:32: warning: error_override = 0 does nothing: 0 means no override [errno-zero]
 * errno-zero.c:11:54: warning: error_override = 0 does nothing: 0 means no override [errno-zero]
 * check-error-end
 */
