// SPDX-License-Identifier: GPL-2.0
/*
 * zact.c - set through a struct mmap_action *: the call needs desc, so
 * it is reported.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int zact_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}

static int zact_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	action->success_hook = zact_success;
	return 0;
}

static const struct file_operations zact_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zact_mmap_prepare,
};

static struct miscdevice zact_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zact",
	.fops = &zact_fops,
};
module_misc_device(zact_misc);

MODULE_DESCRIPTION("zact");
MODULE_LICENSE("GPL");
