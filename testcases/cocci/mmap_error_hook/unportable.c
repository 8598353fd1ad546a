// SPDX-License-Identifier: GPL-2.0
// Hooks that cannot be ported mechanically are only reported.
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/module.h>

int extern_error(int err);
int other_file_error(int err);

static int zero_error(int err)
{
	return 0;
}

static int positive_error(int err)
{
	return EAGAIN;
}

static int number_error(int err)
{
	return 11;
}

static int logging_error(int err)
{
	pr_warn_once("foo: mmap failed: %d\n", err);
	return err;
}

static int cond_error(int err)
{
	return err == -ENOMEM ? -EAGAIN : err;
}

int extern_error(int err)
{
	return -EIO;
}

static int foo_prepare(struct vm_area_desc *desc)
{
	desc->action.error_hook = zero_error;
	desc->action.error_hook = positive_error;
	desc->action.error_hook = number_error;
	desc->action.error_hook = logging_error;
	desc->action.error_hook = cond_error;
	desc->action.error_hook = extern_error;
	desc->action.error_hook = other_file_error;
	return 0;
}

static const struct file_operations foo_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = foo_prepare,
};
