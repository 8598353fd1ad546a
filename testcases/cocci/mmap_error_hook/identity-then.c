// SPDX-License-Identifier: GPL-2.0
/*
 * qspi.c - an identity hook in the if, a constant hook in the else: the
 * condition is negated, and no empty if is left.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/moduleparam.h>

static bool qspi_lax;
module_param(qspi_lax, bool, 0444);
MODULE_PARM_DESC(qspi_lax, "pass mapping errors through unchanged");

static int qspi_strict_error(int err)
{
	return -EPERM;
}

static int qspi_pass_error(int err)
{
	return err;
}

static int qspi_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	if (qspi_lax)
		desc->action.error_hook = qspi_pass_error;
	else
		desc->action.error_hook = qspi_strict_error;
	return 0;
}

static const struct file_operations qspi_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = qspi_mmap_prepare,
};

static struct miscdevice qspi_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "qspi",
	.fops = &qspi_fops,
};
module_misc_device(qspi_misc);

MODULE_DESCRIPTION("qspi");
MODULE_LICENSE("GPL");
