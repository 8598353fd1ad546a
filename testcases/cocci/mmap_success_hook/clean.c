// SPDX-License-Identifier: GPL-2.0
// v7.2 /dev/zero: nothing to do.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/shmem_fs.h>

static int mmap_zero_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return shmem_zero_setup_desc(desc);

	vma_desc_set_anonymous(desc);
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = mmap_zero_prepare,
};
