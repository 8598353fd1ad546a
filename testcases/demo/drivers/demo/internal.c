// SPDX-License-Identifier: GPL-2.0
/* efcheck demo: errno-internal: ENOTSUPP is kernel-internal and would reach user space */
#include <linux/mm.h>

static int demo_internal_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -ENOTSUPP;

	return 0;
}

const struct file_operations demo_internal_fops = {
	.mmap_prepare = demo_internal_mmap_prepare,
};
