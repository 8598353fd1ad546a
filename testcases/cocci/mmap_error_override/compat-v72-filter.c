// SPDX-License-Identifier: GPL-2.0
/*
 * fpga_buf.c - ported from the v2 posting: the v7.2 branches still say
 * error_filter, a name that no v7.2 tree has.  Those branches are renamed
 * (and the positive errno negated); the branch for older trees stays.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>
#include <linux/version.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(7, 2, 0)
static int fpga_buf_mmap_error(int err)
{
	return -EAGAIN;
}
#endif

static int fpga_buf_mmap_prepare(struct vm_area_desc *desc)
{
	if (desc->pgoff)
		return -EINVAL;

	mmap_action_remap_full(desc, desc->pgoff);
#if LINUX_VERSION_CODE < KERNEL_VERSION(7, 2, 0)
	desc->action.error_hook = fpga_buf_mmap_error;
#else
	desc->action.error_filter = EAGAIN;
#endif
	return 0;
}

static int fpga_ctl_mmap_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	mmap_action_remap_full(desc, desc->pgoff);
#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)
	action->error_filter = -EBUSY;
#endif
	return 0;
}

static const struct file_operations fpga_buf_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = fpga_buf_mmap_prepare,
};

static const struct file_operations fpga_ctl_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = fpga_ctl_mmap_prepare,
};

static struct miscdevice fpga_buf_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "fpga_buf",
	.fops = &fpga_buf_fops,
};

static struct miscdevice fpga_ctl_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "fpga_ctl",
	.fops = &fpga_ctl_fops,
};

static int __init fpga_buf_init(void)
{
	int ret = misc_register(&fpga_buf_misc);

	if (ret)
		return ret;
	ret = misc_register(&fpga_ctl_misc);
	if (ret)
		misc_deregister(&fpga_buf_misc);
	return ret;
}
module_init(fpga_buf_init);

static void __exit fpga_buf_exit(void)
{
	misc_deregister(&fpga_ctl_misc);
	misc_deregister(&fpga_buf_misc);
}
module_exit(fpga_buf_exit);

MODULE_DESCRIPTION("fpga_buf");
MODULE_LICENSE("GPL");
