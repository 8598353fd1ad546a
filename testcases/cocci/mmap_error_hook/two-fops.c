// SPDX-License-Identifier: GPL-2.0
/*
 * mbox.c - two mmap_prepare handlers share one hook: both are ported and
 * the hook goes once.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int mbox_mmap_error(int err)
{
	return -EAGAIN;
}

static int mbox_ro_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_WRITE_BIT))
		return -EPERM;
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = mbox_mmap_error;
	return 0;
}

static int mbox_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = mbox_mmap_error;
	return 0;
}

static const struct file_operations mbox_ro_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = mbox_ro_mmap_prepare,
};

static struct miscdevice mbox_ro_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "mbox-ro",
	.fops = &mbox_ro_fops,
};

static int __init mbox_ro_init(void)
{
	return misc_register(&mbox_ro_misc);
}
late_initcall(mbox_ro_init);

static const struct file_operations mbox_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = mbox_mmap_prepare,
};

static struct miscdevice mbox_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "mbox",
	.fops = &mbox_fops,
};
module_misc_device(mbox_misc);

MODULE_DESCRIPTION("mbox");
MODULE_LICENSE("GPL");
