// SPDX-License-Identifier: GPL-2.0
/*
 * adc.c - the hook is set inside a multi-line macro: reported, never
 * rewritten without its line continuations.
 */
#include <linux/fs.h>
#include <linux/miscdevice.h>
#include <linux/mm.h>
#include <linux/module.h>

static int adc_mmap_error(int err)
{
	return -EBUSY;
}

#define ADC_SETUP_MMAP(d)						\
	do {								\
		mmap_action_remap_full((d), (d)->pgoff);		\
		(d)->action.error_hook = adc_mmap_error;		\
	} while (0)

static int adc_mmap_prepare(struct vm_area_desc *desc)
{
	ADC_SETUP_MMAP(desc);
	return 0;
}

static const struct file_operations adc_fops = {
	.owner = THIS_MODULE,
	.mmap_prepare = adc_mmap_prepare,
};

static struct miscdevice adc_misc = {
	.minor = MISC_DYNAMIC_MINOR,
	.name = "adc",
	.fops = &adc_fops,
};
module_misc_device(adc_misc);

MODULE_DESCRIPTION("adc");
MODULE_LICENSE("GPL");
