// SPDX-License-Identifier: GPL-2.0
/*
 * 0 clears an override that an earlier write may have set: that is on
 * purpose, not a no-op.  A 0 that nothing set before is one.
 */
#include <linux/mm_types.h>

struct gpio_mem {
	int lenient, strict;
};

static int gpio_mem_mmap_prepare(struct vm_area_desc *desc)
{
	struct gpio_mem *gm = desc->private_data;

	desc->action.error_override = -EAGAIN;
	if (gm->lenient)
		desc->action.error_override = 0;
	return 0;
}

static int gpio_mem_local_prepare(struct vm_area_desc *desc)
{
	struct gpio_mem *gm = desc->private_data;
	int f = -EAGAIN;

	if (gm->lenient)
		f = 0;
	desc->action.error_override = f;
	return 0;
}

static int gpio_mem_plain_prepare(struct vm_area_desc *desc)
{
	struct gpio_mem *gm = desc->private_data;

	if (gm->strict)
		return -EPERM;
	desc->action.error_override = 0;
	return 0;
}

int gpio_mem_register(struct vm_area_desc *desc)
{
	return gpio_mem_mmap_prepare(desc) ?: gpio_mem_local_prepare(desc) ?:
	       gpio_mem_plain_prepare(desc);
}

/*
 * check-name: value-zero
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * zero.c:39:32: warning: error_override = 0 does nothing: 0 means no override [errno-zero]
 * check-error-end
 */
