// SPDX-License-Identifier: GPL-2.0
/* A register page mapped by .mmap: cocci/mmap_to_prepare.cocci converts it. */
#include <linux/fs.h>
#include <linux/mm.h>

static int demo_regs_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (vma->vm_end - vma->vm_start != PAGE_SIZE || vma->vm_pgoff)
		return -EINVAL;

	vma->vm_page_prot = pgprot_noncached(vma->vm_page_prot);
	if (io_remap_pfn_range(vma, vma->vm_start, 0xfed00000 >> PAGE_SHIFT,
			       PAGE_SIZE, vma->vm_page_prot))
		return -EAGAIN;
	return 0;
}

static const struct file_operations demo_regs_fops = {
	.mmap = demo_regs_mmap,
};
