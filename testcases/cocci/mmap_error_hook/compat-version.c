// SPDX-License-Identifier: GPL-2.0
/*
 * vbuf.c - builds from v6.19 to v7.2: the #else branch and its hook are
 * right for older kernels and stay; report mode says so.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/version.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(7, 2, 0)
static int vbuf_mmap_error(int err)
{
	return -EAGAIN;
}
#endif

static int vbuf_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)
	desc->action.error_override = -EAGAIN;
#else
	desc->action.error_hook = vbuf_mmap_error;
#endif
	return 0;
}

static const struct file_operations vbuf_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = vbuf_mmap_prepare,
};

static struct miscdevice vbuf_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "vbuf",
	.fops = &vbuf_fops,
};
module_misc_device(vbuf_misc);

MODULE_DESCRIPTION("vbuf");
MODULE_LICENSE("GPL");
