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
 * check-name: unresolved
 * check-command: efcheck --enable=unresolved $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * unresolved.c:9:32: note: cannot bound the value written to error_override [unresolved]
 * unresolved.c:10:32: note: cannot bound the value written to error_override [unresolved]
 * check-error-end
 */
