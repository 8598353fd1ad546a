// SPDX-License-Identifier: GPL-2.0
/* silence: valid errnos, conditionals of them, another struct's member */
#include <linux/mm_types.h>

struct other {
	int error_override;
	int (*error_hook)(int);
};

int valid(struct vm_area_desc *desc, struct other *o, int c)
{
	desc->action.error_override = -EAGAIN;
	desc->action.error_override = -EWOULDBLOCK;
	desc->action.error_override = c ? -EAGAIN : -EIO;
	desc->action.error_override = -ERANGE;
	o->error_override = 5;
	o->error_hook = 0;
	return desc->action.error_override;
}

struct other other = { .error_override = 11 };

/*
 * check-name: silent-valid
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 */
