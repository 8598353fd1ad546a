// SPDX-License-Identifier: GPL-2.0
/*
 * tpu.c - the hook picks its errno from driver state, and one arm is
 * positive: reported.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static bool tpu_busy;

static int tpu_mmap_error(int err)
{
	return tpu_busy ? EBUSY : -EIO;
}

static int tpu_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = tpu_mmap_error;
	return 0;
}

static const struct file_operations tpu_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = tpu_mmap_prepare,
};

static struct miscdevice tpu_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "tpu",
	.fops = &tpu_fops,
};
module_misc_device(tpu_misc);

MODULE_DESCRIPTION("tpu");
MODULE_LICENSE("GPL");
