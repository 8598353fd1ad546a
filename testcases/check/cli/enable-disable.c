// SPDX-License-Identifier: GPL-2.0
/* --enable/--disable select checks by name */
#include <linux/mm_types.h>

void w(struct vm_area_desc *desc, int x)
{
	desc->action.error_override = -11;
	desc->action.error_override = 0;
	desc->action.error_override = x;
}

/*
 * check-name: enable-disable
 * check-command: efcheck --disable=errno-literal --enable=all --disable=errno-zero $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * enable-disable.c:7:32: warning: error_override = -11 is a bare number: use '-EAGAIN' [errno-literal]
 * enable-disable.c:9:32: note: cannot bound the value written to error_override [unresolved]
 * check-error-end
 */
