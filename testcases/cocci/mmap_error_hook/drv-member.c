// SPDX-License-Identifier: GPL-2.0
/*
 * fpga.c - an FPGA bridge whose own state has error_hook and error_filter
 * members: not struct mmap_action, so nothing is touched.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

struct fpga_state {
	int (*error_hook)(int err);
	int error_filter;
	phys_addr_t base;
};

static int fpga_bus_error(int err)
{
	return -EIO;
}

static struct fpga_state fpga = {
	.error_hook = fpga_bus_error,
	.base = 0xfe000000,
};

static int fpga_mmap_prepare(struct vm_area_desc *desc)
{
	struct fpga_state *st = &fpga;

	st->error_hook = fpga_bus_error;
	st->error_filter = 0;
	mmap_action_ioremap_full(desc, st->base >> PAGE_SHIFT);
	return 0;
}

static const struct file_operations fpga_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = fpga_mmap_prepare,
};

static struct miscdevice fpga_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "fpga",
	.fops = &fpga_fops,
};
module_misc_device(fpga_misc);

MODULE_DESCRIPTION("fpga");
MODULE_LICENSE("GPL");
