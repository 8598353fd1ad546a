// SPDX-License-Identifier: GPL-2.0
/*
 * zmac.c - the hook is set in a macro body: reported, never rewritten.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int zmac_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}

#define ZMAC_PRIVATE(d)						\
	do {								\
		(d)->action.success_hook = zmac_success;		\
	} while (0)

static int zmac_mmap_prepare(struct vm_area_desc *desc)
{
	ZMAC_PRIVATE(desc);
	return 0;
}

static const struct file_operations zmac_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zmac_mmap_prepare,
};

static struct miscdevice zmac_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zmac",
	.fops = &zmac_fops,
};
module_misc_device(zmac_misc);

MODULE_DESCRIPTION("zmac");
MODULE_LICENSE("GPL");
