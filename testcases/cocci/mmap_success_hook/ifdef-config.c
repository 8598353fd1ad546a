// SPDX-License-Identifier: GPL-2.0
/*
 * zpool.c - private mappings are anonymous, as /dev/zero's; the mmap
 * support is under #ifdef CONFIG_MMU with an -ENOSYS stub for nommu.  A
 * configuration is no kernel version: the hook defined and set in the same
 * branch is ported there.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#ifdef CONFIG_MMU
static int zpool_mmap_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}

static int zpool_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return -EINVAL;

	desc->action.success_hook = zpool_mmap_success;
	return 0;
}
#else
static int zpool_mmap_prepare(struct vm_area_desc *desc)
{
	return -ENOSYS;
}
#endif

static const struct file_operations zpool_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zpool_mmap_prepare,
};

static struct miscdevice zpool_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zpool",
	.fops = &zpool_fops,
};
module_misc_device(zpool_misc);

MODULE_DESCRIPTION("zpool");
MODULE_LICENSE("GPL");
