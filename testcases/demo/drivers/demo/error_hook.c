// SPDX-License-Identifier: GPL-2.0
/*
 * efcheck demo: removed-hook, error_hook as /dev/mem used it in v6.19-v7.1.
 * The migration (cocci/mmap_error_hook.cocci) makes the constant the hook
 * returned the error_override and deletes the hook.
 */
#include <linux/mm.h>

static int demo_filter_error(int err)
{
	return -EAGAIN;
}

static int demo_error_hook_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	/* We filter remap errors to -EAGAIN. */
	desc->action.error_hook = demo_filter_error;

	return 0;
}

const struct file_operations demo_error_hook_fops = {
	.mmap_prepare = demo_error_hook_mmap_prepare,
};
