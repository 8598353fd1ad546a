// SPDX-License-Identifier: GPL-2.0
/*
 * log.c - an identity hook set under a condition: no empty if is left.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static bool log_strict;
module_param(log_strict, bool, 0444);

static int log_mmap_error(int err)
{
	return err;
}

static int log_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	if (log_strict) {
		desc->action.error_hook = log_mmap_error;
	}
	return 0;
}

static const struct file_operations log_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = log_mmap_prepare,
};

static struct miscdevice log_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "log",
	.fops = &log_fops,
};
module_misc_device(log_misc);

MODULE_DESCRIPTION("log");
MODULE_LICENSE("GPL");
