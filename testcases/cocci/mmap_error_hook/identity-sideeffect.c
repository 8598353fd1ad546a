// SPDX-License-Identifier: GPL-2.0
/*
 * trace_buf.c - the identity hook is all an if does, and the condition
 * takes a reference: dropping the if would drop the reference, keeping it
 * would leave "if (...) {}".  Reported, left alone.  The one in the else
 * goes, and the one under an if with an else gets the condition negated.
 */
#include <linux/atomic.h>
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static atomic_t trace_buf_maps = ATOMIC_INIT(0);

static int trace_buf_pass_error(int err)
{
	return err;
}

static int trace_buf_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	if (atomic_inc_return(&trace_buf_maps) > 1)
		desc->action.error_hook = trace_buf_pass_error;
	return 0;
}

static int trace_buf_ro_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	mmap_action_remap_full(desc, desc->pgoff);
	if (atomic_inc_return(&trace_buf_maps) > 1)
		desc->action.error_hook = trace_buf_pass_error;
	else
		desc->page_prot = pgprot_noncached(desc->page_prot);
	if (atomic_read(&trace_buf_maps) > 4)
		desc->page_prot = pgprot_writecombine(desc->page_prot);
	else if (atomic_dec_return(&trace_buf_maps) < 0)
		action->error_hook = trace_buf_pass_error;
	return 0;
}

static const struct file_operations trace_buf_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = trace_buf_mmap_prepare,
};

static const struct file_operations trace_buf_ro_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = trace_buf_ro_mmap_prepare,
};

static struct miscdevice trace_buf_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "trace_buf",
	.fops = &trace_buf_fops,
};

static struct miscdevice trace_buf_ro_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "trace_buf_ro",
	.fops = &trace_buf_ro_fops,
};

static int __init trace_buf_init(void)
{
	int ret = misc_register(&trace_buf_misc);

	if (ret)
		return ret;
	ret = misc_register(&trace_buf_ro_misc);
	if (ret)
		misc_deregister(&trace_buf_misc);
	return ret;
}
module_init(trace_buf_init);

static void __exit trace_buf_exit(void)
{
	misc_deregister(&trace_buf_ro_misc);
	misc_deregister(&trace_buf_misc);
}
module_exit(trace_buf_exit);

MODULE_DESCRIPTION("trace_buf");
MODULE_LICENSE("GPL");
