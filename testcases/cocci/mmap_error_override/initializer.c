// SPDX-License-Identifier: GPL-2.0
/*
 * i2s.c - v1/v2 spelling and a positive errno in an initializer.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int i2s_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action action = {
		.type = MMAP_NOTHING,
		.error_filter = EAGAIN,
	};

	desc->action = action;
	mmap_action_remap_full(desc, desc->pgoff);
	return 0;
}

static const struct file_operations i2s_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = i2s_mmap_prepare,
};

static struct miscdevice i2s_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "i2s",
	.fops = &i2s_fops,
};
module_misc_device(i2s_misc);

MODULE_DESCRIPTION("i2s");
MODULE_LICENSE("GPL");
