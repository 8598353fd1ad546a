// SPDX-License-Identifier: GPL-2.0
/*
 * Writes through the kernel's store macros: WRITE_ONCE() stores through
 * *(volatile typeof(x) *)&(x), smp_store_release() through WRITE_ONCE(*p),
 * and x86's smp_store_mb() hands the address to xchg(): that one is an
 * escape, reported as unresolved.  The typeof() and sizeof() inside the
 * macros never run.  A value on the macro call's second line is reported
 * on that line, where a patch that changes it adds a line.
 */
#include <linux/mm_types.h>
#include <asm/barrier.h>

struct fastmap_dev {
	struct vm_area_desc *pending;
	int busy;
};

static int fastmap_mmap_prepare(struct vm_area_desc *desc)
{
	struct fastmap_dev *fd = desc->private_data;

	WRITE_ONCE(desc->action.error_override, EAGAIN);
	if (fd->busy)
		WRITE_ONCE(fd->pending->action.error_override, -EBUSY);
	smp_store_release(&desc->action.error_override, EINTR);
	smp_store_mb(desc->action.error_override, -EIO);
	if (fd->busy > 1)
		WRITE_ONCE(desc->action.error_override,
			   fd->busy > 2 ? -EIO : EAGAIN);
	return 0;
}

int fastmap_register(struct vm_area_desc *desc)
{
	return fastmap_mmap_prepare(desc);
}

/*
 * check-name: write-once
 * check-command: efcheck --enable=unresolved $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * write-once.c:22:42: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * write-once.c:25:50: error: error_override = 4 is positive: every mmap() fails with -EINVAL; use '-EINTR' [errno-positive]
 * write-once.c:26:2: note: the address of error_override escapes here: writes through it are not checked [unresolved]
 * write-once.c:29:29: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * check-error-end
 */
