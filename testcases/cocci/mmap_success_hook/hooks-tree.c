// SPDX-License-Identifier: GPL-2.0
// The tree still declares success_hook: nothing is ported.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/shmem_fs.h>

static int mmap_zero_private_success(const struct vm_area_struct *vma)
{
	/*
	 * This is a highly unique situation where we mark a MAP_PRIVATE mapping
	 * of /dev/zero anonymous, despite it not being.
	 */
	vma_set_anonymous((struct vm_area_struct *)vma);

	return 0;
}

static int mmap_zero_prepare(struct vm_area_desc *desc)
{
#ifndef CONFIG_MMU
	return -ENOSYS;
#endif
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return shmem_zero_setup_desc(desc);

	desc->action.success_hook = mmap_zero_private_success;
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = mmap_zero_prepare,
};
