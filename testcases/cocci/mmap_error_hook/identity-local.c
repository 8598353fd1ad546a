// SPDX-License-Identifier: GPL-2.0
/*
 * trace.c - an identity hook set through a local struct mmap_action *:
 * dropping it must drop the local too, or -Werror stops the build.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int trace_mmap_error(int err)
{
	return err;
}

static int trace_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	mmap_action_remap_full(desc, desc->pgoff);
	action->error_hook = trace_mmap_error;
	return 0;
}

static const struct file_operations trace_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = trace_mmap_prepare,
};

static struct miscdevice trace_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "trace",
	.fops = &trace_fops,
};
module_misc_device(trace_misc);

MODULE_DESCRIPTION("trace");
MODULE_LICENSE("GPL");
