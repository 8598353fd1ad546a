// SPDX-License-Identifier: GPL-2.0
/*
 * The struct is the one that linux/mm_types.h declares, not any struct
 * that carries its tag: a driver's own struct mmap_action in a block
 * scope (or in a test harness) is another type, and so is its field.
 */
#include <linux/mm_types.h>

int selftest_actions(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;	/* the kernel's: reported */
	{
		struct mmap_action {
			int error_override;
		} fake = { .error_override = EAGAIN };

		fake.error_override = EIO;
		return fake.error_override;
	}
}

/*
 * check-name: write-identity
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * identity.c:11:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * check-error-end
 */
