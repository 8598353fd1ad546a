// SPDX-License-Identifier: GPL-2.0
/* compound-assign: the field takes one errno, not arithmetic */
#include <linux/mm_types.h>

void compound(struct vm_area_desc *desc, struct mmap_action *action)
{
	desc->action.error_override |= -EAGAIN;
	desc->action.error_override += -EIO;
	action->error_override -= 1;
	action->error_override++;
	--desc->action.error_override;
}

/*
 * check-name: compound-assign
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * compound-assign.c:7:15: error: compound assignment '|=' to error_override: assign one negative errno instead [compound-assign]
 * compound-assign.c:8:15: error: compound assignment '+=' to error_override: assign one negative errno instead [compound-assign]
 * compound-assign.c:9:10: error: compound assignment '-=' to error_override: assign one negative errno instead [compound-assign]
 * compound-assign.c:10:10: error: compound assignment '++' to error_override: assign one negative errno instead [compound-assign]
 * compound-assign.c:11:17: error: compound assignment '--' to error_override: assign one negative errno instead [compound-assign]
 * check-error-end
 */
