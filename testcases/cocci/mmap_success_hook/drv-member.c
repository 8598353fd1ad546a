// SPDX-License-Identifier: GPL-2.0
/*
 * evt.c - a driver's own callback table with a success_hook member.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

struct evt_ops {
	int (*success_hook)(void *data);
};

static int evt_done(void *data)
{
	return 0;
}

static struct evt_ops evt_ops;

static int evt_mmap_prepare(struct vm_area_desc *desc)
{
	struct evt_ops *ops = &evt_ops;

	ops->success_hook = evt_done;
	mmap_action_remap_full(desc, desc->pgoff);
	return 0;
}

static const struct file_operations evt_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = evt_mmap_prepare,
};

static struct miscdevice evt_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "evt",
	.fops = &evt_fops,
};
module_misc_device(evt_misc);

MODULE_DESCRIPTION("evt");
MODULE_LICENSE("GPL");
