// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: errno-positive: a positive errno fails every mmap() with -EINVAL */
#include <linux/mm.h>

static int demo_positive_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = EAGAIN;

	return 0;
}

const struct file_operations demo_positive_fops = {
	.mmap_prepare = demo_positive_mmap_prepare,
};
