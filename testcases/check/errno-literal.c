// SPDX-License-Identifier: GPL-2.0
/* errno-literal: a bare number where a macro exists */
#include <linux/mm_types.h>

void literal(struct vm_area_desc *desc)
{
	desc->action.error_override = -11;
	desc->action.error_override = (-12);
	desc->action.error_override = -0x5;
}

/*
 * check-name: errno-literal
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * errno-literal.c:7:32: warning: error_override = -11 is a bare number: use '-EAGAIN' [errno-literal]
 * errno-literal.c:8:32: warning: error_override = -12 is a bare number: use '-ENOMEM' [errno-literal]
 * errno-literal.c:9:32: warning: error_override = -5 is a bare number: use '-EIO' [errno-literal]
 * check-error-end
 */
