// SPDX-License-Identifier: GPL-2.0
/*
 * gpu.c - an exported hook that returns one errno: the assignment is
 * ported, the function stays for its other users.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

int gpu_mmap_error(int err);

int gpu_mmap_error(int err)
{
	return -ENODEV;
}
EXPORT_SYMBOL_GPL(gpu_mmap_error);

static int gpu_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = gpu_mmap_error;
	return 0;
}

static const struct file_operations gpu_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = gpu_mmap_prepare,
};

static struct miscdevice gpu_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "gpu",
	.fops = &gpu_fops,
};
module_misc_device(gpu_misc);

MODULE_DESCRIPTION("gpu");
MODULE_LICENSE("GPL");
