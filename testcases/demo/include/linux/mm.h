/* SPDX-License-Identifier: GPL-2.0 */
/* efcheck demo: the mmap_prepare helpers the demo drivers call. */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/errno.h>
#include <linux/mm_types.h>

struct file_operations {
	int (*mmap_prepare)(struct vm_area_desc *desc);
};

void mmap_action_remap_full(struct vm_area_desc *desc, unsigned long pfn);
void vma_desc_set_anonymous(struct vm_area_desc *desc);
void vma_set_anonymous(struct vm_area_struct *vma);
void pr_warn_once(const char *fmt, ...);

#endif
