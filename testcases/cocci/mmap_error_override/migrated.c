// SPDX-License-Identifier: GPL-2.0
/*
 * mem2.c - a driver already migrated to v7.2: nothing to say.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int mem2_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	mmap_action_remap_full(desc, desc->pgoff);
	action->error_override = -EAGAIN;
	return 0;
}

static const struct file_operations mem2_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = mem2_mmap_prepare,
};

static struct miscdevice mem2_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "mem2",
	.fops = &mem2_fops,
};
module_misc_device(mem2_misc);

MODULE_DESCRIPTION("mem2");
MODULE_LICENSE("GPL");
