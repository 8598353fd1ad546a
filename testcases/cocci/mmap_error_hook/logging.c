// SPDX-License-Identifier: GPL-2.0
/*
 * kcov2.c - as the posted kcov patch: the hook logs and passes the error
 * on, which no int can do.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int kcov2_mmap_error(int err)
{
	pr_warn_once("kcov2: mmap failed: %d\n", err);
	return err;
}

static int kcov2_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = kcov2_mmap_error;
	return 0;
}

static const struct file_operations kcov2_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = kcov2_mmap_prepare,
};

static struct miscdevice kcov2_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "kcov2",
	.fops = &kcov2_fops,
};
module_misc_device(kcov2_misc);

MODULE_DESCRIPTION("kcov2");
MODULE_LICENSE("GPL");
