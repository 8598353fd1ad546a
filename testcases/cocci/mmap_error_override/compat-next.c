// SPDX-License-Identifier: GPL-2.0
/*
 * dma2.c - builds on linux-next with the v1/v2 series and on v7.2: the
 * error_filter branch is for the other tree, left alone.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int dma2_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#ifdef DMA2_HAVE_ERROR_FILTER
	desc->action.error_filter = -EAGAIN;
#else
	desc->action.error_override = -EAGAIN;
#endif
	return 0;
}

static const struct file_operations dma2_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = dma2_mmap_prepare,
};

static struct miscdevice dma2_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "dma2",
	.fops = &dma2_fops,
};
module_misc_device(dma2_misc);

MODULE_DESCRIPTION("dma2");
MODULE_LICENSE("GPL");
