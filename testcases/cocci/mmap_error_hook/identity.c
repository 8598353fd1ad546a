// SPDX-License-Identifier: GPL-2.0
// A hook that returns its argument changes nothing: it goes, no override.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>

static int pass_error(int err);

static int foo_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = pass_error;
	return 0;
}

static int pass_error(int err)
{
	return err;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = foo_prepare,
};
