// SPDX-License-Identifier: GPL-2.0
/*
 * The field's address taken: writes through the pointer cannot be
 * checked, so --enable=unresolved names the place where it escapes.
 * A write through *&x is a write of x.
 */
#include <linux/mm_types.h>

struct irq_mem {
	int *override_slot;
};

static void irq_mem_store(int *slot, int err)
{
	*slot = err;
}

static int irq_mem_mmap_prepare(struct vm_area_desc *desc)
{
	struct irq_mem *im = desc->private_data;
	int *p = &desc->action.error_override;

	*p = EAGAIN;
	irq_mem_store(&desc->action.error_override, EIO);
	im->override_slot = &(desc->action.error_override);
	*&desc->action.error_override = EBUSY;
	return 0;
}

int irq_mem_register(struct vm_area_desc *desc)
{
	return irq_mem_mmap_prepare(desc);
}

/*
 * check-name: write-address
 * check-command: efcheck --enable=unresolved $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * address.c:21:11: note: the address of error_override escapes here: writes through it are not checked [unresolved]
 * address.c:24:16: note: the address of error_override escapes here: writes through it are not checked [unresolved]
 * address.c:25:22: note: the address of error_override escapes here: writes through it are not checked [unresolved]
 * address.c:26:34: error: error_override = 16 is positive: every mmap() fails with -EINVAL; use '-EBUSY' [errno-positive]
 * check-error-end
 */
