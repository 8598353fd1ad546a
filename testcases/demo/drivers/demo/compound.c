// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: compound-assign: |= mixes bits into an errno */
#include <linux/mm.h>

static int demo_compound_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override |= -EIO;

	return 0;
}

const struct file_operations demo_compound_fops = {
	.mmap_prepare = demo_compound_mmap_prepare,
};
