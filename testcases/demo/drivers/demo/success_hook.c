// SPDX-License-Identifier: GPL-2.0
/*
 * efcheck demo: removed-hook, success_hook as /dev/zero used it in
 * v6.19-v7.1.  The migration (cocci/mmap_success_hook.cocci) calls
 * vma_desc_set_anonymous(desc) instead, as upstream did.
 */
#include <linux/mm.h>

static int demo_private_success(const struct vm_area_struct *vma)
{
	/* A private mapping of this device is anonymous memory. */
	vma_set_anonymous((struct vm_area_struct *)vma);

	return 0;
}

static int demo_success_hook_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.success_hook = demo_private_success;
	return 0;
}

const struct file_operations demo_success_hook_fops = {
	.mmap_prepare = demo_success_hook_mmap_prepare,
};
