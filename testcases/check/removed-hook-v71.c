// SPDX-License-Identifier: GPL-2.0
/* removed-hook: hooks in code built against v6.19 to v7.1 headers */
#include <linux/mm_types.h>

static int mydrv_error(int err)
{
	return -EAGAIN;
}

static int mydrv_success(const struct vm_area_struct *vma)
{
	return 0;
}

int mydrv_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_hook = mydrv_error;
	desc->action.success_hook = mydrv_success;
	if (desc->action.error_hook)
		return 1;
	return 0;
}

struct mmap_action mydrv_action = { .error_hook = mydrv_error };

/*
 * check-name: removed-hook-v71
 * check-command: efcheck $file -- -I$fixtures/v7.1 -I$fixtures/common
 *
 * check-error-start
 * removed-hook-v71.c:17:15: error: 'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it) [removed-hook]
 * removed-hook-v71.c:18:15: error: 'success_hook' was removed in v7.2: move this work to vm_ops->mapped (cocci/mmap_success_hook.cocci) [removed-hook]
 * removed-hook-v71.c:19:19: error: 'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it) [removed-hook]
 * removed-hook-v71.c:24:38: error: 'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it) [removed-hook]
 * check-error-end
 */
