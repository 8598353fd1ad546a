// SPDX-License-Identifier: GPL-2.0
/*
 * wdt.c - a forward-declared hook defined after its user: both go.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int wdt_mmap_error(int err);

static int wdt_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = wdt_mmap_error;
	return 0;
}

static int wdt_mmap_error(int err)
{
	return -ETIMEDOUT;
}

static const struct file_operations wdt_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = wdt_mmap_prepare,
};

static struct miscdevice wdt_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "wdt",
	.fops = &wdt_fops,
};
module_misc_device(wdt_misc);

MODULE_DESCRIPTION("wdt");
MODULE_LICENSE("GPL");
