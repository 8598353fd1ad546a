// SPDX-License-Identifier: GPL-2.0
/*
 * pmem.c - a Kconfig switch picks the API; the other branch already sets
 * error_override, so the hook's branch is for other trees: left alone.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int __maybe_unused pmem_mmap_error(int err)
{
	return -ENXIO;
}

static int pmem_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#ifndef CONFIG_MMU
	desc->action.error_hook = pmem_mmap_error;
#else
	desc->action.error_override = -ENXIO;
#endif
	return 0;
}

static const struct file_operations pmem_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = pmem_mmap_prepare,
};

static struct miscdevice pmem_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "pmem",
	.fops = &pmem_fops,
};
module_misc_device(pmem_misc);

MODULE_DESCRIPTION("pmem");
MODULE_LICENSE("GPL");
