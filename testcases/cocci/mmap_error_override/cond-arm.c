// SPDX-License-Identifier: GPL-2.0
/*
 * venc.c - one arm of the conditional is positive: it is negated.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static bool venc_busy;

static int venc_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = venc_busy ? EBUSY : -EIO;
	return 0;
}

static const struct file_operations venc_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = venc_mmap_prepare,
};

static struct miscdevice venc_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "venc",
	.fops = &venc_fops,
};
module_misc_device(venc_misc);

MODULE_DESCRIPTION("venc");
MODULE_LICENSE("GPL");
