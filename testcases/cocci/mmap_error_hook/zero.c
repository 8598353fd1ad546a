// SPDX-License-Identifier: GPL-2.0
/*
 * sen.c - a hook that swallows errors: mmap() then succeeded on an
 * unmapped range; reported.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int sen_mmap_error(int err)
{
	return 0;
}

static int sen_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = sen_mmap_error;
	return 0;
}

static const struct file_operations sen_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = sen_mmap_prepare,
};

static struct miscdevice sen_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "sen",
	.fops = &sen_fops,
};
module_misc_device(sen_misc);

MODULE_DESCRIPTION("sen");
MODULE_LICENSE("GPL");
