// SPDX-License-Identifier: GPL-2.0
// /dev/mem as in v6.19-v7.1: a constant hook, and the comment about it.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>

static const struct vm_operations_struct mmap_mem_ops = {};

static int mmap_filter_error(int err)
{
	return -EAGAIN;
}

static int mmap_mem_prepare(struct vm_area_desc *desc)
{
	desc->vm_ops = &mmap_mem_ops;

	/* Remap-pfn-range will mark the range with the I/O flag. */
	mmap_action_remap_full(desc, desc->pgoff);
	/* We filter remap errors to -EAGAIN. */
	desc->action.error_hook = mmap_filter_error;

	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = mmap_mem_prepare,
};
