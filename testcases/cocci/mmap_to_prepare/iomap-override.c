// SPDX-License-Identifier: GPL-2.0
/*
 * A BAR window: vm_iomap_memory() whose error becomes -EAGAIN, a bound on
 * vma_pages(), and a driver macro for the window.
 */
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/pci.h>

#define BAR_WINDOW(bd)	(pci_resource_start((bd)->pdev, 2))
#define BAR_PAGES(bd)	(pci_resource_len((bd)->pdev, 2) >> PAGE_SHIFT)

static int bar_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct bar_dev *bd = file->private_data;

	if (vma->vm_pgoff + vma_pages(vma) > BAR_PAGES(bd))
		return -EINVAL;

	vma->vm_page_prot = pgprot_writecombine(vma->vm_page_prot);
	if (vm_iomap_memory(vma, BAR_WINDOW(bd), BAR_PAGES(bd) << PAGE_SHIFT))
		return -EAGAIN;

	return 0;
}

static const struct file_operations bar_fops = {
	.owner		= THIS_MODULE,
	.open		= bar_open,
	.mmap		= bar_mmap,
	.llseek		= noop_llseek,
};
