// SPDX-License-Identifier: GPL-2.0
/*
 * scr.c - the /dev/zero pattern through a local.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int scr_private_success(const struct vm_area_struct *vma)
{
	struct vm_area_struct *v = (struct vm_area_struct *)vma;

	/* Private scratch memory is plain anonymous memory. */
	vma_set_anonymous(v);
	return 0;
}

static int scr_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return -EINVAL;

	desc->action.success_hook = scr_private_success;
	return 0;
}

static const struct file_operations scr_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = scr_mmap_prepare,
};

static struct miscdevice scr_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "scr",
	.fops = &scr_fops,
};
module_misc_device(scr_misc);

MODULE_DESCRIPTION("scr");
MODULE_LICENSE("GPL");
