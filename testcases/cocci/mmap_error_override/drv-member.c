// SPDX-License-Identifier: GPL-2.0
/*
 * rng.c - a driver struct with its own error_filter: not renamed.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

struct rng_state {
	int error_filter;
	int error_override;
};

static struct rng_state rng;

static int rng_mmap_prepare(struct vm_area_desc *desc)
{
	struct rng_state *st = &rng;

	st->error_filter = EAGAIN;
	st->error_override = 0;
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -EAGAIN;
	return 0;
}

static const struct file_operations rng_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = rng_mmap_prepare,
};

static struct miscdevice rng_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "rng",
	.fops = &rng_fops,
};
module_misc_device(rng_misc);

MODULE_DESCRIPTION("rng");
MODULE_LICENSE("GPL");
