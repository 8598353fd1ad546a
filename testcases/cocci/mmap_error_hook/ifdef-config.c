// SPDX-License-Identifier: GPL-2.0
/*
 * scratch.c - the hook is only set for MMU kernels; CONFIG_MMU is no
 * version test, so the assignment is ported inside the #ifdef.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int scratch_mmap_error(int err)
{
	return -EFAULT;
}

static int scratch_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#ifdef CONFIG_MMU
	desc->action.error_hook = scratch_mmap_error;
#endif
	return 0;
}

static const struct file_operations scratch_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = scratch_mmap_prepare,
};

static struct miscdevice scratch_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "scratch",
	.fops = &scratch_fops,
};
module_misc_device(scratch_misc);

MODULE_DESCRIPTION("scratch");
MODULE_LICENSE("GPL");
