// SPDX-License-Identifier: GPL-2.0
/*
 * zexp.c - an exported anonymous hook: the assignment is ported, the
 * function stays.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

int zexp_success(const struct vm_area_struct *vma);

int zexp_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}
EXPORT_SYMBOL_GPL(zexp_success);

static int zexp_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.success_hook = zexp_success;
	return 0;
}

static const struct file_operations zexp_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zexp_mmap_prepare,
};

static struct miscdevice zexp_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zexp",
	.fops = &zexp_fops,
};
module_misc_device(zexp_misc);

MODULE_DESCRIPTION("zexp");
MODULE_LICENSE("GPL");
