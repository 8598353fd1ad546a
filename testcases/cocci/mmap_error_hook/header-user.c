// SPDX-License-Identifier: GPL-2.0
/*
 * cam.c - the hook lives in the driver's header, as a static inline that
 * other files of the driver may call: this file cannot port it, only say so.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include "header-hook.h"

static int cam_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = cam_mmap_error;
	return 0;
}

static const struct file_operations cam_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = cam_mmap_prepare,
};

static struct miscdevice cam_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "cam",
	.fops = &cam_fops,
};
module_misc_device(cam_misc);

MODULE_DESCRIPTION("cam");
MODULE_LICENSE("GPL");
