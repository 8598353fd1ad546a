// SPDX-License-Identifier: GPL-2.0
/*
 * bar.c - a PCI BAR exported to user space, as v7.1 drivers did it.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/sizes.h>

static phys_addr_t bar_base = 0xfd000000;
static resource_size_t bar_len = SZ_1M;

/* A BAR that went away must fail the mmap() with -EIO, not -EINVAL. */
static int bar_mmap_error(int err)
{
	return -EIO;
}

static int bar_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_size(desc) > bar_len)
		return -EINVAL;

	desc->page_prot = pgprot_noncached(desc->page_prot);
	mmap_action_ioremap_full(desc, bar_base >> PAGE_SHIFT);
	desc->action.error_hook = bar_mmap_error;

	return 0;
}

static const struct file_operations bar_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = bar_mmap_prepare,
};

static struct miscdevice bar_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "bar",
	.fops = &bar_fops,
};
module_misc_device(bar_misc);

MODULE_DESCRIPTION("bar");
MODULE_LICENSE("GPL");
