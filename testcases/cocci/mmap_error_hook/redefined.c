// SPDX-License-Identifier: GPL-2.0
/*
 * fb.c - one hook per architecture, under #ifdef/#else: spatch must not
 * crash ("already tagged token"), and the hook is reported.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#ifdef CONFIG_X86
static int fb_mmap_error(int err)
{
	return -EAGAIN;
}
#else
static int fb_mmap_error(int err)
{
	return -EIO;
}
#endif

static int fb_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_hook = fb_mmap_error;
	return 0;
}

static const struct file_operations fb_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = fb_mmap_prepare,
};

static struct miscdevice fb_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "fb",
	.fops = &fb_fops,
};
module_misc_device(fb_misc);

MODULE_DESCRIPTION("fb");
MODULE_LICENSE("GPL");
