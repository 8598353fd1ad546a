// SPDX-License-Identifier: GPL-2.0
/* --werror: exit 1 when a warning or error is found */
#include <linux/mm_types.h>

void w(struct vm_area_desc *desc)
{
	desc->action.error_override = -11;
}

/*
 * check-name: werror
 * check-command: efcheck --werror $file -- -I$fixtures/v7.2 -I$fixtures/common
 * check-exit-value: 1
 *
 * check-error-start
 * werror.c:7:32: warning: error_override = -11 is a bare number: use '-EAGAIN' [errno-literal]
 * check-error-end
 */
