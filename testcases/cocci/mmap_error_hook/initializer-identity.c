// SPDX-License-Identifier: GPL-2.0
/*
 * rom.c - an identity hook in an initializer: the member goes.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int rom_mmap_error(int err)
{
	return err;
}

static int rom_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action action = {
		.type = MMAP_NOTHING,
		.error_hook = rom_mmap_error,
	};

	desc->action = action;
	mmap_action_remap_full(desc, desc->pgoff);
	return 0;
}

static const struct file_operations rom_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = rom_mmap_prepare,
};

static struct miscdevice rom_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "rom",
	.fops = &rom_fops,
};
module_misc_device(rom_misc);

MODULE_DESCRIPTION("rom");
MODULE_LICENSE("GPL");
