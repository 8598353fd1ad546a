// SPDX-License-Identifier: GPL-2.0
/*
 * zpriv.c - the hook is only set for private mappings.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int zpriv_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}

static int zpriv_mmap_prepare(struct vm_area_desc *desc)
{
	if (!vma_desc_test(desc, VMA_SHARED_BIT))
		desc->action.success_hook = zpriv_success;
	return 0;
}

static const struct file_operations zpriv_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zpriv_mmap_prepare,
};

static struct miscdevice zpriv_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zpriv",
	.fops = &zpriv_fops,
};
module_misc_device(zpriv_misc);

MODULE_DESCRIPTION("zpriv");
MODULE_LICENSE("GPL");
