// SPDX-License-Identifier: GPL-2.0
/*
 * cfg.c - a constant hook in the if, an identity hook in the else: the
 * if is ported and the else goes.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static bool cfg_strict;
module_param(cfg_strict, bool, 0444);

static int cfg_strict_error(int err)
{
	return -EPERM;
}

static int cfg_pass_error(int err)
{
	return err;
}

static int cfg_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	if (cfg_strict)
		desc->action.error_hook = cfg_strict_error;
	else
		desc->action.error_hook = cfg_pass_error;
	return 0;
}

static const struct file_operations cfg_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = cfg_mmap_prepare,
};

static struct miscdevice cfg_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "cfg",
	.fops = &cfg_fops,
};
module_misc_device(cfg_misc);

MODULE_DESCRIPTION("cfg");
MODULE_LICENSE("GPL");
