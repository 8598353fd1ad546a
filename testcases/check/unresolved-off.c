// SPDX-License-Identifier: GPL-2.0
/* unresolved: values efcheck cannot bound, reported only when asked */
#include <linux/mm_types.h>

int pick(void);

void unresolved(struct vm_area_desc *desc, int err)
{
	desc->action.error_override = pick();
	desc->action.error_override = err;	/* parameter of an extern function */
}

/*
 * check-name: unresolved is off by default
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 */
