// SPDX-License-Identifier: GPL-2.0
/*
 * zarch.c - one hook per configuration: no spatch crash, reported.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#ifdef CONFIG_X86
static int zarch_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}
#else
static int zarch_success(const struct vm_area_struct *vma)
{
	return 0;
}
#endif

static int zarch_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.success_hook = zarch_success;
	return 0;
}

static const struct file_operations zarch_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zarch_mmap_prepare,
};

static struct miscdevice zarch_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zarch",
	.fops = &zarch_fops,
};
module_misc_device(zarch_misc);

MODULE_DESCRIPTION("zarch");
MODULE_LICENSE("GPL");
