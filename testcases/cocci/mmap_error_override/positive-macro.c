// SPDX-License-Identifier: GPL-2.0
/*
 * jpeg.c - a driver macro that is a positive errno: reported, the macro
 * may have other users.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#define JPEG_MMAP_ERR	EAGAIN

static int jpeg_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = JPEG_MMAP_ERR;
	return 0;
}

static const struct file_operations jpeg_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = jpeg_mmap_prepare,
};

static struct miscdevice jpeg_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "jpeg",
	.fops = &jpeg_fops,
};
module_misc_device(jpeg_misc);

MODULE_DESCRIPTION("jpeg");
MODULE_LICENSE("GPL");
