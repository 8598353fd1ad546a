// SPDX-License-Identifier: GPL-2.0
// A tree with the v1/v2 series: error_override is the odd one.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>

static int a_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;
	struct mmap_action act = {
		.type = MMAP_NOTHING,
		.error_filter = -EIO,
	};

	desc->action.error_filter = -EAGAIN;
	action->error_override = EAGAIN;
	desc->action.error_override = 11;
	desc->action.error_override = 0;
	desc->action.error_override = -ENOMEM;
	desc->action = act;
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = a_prepare,
};
