// SPDX-License-Identifier: GPL-2.0
/*
 * isp2.c - error_filter in a macro body: reported, never rewritten.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#define ISP2_MMAP_SETUP(d)						\
	do {								\
		mmap_action_remap_full((d), (d)->pgoff);		\
		(d)->action.error_filter = -EIO;			\
	} while (0)

static int isp2_mmap_prepare(struct vm_area_desc *desc)
{
	ISP2_MMAP_SETUP(desc);
	return 0;
}

static const struct file_operations isp2_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = isp2_mmap_prepare,
};

static struct miscdevice isp2_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "isp2",
	.fops = &isp2_fops,
};
module_misc_device(isp2_misc);

MODULE_DESCRIPTION("isp2");
MODULE_LICENSE("GPL");
