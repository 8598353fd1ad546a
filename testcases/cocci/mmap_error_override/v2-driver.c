// SPDX-License-Identifier: GPL-2.0
/*
 * vdec.c - written against the v1/v2 postings in linux-next.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int vdec_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	/* A decoder reset races with mmap(): let user space retry. */
	desc->action.error_filter = -EAGAIN;
	return 0;
}

static const struct file_operations vdec_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = vdec_mmap_prepare,
};

static struct miscdevice vdec_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "vdec",
	.fops = &vdec_fops,
};
module_misc_device(vdec_misc);

MODULE_DESCRIPTION("vdec");
MODULE_LICENSE("GPL");
