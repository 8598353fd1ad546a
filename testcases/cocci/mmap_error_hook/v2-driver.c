// SPDX-License-Identifier: GPL-2.0
/*
 * ipu.c - ported to a tree with the v1/v2 series (error_filter).
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int ipu_mmap_error(int err)
{
	return -EAGAIN;
}

static int ipu_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = ipu_mmap_error;
	return 0;
}

static const struct file_operations ipu_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = ipu_mmap_prepare,
};

static struct miscdevice ipu_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "ipu",
	.fops = &ipu_fops,
};
module_misc_device(ipu_misc);

MODULE_DESCRIPTION("ipu");
MODULE_LICENSE("GPL");
