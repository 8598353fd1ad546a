// SPDX-License-Identifier: GPL-2.0
/* --werror on a clean file exits 0 */
#include <linux/mm_types.h>

void w(struct vm_area_desc *desc)
{
	desc->action.error_override = -EAGAIN;
}

/*
 * check-name: werror-clean
 * check-command: efcheck --werror $file -- -I$fixtures/v7.2 -I$fixtures/common
 */
