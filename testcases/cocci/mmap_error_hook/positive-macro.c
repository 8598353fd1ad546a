// SPDX-License-Identifier: GPL-2.0
/*
 * dsp.c - the hook returns a driver macro that is a positive errno: it
 * must not become error_override = DSP_MMAP_ERR.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#define DSP_MMAP_ERR	EAGAIN

static int dsp_mmap_error(int err)
{
	return DSP_MMAP_ERR;
}

static int dsp_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = dsp_mmap_error;
	return 0;
}

static const struct file_operations dsp_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = dsp_mmap_prepare,
};

static struct miscdevice dsp_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "dsp",
	.fops = &dsp_fops,
};
module_misc_device(dsp_misc);

MODULE_DESCRIPTION("dsp");
MODULE_LICENSE("GPL");
