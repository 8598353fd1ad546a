// SPDX-License-Identifier: GPL-2.0
/*
 * npu.c - the hook returns a driver macro that is a negative errno: the
 * macro becomes the override.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#define NPU_MMAP_ERR	(-EAGAIN)

static int npu_mmap_error(int err)
{
	return NPU_MMAP_ERR;
}

static int npu_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = npu_mmap_error;
	return 0;
}

static const struct file_operations npu_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = npu_mmap_prepare,
};

static struct miscdevice npu_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "npu",
	.fops = &npu_fops,
};
module_misc_device(npu_misc);

MODULE_DESCRIPTION("npu");
MODULE_LICENSE("GPL");
