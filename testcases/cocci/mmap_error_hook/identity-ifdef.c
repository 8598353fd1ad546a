// SPDX-License-Identifier: GPL-2.0
/*
 * dbg.c - an identity hook that is the only code of its #ifdef: dropping
 * it would leave an empty #ifdef/#endif, so it is reported.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int __maybe_unused dbg_mmap_error(int err)
{
	return err;
}

static int dbg_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#ifdef CONFIG_DBG_MMAP_TRACE
	desc->action.error_hook = dbg_mmap_error;
#endif
	return 0;
}

static const struct file_operations dbg_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = dbg_mmap_prepare,
};

static struct miscdevice dbg_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "dbg",
	.fops = &dbg_fops,
};
module_misc_device(dbg_misc);

MODULE_DESCRIPTION("dbg");
MODULE_LICENSE("GPL");
