// SPDX-License-Identifier: GPL-2.0
/*
 * ion.c - both hooks in one handler: this rule ports the success hook
 * only (mmap_error_hook does the other).
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int ion_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}

static int ion_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return -EINVAL;

	desc->action.success_hook = ion_success;
	desc->action.error_override = -ENOMEM;
	return 0;
}

static const struct file_operations ion_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = ion_mmap_prepare,
};

static struct miscdevice ion_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "ion",
	.fops = &ion_fops,
};
module_misc_device(ion_misc);

MODULE_DESCRIPTION("ion");
MODULE_LICENSE("GPL");
