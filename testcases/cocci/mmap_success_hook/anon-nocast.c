// SPDX-License-Identifier: GPL-2.0
/*
 * zbuf.c - a /dev/zero-like private mapping, the hook written without
 * the cast.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int zbuf_private_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous(vma);
	return 0;
}

static int zbuf_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return -EINVAL;

	desc->action.success_hook = zbuf_private_success;
	return 0;
}

static const struct file_operations zbuf_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = zbuf_mmap_prepare,
};

static struct miscdevice zbuf_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "zbuf",
	.fops = &zbuf_fops,
};
module_misc_device(zbuf_misc);

MODULE_DESCRIPTION("zbuf");
MODULE_LICENSE("GPL");
