// SPDX-License-Identifier: GPL-2.0
/*
 * Handlers that look close to mechanical but are not: each is reported
 * with its reason and left alone.
 */
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/version.h>
#include "mydrv.h"

static void mydrv_vm_open(struct vm_area_struct *vma)
{
	struct mydrv *md = vma->vm_private_data;

	atomic_inc(&md->maps);
}

static void mydrv_vm_close(struct vm_area_struct *vma)
{
	struct mydrv *md = vma->vm_private_data;

	atomic_dec(&md->maps);
}

static const struct vm_operations_struct mydrv_vm_ops = {
	.open = mydrv_vm_open,
	.close = mydrv_vm_close,
};

/* vm_ops with open/close, and private state for them */
static int mydrv_ops_mmap(struct file *file, struct vm_area_struct *vma)
{
	vma->vm_ops = &mydrv_vm_ops;
	vma->vm_private_data = file->private_data;
	return remap_pfn_range(vma, vma->vm_start, vma->vm_pgoff,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot);
}

/* the VMA is used once the range is mapped */
static int mydrv_after_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;
	int ret;

	ret = remap_pfn_range(vma, vma->vm_start, md->pfn,
			      vma->vm_end - vma->vm_start, vma->vm_page_prot);
	if (ret)
		return ret;
	md->user_addr = vma->vm_start;
	return 0;
}

/* one page at a time */
static int mydrv_loop_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;
	unsigned long addr;
	int i = 0;

	for (addr = vma->vm_start; addr < vma->vm_end; addr += PAGE_SIZE) {
		if (remap_pfn_range(vma, addr, md->pfns[i++], PAGE_SIZE,
				    vma->vm_page_prot))
			return -EAGAIN;
	}
	return 0;
}

/* kernel pages, not a PFN range */
static int mydrv_page_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

	if (vma->vm_end - vma->vm_start > PAGE_SIZE)
		return -EINVAL;
	return vm_insert_page(vma, vma->vm_start, md->page);
}

/* the failure is logged: that cannot happen once core mm maps */
static int mydrv_log_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

	if (io_remap_pfn_range(vma, vma->vm_start, md->pfn,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot)) {
		dev_err(md->dev, "mmap failed\n");
		return -EAGAIN;
	}
	return 0;
}

/* the PTEs get another protection than the VMA */
static int mydrv_wc_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

	return remap_pfn_range(vma, vma->vm_start, md->pfn,
			       vma->vm_end - vma->vm_start,
			       pgprot_writecombine(vma->vm_page_prot));
}

/* a lock taken before the remap and dropped after it */
static int mydrv_lock_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;
	int ret;

	mutex_lock(&md->lock);
	ret = remap_pfn_range(vma, vma->vm_start, md->pfn,
			      vma->vm_end - vma->vm_start, vma->vm_page_prot);
	mutex_unlock(&md->lock);
	return ret;
}

/* a compat branch for kernels before vm_flags_set() */
static int mydrv_compat_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 3, 0)
	vma->vm_flags |= VM_IO | VM_DONTEXPAND;
#else
	vm_flags_set(vma, VM_IO | VM_DONTEXPAND);
#endif
	return remap_pfn_range(vma, vma->vm_start, md->pfn,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot);
}

/* the vendor wrapper from mydrv.h does the remap */
static int mydrv_wrap_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

	if ((vma->vm_flags & (VM_READ | VM_WRITE)) != VM_READ)
		return -EROFS;
	return MYDRV_REMAP(vma, md->pfn);
}

/* the handler is also called directly */
static int mydrv_shared_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

	return remap_pfn_range(vma, vma->vm_start, md->pfn,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot);
}

int mydrv_export_mmap(struct file *file, struct vm_area_struct *vma)
{
	return mydrv_shared_mmap(file, vma);
}

/* the result goes through a variable */
static int mydrv_ret_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;
	int ret;

	ret = remap_pfn_range(vma, vma->vm_start, md->pfn,
			      vma->vm_end - vma->vm_start, vma->vm_page_prot);
	if (ret)
		return ret;
	return 0;
}

/* one range per configuration, both seen */
static int mydrv_cfg_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

#ifdef CONFIG_MYDRV_IO
	return io_remap_pfn_range(vma, vma->vm_start, md->pfn,
				  vma->vm_end - vma->vm_start, vma->vm_page_prot);
#else
	return remap_pfn_range(vma, vma->vm_start, md->pfn,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot);
#endif
}

/* vm_ops from another file: their open/close cannot be seen */
static int mydrv_ext_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

	vma->vm_ops = &mydrv_common_vm_ops;
	return remap_pfn_range(vma, vma->vm_start, md->pfn,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot);
}

/* a kernel-internal errno would reach user space through error_override */
static int mydrv_int_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct mydrv *md = file->private_data;

	if (remap_pfn_range(vma, vma->vm_start, md->pfn,
			    vma->vm_end - vma->vm_start, vma->vm_page_prot))
		return -ENOTSUPP;
	return 0;
}

static const struct file_operations mydrv_ops_fops = {
	.owner = THIS_MODULE,
	.mmap = mydrv_ops_mmap,
};

static const struct file_operations mydrv_after_fops = {
	.owner = THIS_MODULE,
	.mmap = mydrv_after_mmap,
};

static const struct file_operations mydrv_loop_fops = { .mmap = mydrv_loop_mmap, };
static const struct file_operations mydrv_page_fops = { .mmap = mydrv_page_mmap, };
static const struct file_operations mydrv_log_fops = { .mmap = mydrv_log_mmap, };
static const struct file_operations mydrv_wc_fops = { .mmap = mydrv_wc_mmap, };
static const struct file_operations mydrv_lock_fops = { .mmap = mydrv_lock_mmap, };
static const struct file_operations mydrv_compat_fops = { .mmap = mydrv_compat_mmap, };
static const struct file_operations mydrv_wrap_fops = { .mmap = mydrv_wrap_mmap, };
static const struct file_operations mydrv_shared_fops = { .mmap = mydrv_shared_mmap, };
static const struct file_operations mydrv_export_fops = { .mmap = mydrv_export_mmap, };
static const struct file_operations mydrv_ret_fops = { .mmap = mydrv_ret_mmap, };
static const struct file_operations mydrv_cfg_fops = { .mmap = mydrv_cfg_mmap, };
static const struct file_operations mydrv_ext_fops = { .mmap = mydrv_ext_mmap, };
static const struct file_operations mydrv_int_fops = { .mmap = mydrv_int_mmap, };
