// SPDX-License-Identifier: GPL-2.0
/*
 * can.c - an explicit 0 does nothing: reported.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int can_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = 0;
	return 0;
}

static const struct file_operations can_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = can_mmap_prepare,
};

static struct miscdevice can_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "can",
	.fops = &can_fops,
};
module_misc_device(can_misc);

MODULE_DESCRIPTION("can");
MODULE_LICENSE("GPL");
