/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Test fixture: struct vm_area_desc and the helpers drivers call, the same
 * in every version; included after the version's struct mmap_action.
 */
#ifndef _LINUX_MM_DESC_H
#define _LINUX_MM_DESC_H

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
