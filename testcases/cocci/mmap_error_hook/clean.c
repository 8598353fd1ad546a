// SPDX-License-Identifier: GPL-2.0
// v7.2 code: nothing to do, no output at all.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>

static int foo_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -EAGAIN;
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = foo_prepare,
};
