// SPDX-License-Identifier: GPL-2.0
/*
 * spi2.c - a helper sets the override through a struct mmap_action *.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static void spi2_setup_action(struct mmap_action *action)
{
	action->error_filter = ENODEV;
}

static int spi2_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	spi2_setup_action(&desc->action);
	return 0;
}

static const struct file_operations spi2_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = spi2_mmap_prepare,
};

static struct miscdevice spi2_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "spi2",
	.fops = &spi2_fops,
};
module_misc_device(spi2_misc);

MODULE_DESCRIPTION("spi2");
MODULE_LICENSE("GPL");
