/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: struct mmap_action as v6.19 to v7.1 declare it. */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/mm_action_types.h>

struct mmap_action {
	union {
		struct {
			unsigned long start;
			unsigned long start_pfn;
			unsigned long size;
			pgprot_t pgprot;
		} remap;
	};
	enum mmap_action_type type;

	/* called after a successful action */
	int (*success_hook)(const struct vm_area_struct *vma);
	/* called when the action failed, may replace the error */
	int (*error_hook)(int err);

	_Bool hide_from_rmap_until_complete :1;
};

#include <linux/mm_desc.h>

#endif
