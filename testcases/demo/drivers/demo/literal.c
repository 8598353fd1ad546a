// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: errno-literal: a bare number where an errno macro exists */
#include <linux/mm.h>

static int demo_literal_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -11;

	return 0;
}

const struct file_operations demo_literal_fops = {
	.mmap_prepare = demo_literal_mmap_prepare,
};
