// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: errno-unnamed: in range, but no errno macro has this value */
#include <linux/mm.h>

static int demo_unnamed_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -200;

	return 0;
}

const struct file_operations demo_unnamed_fops = {
	.mmap_prepare = demo_unnamed_mmap_prepare,
};
