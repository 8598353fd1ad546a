// SPDX-License-Identifier: GPL-2.0
/* hpet as in v6.12: checks, page protection, vm_iomap_memory() returned. */
#include <linux/fs.h>
#include <linux/mm.h>

#ifdef CONFIG_HPET_MMAP
static int hpet_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct hpet_dev *devp;
	unsigned long addr;

	if (!hpet_mmap_enabled)
		return -EACCES;

	devp = file->private_data;
	addr = devp->hd_hpets->hp_hpet_phys;

	if (addr & (PAGE_SIZE - 1))
		return -ENOSYS;

	vma->vm_page_prot = pgprot_noncached(vma->vm_page_prot);
	return vm_iomap_memory(vma, addr, PAGE_SIZE);
}
#else
static int hpet_mmap(struct file *file, struct vm_area_struct *vma)
{
	return -ENOSYS;
}
#endif

static const struct file_operations hpet_fops = {
	.owner = THIS_MODULE,
	.read = hpet_read,
	.mmap = hpet_mmap,
	.open = hpet_open,
};
