// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: renamed-field: error_filter (v1/v2 postings) is error_override in v7.2 */
#include <linux/mm.h>

static int demo_renamed_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_filter = -EAGAIN;

	return 0;
}

const struct file_operations demo_renamed_fops = {
	.mmap_prepare = demo_renamed_mmap_prepare,
};
