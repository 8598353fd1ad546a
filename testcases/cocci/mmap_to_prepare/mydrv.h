/* SPDX-License-Identifier: GPL-2.0 */
/* The vendor's remap wrapper that reported.c uses. */
#define MYDRV_REMAP(vma, pfn)						\
	remap_pfn_range(vma, (vma)->vm_start, pfn,			\
			(vma)->vm_end - (vma)->vm_start, (vma)->vm_page_prot)

/* The handler that mydrv_core.c shares with the backlog.c devices. */
int mydrv_core_mmap(struct file *file, struct vm_area_struct *vma);
