// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: correct use: one negative errno macro, no finding */
#include <linux/mm.h>

static int demo_good_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -EAGAIN;

	return 0;
}

const struct file_operations demo_good_fops = {
	.mmap_prepare = demo_good_mmap_prepare,
};
