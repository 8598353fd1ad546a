// SPDX-License-Identifier: GPL-2.0
/*
 * pcie.c - a helper fills the action through a struct mmap_action *.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int pcie_mmap_error(int err)
{
	return -EIO;
}

static void pcie_setup_action(struct mmap_action *action)
{
	/* A surprise-removed device must not look like a bad address. */
	action->error_hook = pcie_mmap_error;
}

static int pcie_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_ioremap_full(desc, desc->pgoff);
	pcie_setup_action(&desc->action);
	return 0;
}

static const struct file_operations pcie_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = pcie_mmap_prepare,
};

static struct miscdevice pcie_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "pcie",
	.fops = &pcie_fops,
};
module_misc_device(pcie_misc);

MODULE_DESCRIPTION("pcie");
MODULE_LICENSE("GPL");
