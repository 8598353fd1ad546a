// SPDX-License-Identifier: GPL-2.0
/*
 * zcompat.c - builds from v6.19 to v7.2: the old branch stays.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/version.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(7, 2, 0)
static int zcompat_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}
#endif

static int zcompat_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return -EINVAL;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)
	vma_desc_set_anonymous(desc);
#else
	desc->action.success_hook = zcompat_success;
#endif
	return 0;
}

static const struct file_operations zcompat_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zcompat_mmap_prepare,
};

static struct miscdevice zcompat_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zcompat",
	.fops = &zcompat_fops,
};
module_misc_device(zcompat_misc);

MODULE_DESCRIPTION("zcompat");
MODULE_LICENSE("GPL");
