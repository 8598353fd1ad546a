// SPDX-License-Identifier: GPL-2.0
/* errnos are evaluated in the unit's own context: MIPS numbering */
#include <linux/mm_types.h>

void mips(struct vm_area_desc *desc)
{
	desc->action.error_override = -EOPNOTSUPP;	/* 122 here */
	desc->action.error_override = -EDQUOT;		/* 1133 here */
	desc->action.error_override = -95;		/* generic EOPNOTSUPP */
	desc->action.error_override = -122;
}

/*
 * check-name: errno-arch
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/mips -I$fixtures/common
 *
 * check-error-start
 * errno-arch.c:9:32: warning: error_override = -95 is no errno of this architecture [errno-unnamed]
 * errno-arch.c:10:32: warning: error_override = -122 is a bare number: use '-EOPNOTSUPP' [errno-literal]
 * check-error-end
 */
