// SPDX-License-Identifier: GPL-2.0
/* errno-unnamed: in range, but no E* macro has the value */
#include <linux/mm_types.h>

void unnamed(struct vm_area_desc *desc)
{
	desc->action.error_override = -200;
	desc->action.error_override = -4000;
	desc->action.error_override = -(EAGAIN + 1000);
}

/*
 * check-name: errno-unnamed
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * errno-unnamed.c:7:32: warning: error_override = -200 is no errno of this architecture [errno-unnamed]
 * errno-unnamed.c:8:32: warning: error_override = -4000 is no errno of this architecture [errno-unnamed]
 * errno-unnamed.c:9:32: warning: error_override = -1011 is no errno of this architecture [errno-unnamed]
 * check-error-end
 */
