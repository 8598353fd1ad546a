// SPDX-License-Identifier: GPL-2.0
// Valid overrides: nothing to say.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>

#define MY_MMAP_ERROR (-ENODEV)

static int foo_prepare(struct vm_area_desc *desc)
{
	struct mmap_action act = {
		.type = MMAP_NOTHING,
		.error_override = -EIO,
	};

	desc->action = act;
	desc->action.error_override = -EAGAIN;
	desc->action.error_override = MY_MMAP_ERROR;
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = foo_prepare,
};
