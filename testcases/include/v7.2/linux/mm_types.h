/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: struct mmap_action as v7.2 and later do (error_override) declares it. */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/errno.h>

typedef unsigned long pgprot_t;
struct file;
struct vm_area_struct;

enum mmap_action_type {
	MMAP_NOTHING,
	MMAP_REMAP_PFN,
	MMAP_IO_REMAP_PFN,
};

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

	/*
	 * If non-zero, replace errors that arise from mmap actions with this
	 * value instead. Only valid error codes may be specified.
	 */
	int error_override;

	_Bool hide_from_rmap_until_complete :1;
};

struct vm_operations_struct {
	int (*mapped)(unsigned long start, unsigned long end, unsigned long pgoff,
		      const struct file *file, void **vm_private_data);
};

struct vm_area_desc {
	struct mm_struct *mm;
	struct file *file;
	unsigned long start;
	unsigned long end;
	unsigned long pgoff;
	pgprot_t page_prot;
	const struct vm_operations_struct *vm_ops;
	void *private_data;
	struct mmap_action action;
};

void vma_set_anonymous(struct vm_area_struct *vma);
void vma_desc_set_anonymous(struct vm_area_desc *desc);
void mmap_action_remap_full(struct vm_area_desc *desc, unsigned long pfn);

#endif
