// SPDX-License-Identifier: GPL-2.0
/* removed-hook: code written for v7.1 compiled against v7.2 headers */
#include <linux/mm_types.h>

static int mydrv_error(int err)
{
	return -EAGAIN;
}

int mydrv_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_hook = mydrv_error;
	return 0;
}

struct mmap_action mydrv_action = { .success_hook = 0 };

/*
 * check-name: removed-hook-v72
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * removed-hook-v72.c:12:15: error: 'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it) [removed-hook]
 * removed-hook-v72.c:16:38: error: 'success_hook' was removed in v7.2: move this work to vm_ops->mapped (cocci/mmap_success_hook.cocci) [removed-hook]
 * check-error-end
 */
