// SPDX-License-Identifier: GPL-2.0
/*
 * xdma.c - a vendor compat header decides with its own macro: the branch
 * that uses the hook is left alone.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/version.h>

#include "compat-have-macro.h"

#ifdef XDMA_HAVE_MMAP_ERROR_HOOK
static int xdma_mmap_error(int err)
{
	return -EIO;
}
#endif

static int xdma_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#ifdef XDMA_HAVE_MMAP_ERROR_HOOK
	desc->action.error_hook = xdma_mmap_error;
#else
	desc->action.error_override = -EIO;
#endif
	return 0;
}

static const struct file_operations xdma_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = xdma_mmap_prepare,
};

static struct miscdevice xdma_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "xdma",
	.fops = &xdma_fops,
};
module_misc_device(xdma_misc);

MODULE_DESCRIPTION("xdma");
MODULE_LICENSE("GPL");
