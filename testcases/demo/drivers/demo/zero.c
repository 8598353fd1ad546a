// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: errno-zero: an explicit 0 disables the override */
#include <linux/mm.h>

static int demo_zero_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = 0;

	return 0;
}

const struct file_operations demo_zero_fops = {
	.mmap_prepare = demo_zero_mmap_prepare,
};
