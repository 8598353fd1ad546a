// SPDX-License-Identifier: GPL-2.0
// Success hooks with other work are reported: it belongs in vm_ops->mapped.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/shmem_fs.h>

struct foo_dev {
	refcount_t users;
};

struct foo_dev *foo_from_vma(const struct vm_area_struct *vma);

static int foo_success(const struct vm_area_struct *vma)
{
	refcount_inc(&foo_from_vma(vma)->users);
	return 0;
}

static int foo_prepare(struct vm_area_desc *desc)
{
	struct mmap_action act = {
		.type = MMAP_NOTHING,
		.success_hook = foo_success,
	};

	desc->action = act;
	return 0;
}

static int bar_prepare(struct vm_area_desc *desc)
{
	desc->action.success_hook = foo_success;
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = foo_prepare,
};

static const struct file_operations bar_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = bar_prepare,
};
