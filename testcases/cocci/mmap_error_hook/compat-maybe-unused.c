// SPDX-License-Identifier: GPL-2.0
/*
 * ringbuf.c - compat code with the hook outside the #if, marked
 * __maybe_unused: neither the hook nor the #else branch is touched.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/version.h>

static int __maybe_unused ringbuf_mmap_error(int err)
{
	return -ENOMEM;
}

static int ringbuf_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#if LINUX_VERSION_CODE < KERNEL_VERSION(7, 2, 0)
	desc->action.error_hook = ringbuf_mmap_error;
#else
	desc->action.error_override = -ENOMEM;
#endif
	return 0;
}

static const struct file_operations ringbuf_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = ringbuf_mmap_prepare,
};

static struct miscdevice ringbuf_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "ringbuf",
	.fops = &ringbuf_fops,
};
module_misc_device(ringbuf_misc);

MODULE_DESCRIPTION("ringbuf");
MODULE_LICENSE("GPL");
