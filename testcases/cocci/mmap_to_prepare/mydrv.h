/* SPDX-License-Identifier: GPL-2.0 */
/* The vendor's remap wrapper that reported.c uses. */
#define MYDRV_REMAP(vma, pfn)						\
	remap_pfn_range(vma, (vma)->vm_start, pfn,			\
			(vma)->vm_end - (vma)->vm_start, (vma)->vm_page_prot)
