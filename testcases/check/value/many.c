// SPDX-License-Identifier: GPL-2.0
/*
 * A local that may hold more than 8 values where it is written is not
 * bounded: --enable=unresolved says so.  8 values are still judged.
 */
#include <linux/mm_types.h>

static int codec_err(struct vm_area_desc *desc, int state, int wide)
{
	int err;

	switch (state) {
	case 0: err = -EPERM; break;
	case 1: err = -ENOENT; break;
	case 2: err = -EINTR; break;
	case 3: err = -EIO; break;
	case 4: err = -ENXIO; break;
	case 5: err = -E2BIG; break;
	case 6: err = -EBADF; break;
	default: err = EAGAIN; break;
	}
	desc->action.error_override = err;
	if (wide)
		err = -ENOMEM;
	desc->action.error_override = err;
	return 0;
}

int codec_register(struct vm_area_desc *desc)
{
	return codec_err(desc, 0, 1);
}

/*
 * check-name: value-many
 * check-command: efcheck --enable=unresolved $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * many.c:22:15: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * many.c:20:17: note: the value comes from this assignment
 * many.c:25:32: note: cannot bound the value written to error_override [unresolved]
 * check-error-end
 */
