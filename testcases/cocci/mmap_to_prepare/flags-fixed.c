// SPDX-License-Identifier: GPL-2.0
/*
 * A register page: flag tests and flag setup, a fixed one-page
 * io_remap_pfn_range() whose error is passed on, a size variable that only
 * the remap read, and a second file_operations that shares the handler.
 */
#include <linux/fs.h>
#include <linux/mm.h>

#define MYDEV_REGS_SIZE	PAGE_SIZE

static int mydev_mmap(struct file *filp, struct vm_area_struct *vma)
{
	struct mydev *md = filp->private_data;
	unsigned long len = vma->vm_end - vma->vm_start;

	if (vma->vm_pgoff)
		return -EINVAL;
	if (!(vma->vm_flags & VM_SHARED))
		return -EINVAL;
	if ((vma->vm_flags & VM_WRITE) && md->read_only)
		return -EPERM;

	vm_flags_clear(vma, VM_MAYEXEC);
	vm_flags_set(vma, VM_IO | VM_DONTEXPAND | VM_DONTDUMP);
	vma->vm_page_prot = pgprot_noncached(vma->vm_page_prot);

	io_remap_pfn_range(vma, vma->vm_start, md->regs_phys >> PAGE_SHIFT,
			   MYDEV_REGS_SIZE, vma->vm_page_prot);
	return 0;
}

static int mydev_buf_mmap(struct file *filp, struct vm_area_struct *vma)
{
	struct mydev *md = filp->private_data;
	size_t size = vma->vm_end - vma->vm_start;

	if (size > md->buf_size)
		return -EINVAL;
	return remap_pfn_range(vma, vma->vm_start, md->buf_pfn, size,
			       vma->vm_page_prot);
}

static const struct file_operations mydev_fops = {
	.owner = THIS_MODULE,
	.mmap = mydev_mmap,
};

static const struct file_operations mydev_ro_fops = {
	.owner = THIS_MODULE,
	.mmap = mydev_mmap,
};

static const struct file_operations mydev_buf_fops = {
	.owner = THIS_MODULE,
	.mmap = mydev_buf_mmap,
};
