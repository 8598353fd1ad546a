// SPDX-License-Identifier: GPL-2.0
/*
 * hsm.c - the hook is also called directly: the assignment is ported,
 * the function stays.
 */
#include <linux/capability.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int hsm_mmap_error(int err)
{
	return -EACCES;
}

static int hsm_mmap_prepare(struct vm_area_desc *desc)
{
	if (!capable(CAP_SYS_RAWIO))
		return hsm_mmap_error(-EPERM);
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = hsm_mmap_error;
	return 0;
}

static const struct file_operations hsm_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = hsm_mmap_prepare,
};

static struct miscdevice hsm_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "hsm",
	.fops = &hsm_fops,
};
module_misc_device(hsm_misc);

MODULE_DESCRIPTION("hsm");
MODULE_LICENSE("GPL");
