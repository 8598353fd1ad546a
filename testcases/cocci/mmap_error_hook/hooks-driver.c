// SPDX-License-Identifier: GPL-2.0
/*
 * vpu.c - a v7.1 driver on a v7.1 tree: correct as it is.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int vpu_mmap_error(int err)
{
	return -EAGAIN;
}

static int vpu_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = vpu_mmap_error;
	return 0;
}

static const struct file_operations vpu_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = vpu_mmap_prepare,
};

static struct miscdevice vpu_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "vpu",
	.fops = &vpu_fops,
};
module_misc_device(vpu_misc);

MODULE_DESCRIPTION("vpu");
MODULE_LICENSE("GPL");
