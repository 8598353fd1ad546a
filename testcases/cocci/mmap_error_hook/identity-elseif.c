// SPDX-License-Identifier: GPL-2.0
/*
 * ringbuf.c - an if/else if chain of hooks, as a porter wrote it: a
 * constant hook in the if, the identity hook in the else if.  The if is
 * ported and the else if goes whole: no "else {}" is left behind.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

#define RINGBUF_CTRL_PGOFF	0
#define RINGBUF_DATA_PGOFF	1

static int ringbuf_pass_error(int err)
{
	return err;
}

static int ringbuf_ctrl_error(int err)
{
	return -EAGAIN;
}

static int ringbuf_mmap_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_size(desc) > SZ_1M)
		return -EINVAL;

	mmap_action_remap_full(desc, desc->pgoff);
	if (desc->pgoff == RINGBUF_CTRL_PGOFF)
		desc->action.error_hook = ringbuf_ctrl_error;
	else if (desc->pgoff == RINGBUF_DATA_PGOFF)
		desc->action.error_hook = ringbuf_pass_error;

	return 0;
}

static int ringbuf_ro_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	mmap_action_remap_full(desc, desc->pgoff);
	if (desc->pgoff == RINGBUF_CTRL_PGOFF) {
		desc->page_prot = pgprot_noncached(desc->page_prot);
	} else if (desc->pgoff == RINGBUF_DATA_PGOFF) {
		action->error_hook = ringbuf_pass_error;
	}

	return 0;
}

static const struct file_operations ringbuf_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = ringbuf_mmap_prepare,
};

static const struct file_operations ringbuf_ro_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = ringbuf_ro_mmap_prepare,
};

static struct miscdevice ringbuf_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "ringbuf",
	.fops = &ringbuf_fops,
};

static struct miscdevice ringbuf_ro_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "ringbuf_ro",
	.fops = &ringbuf_ro_fops,
};

static int __init ringbuf_init(void)
{
	int ret = misc_register(&ringbuf_misc);

	if (ret)
		return ret;
	ret = misc_register(&ringbuf_ro_misc);
	if (ret)
		misc_deregister(&ringbuf_misc);
	return ret;
}
module_init(ringbuf_init);

static void __exit ringbuf_exit(void)
{
	misc_deregister(&ringbuf_ro_misc);
	misc_deregister(&ringbuf_misc);
}
module_exit(ringbuf_exit);

MODULE_DESCRIPTION("ringbuf");
MODULE_LICENSE("GPL");
