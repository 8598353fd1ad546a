// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: errno-range: below -4095 the runtime check rejects the value */
#include <linux/mm.h>

static int demo_range_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -5000;

	return 0;
}

const struct file_operations demo_range_fops = {
	.mmap_prepare = demo_range_mmap_prepare,
};
