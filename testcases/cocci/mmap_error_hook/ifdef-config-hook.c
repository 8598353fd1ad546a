// SPDX-License-Identifier: GPL-2.0
/*
 * bar_dev.c - as hpet.c does, the mmap support is under a configuration
 * #ifdef with an -ENOSYS stub in the #else.  A configuration is no kernel
 * version: the hook defined and set in the same branch is ported there.
 * The debugfs hook is defined in an #ifdef of its own: deleting it would
 * leave an empty #ifdef, keeping it an unused static function, so it is
 * reported.
 */
#include <linux/fs.h>
#include <linux/io.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static phys_addr_t bar_dev_base;

#ifdef CONFIG_DEBUG_FS
static int bar_dev_dbg_mmap_error(int err)
{
	return -EIO;
}
#endif

#ifdef CONFIG_PCI
static int bar_dev_mmap_error(int err)
{
	return -ENODEV;
}

static int bar_dev_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_size(desc) != PAGE_SIZE || desc->pgoff)
		return -EINVAL;
	if (!bar_dev_base)
		return -ENOSYS;

	desc->page_prot = pgprot_noncached(desc->page_prot);
	mmap_action_simple_ioremap(desc, bar_dev_base, PAGE_SIZE);
	desc->action.error_hook = bar_dev_mmap_error;
	return 0;
}
#else
static int bar_dev_mmap_prepare(struct vm_area_desc *desc)
{
	return -ENOSYS;
}
#endif

static int bar_dev_dbg_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#ifdef CONFIG_DEBUG_FS
	desc->action.error_hook = bar_dev_dbg_mmap_error;
#endif
	return 0;
}

static const struct file_operations bar_dev_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = bar_dev_mmap_prepare,
};

static const struct file_operations bar_dev_dbg_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = bar_dev_dbg_mmap_prepare,
};

static struct miscdevice bar_dev_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "bar_dev",
	.fops = &bar_dev_fops,
};

static struct miscdevice bar_dev_dbg_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "bar_dev_dbg",
	.fops = &bar_dev_dbg_fops,
};

static int __init bar_dev_init(void)
{
	int ret = misc_register(&bar_dev_misc);

	if (ret)
		return ret;
	ret = misc_register(&bar_dev_dbg_misc);
	if (ret)
		misc_deregister(&bar_dev_misc);
	return ret;
}
module_init(bar_dev_init);

static void __exit bar_dev_exit(void)
{
	misc_deregister(&bar_dev_dbg_misc);
	misc_deregister(&bar_dev_misc);
}
module_exit(bar_dev_exit);

MODULE_DESCRIPTION("bar_dev");
MODULE_LICENSE("GPL");
