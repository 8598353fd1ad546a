// SPDX-License-Identifier: GPL-2.0
/*
 * umem.c - the hook keeps the VMA: that work belongs in vm_ops->mapped.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

struct umem_ctx {
	struct vm_area_struct *vma;
};

static struct umem_ctx umem;

static int umem_success(const struct vm_area_struct *vma)
{
	umem.vma = (struct vm_area_struct *)vma;
	return 0;
}

static int umem_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.success_hook = umem_success;
	return 0;
}

static const struct file_operations umem_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = umem_mmap_prepare,
};

static struct miscdevice umem_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "umem",
	.fops = &umem_fops,
};
module_misc_device(umem_misc);

MODULE_DESCRIPTION("umem");
MODULE_LICENSE("GPL");
