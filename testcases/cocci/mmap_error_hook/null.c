// SPDX-License-Identifier: GPL-2.0
/*
 * nvram.c - a hook explicitly cleared: 0 is the default of the int.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int nvram_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = NULL;
	return 0;
}

static const struct file_operations nvram_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = nvram_mmap_prepare,
};

static struct miscdevice nvram_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "nvram",
	.fops = &nvram_fops,
};
module_misc_device(nvram_misc);

MODULE_DESCRIPTION("nvram");
MODULE_LICENSE("GPL");
