// SPDX-License-Identifier: GPL-2.0
/*
 * /dev/mem as in v6.12: a size variable, a helper of this file that
 * already takes the descriptor, vm_ops without open/close, and the
 * remap's error replaced by -EAGAIN.
 */
#include <linux/fs.h>
#include <linux/mm.h>

static inline int private_mapping_ok(struct vm_area_desc *desc)
{
	return 1;
}

static const struct vm_operations_struct mmap_mem_ops = {
#ifdef CONFIG_HAVE_IOREMAP_PROT
	.access = generic_access_phys
#endif
};

static int mmap_mem(struct file *file, struct vm_area_struct *vma)
{
	size_t size = vma->vm_end - vma->vm_start;
	phys_addr_t offset = (phys_addr_t)vma->vm_pgoff << PAGE_SHIFT;

	/* Does it even fit in phys_addr_t? */
	if (offset >> PAGE_SHIFT != vma->vm_pgoff)
		return -EINVAL;

	if (!private_mapping_ok(vma))
		return -ENOSYS;

	if (!phys_mem_access_prot_allowed(file, vma->vm_pgoff, size,
						&vma->vm_page_prot))
		return -EINVAL;

	vma->vm_ops = &mmap_mem_ops;

	/* Remap-pfn-range will mark the range VM_IO */
	if (remap_pfn_range(vma,
			    vma->vm_start,
			    vma->vm_pgoff,
			    size,
			    vma->vm_page_prot)) {
		return -EAGAIN;
	}
	return 0;
}

static const struct file_operations mem_fops = {
	.llseek		= memory_lseek,
	.mmap		= mmap_mem,
	.open		= open_mem,
};
