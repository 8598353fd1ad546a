// SPDX-License-Identifier: GPL-2.0
/*
 * .mmap handlers that map without remap_pfn_range(), io_remap_pfn_range()
 * or vm_iomap_memory(): each is reported with its reason and left alone.
 * The file names neither remap function, as many drivers do not.
 */
#include <linux/dma-buf.h>
#include <linux/dma-mapping.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include "mydrv.h"

struct mydrv_buf {
	struct device *dev;
	void *cpu_addr;
	dma_addr_t dma_addr;
	size_t size;
	void *vbuf;
	struct dma_buf *dmabuf;
	const struct mydrv_buf_ops *ops;
	struct page **pages;
};

struct mydrv_buf_ops {
	int (*mmap)(struct mydrv_buf *buf, struct vm_area_struct *vma);
};

/* a coherent DMA buffer, as drivers/misc and sound drivers map theirs */
static int mydrv_dma_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv_buf *buf = file->private_data;

	if (vma->vm_end - vma->vm_start > buf->size)
		return -EINVAL;
	return dma_mmap_coherent(buf->dev, vma, buf->cpu_addr, buf->dma_addr,
				 vma->vm_end - vma->vm_start);
}

/* a vmalloc() ring, mapped whole */
static int mydrv_ring_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv_buf *buf = file->private_data;

	vm_flags_set(vma, VM_DONTEXPAND | VM_DONTDUMP);
	return remap_vmalloc_range(vma, buf->vbuf, vma->vm_pgoff);
}

/* the exporter maps: a dma-buf */
static int mydrv_export_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv_buf *buf = file->private_data;

	if (!buf->dmabuf)
		return -ENODEV;
	return dma_buf_mmap(buf->dmabuf, vma, 0);
}

/* the backend maps, through its ops, as ib_uverbs_mmap() does */
static int mydrv_backend_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv_buf *buf = file->private_data;

	if (!buf->ops || !buf->ops->mmap)
		return -EOPNOTSUPP;
	return buf->ops->mmap(buf, vma);
}

static vm_fault_t mydrv_fault(struct vm_fault *vmf)
{
	struct mydrv_buf *buf = vmf->vma->vm_file->private_data;

	if (vmf->pgoff >= buf->size >> PAGE_SHIFT)
		return VM_FAULT_SIGBUS;
	vmf->page = buf->pages[vmf->pgoff];
	get_page(vmf->page);
	return 0;
}

static const struct vm_operations_struct mydrv_fault_vm_ops = {
	.fault = mydrv_fault,
};

/* pages come in on fault: nothing is mapped here */
static int mydrv_fault_mmap(struct file *file, struct vm_area_struct *vma)
{
	if (!(vma->vm_flags & VM_SHARED))
		return -EINVAL;
	vm_flags_set(vma, VM_DONTEXPAND | VM_DONTDUMP);
	vma->vm_ops = &mydrv_fault_vm_ops;
	return 0;
}

/* the file_operations a hot-unplugged device is switched to */
static int mydrv_gone_mmap(struct file *file, struct vm_area_struct *vma)
{
	return -ENODEV;
}

/* pages are inserted later, by the MYDRV_IOC_FILL ioctl */
static int mydrv_later_mmap(struct file *file, struct vm_area_struct *vma)
{
	vm_flags_set(vma, VM_MIXEDMAP | VM_DONTEXPAND | VM_DONTDUMP);
	return 0;
}

/* a body this version of Coccinelle does not parse */
static int mydrv_guard_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv_buf *buf = file->private_data;
	int ret;

	scoped_guard(mutex, &mydrv_lock) {
		if (!buf->pages)
			return -ENOMEM;
	}
	ret = vm_map_pages_zero(vma, buf->pages, buf->size >> PAGE_SHIFT);
	return ret;
}

static const struct file_operations mydrv_dma_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_dma_mmap,
};

static const struct file_operations mydrv_ring_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_ring_mmap,
};

static const struct file_operations mydrv_export_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_export_mmap,
};

static const struct file_operations mydrv_backend_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_backend_mmap,
};

static const struct file_operations mydrv_fault_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_fault_mmap,
};

static const struct file_operations mydrv_gone_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_gone_mmap,
};

static const struct file_operations mydrv_later_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_later_mmap,
};

static const struct file_operations mydrv_guard_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_guard_mmap,
};

/* defined in mydrv_core.c: reported here, at its first .mmap */
static const struct file_operations mydrv_core_fops = {
	.owner		= THIS_MODULE,
#ifdef CONFIG_MMU
	.mmap		= mydrv_core_mmap,
#else
	.mmap		= NULL,
#endif
};

static const struct file_operations mydrv_core_ro_fops = {
	.owner		= THIS_MODULE,
	.mmap		= mydrv_core_mmap,
};

/* one handler for both directions, in an array as sound/core/pcm_native.c */
static int mydrv_dir_mmap(struct file *file, struct vm_area_struct *vma)
{
	return -ENODEV;
}

const struct file_operations mydrv_dir_fops[2] = {
	{
		.owner =	THIS_MODULE,
		.mmap =		mydrv_dir_mmap,
	},
	{
		.owner =	THIS_MODULE,
		.mmap =		mydrv_dir_mmap,
	}
};
