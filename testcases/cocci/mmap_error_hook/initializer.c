// SPDX-License-Identifier: GPL-2.0
/*
 * sram.c - the action is built in a local initializer, then copied.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int sram_mmap_error(int err)
{
	return -ENOMEM;
}

static int sram_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action action = {
		.type = MMAP_NOTHING,
		.error_hook = sram_mmap_error,
	};

	desc->action = action;
	mmap_action_remap_full(desc, desc->pgoff);
	return 0;
}

static const struct file_operations sram_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = sram_mmap_prepare,
};

static struct miscdevice sram_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "sram",
	.fops = &sram_fops,
};
module_misc_device(sram_misc);

MODULE_DESCRIPTION("sram");
MODULE_LICENSE("GPL");
