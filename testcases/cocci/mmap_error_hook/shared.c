// SPDX-License-Identifier: GPL-2.0
// One hook for two drivers goes once; a hook called elsewhere stays.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>

int my_mmap_error(int err);
#define MY_MMAP_ERROR my_mmap_error

static int busy_error(int err)
{
	return -EBUSY;
}

static int kept_error(int err)
{
	return (-ENOMEM);
}

static int one_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	action->error_hook = busy_error;
	return 0;
}

static int two_prepare(struct vm_area_desc *desc)
{
	desc->action.error_hook = busy_error;
	desc->action.error_hook = kept_error;
	return kept_error(0);
}

static int three_prepare(struct vm_area_desc *desc)
{
	struct mmap_action act = {
		.type = MMAP_NOTHING,
		.error_hook = busy_error,
	};

	desc->action = act;
	desc->action.error_hook = MY_MMAP_ERROR;
	return 0;
}

static const struct file_operations foo_fops[] = {
	{ .owner = THIS_MODULE, .mmap_prepare = one_prepare },
	{ .owner = THIS_MODULE, .mmap_prepare = two_prepare },
	{ .owner = THIS_MODULE, .mmap_prepare = three_prepare },
};
