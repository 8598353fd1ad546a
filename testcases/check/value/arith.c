// SPDX-License-Identifier: GPL-2.0
/*
 * Values that are computed: GNU x ?: y, a local negated or moved by a
 * constant, a switch, and a static helper that negates its parameter.
 */
#include <linux/mm_types.h>

struct cam_dev {
	int last_err, mode;
};

/* callers pass a positive errno, as in "return -err" */
static void cam_set_override(struct vm_area_desc *desc, int err)
{
	desc->action.error_override = -err;
}

static int cam_mmap_prepare(struct vm_area_desc *desc)
{
	struct cam_dev *cam = desc->private_data;
	int err = cam->last_err ? -EIO : 0;

	desc->action.error_override = err ?: -EAGAIN;
	desc->action.error_override = cam->last_err ?: EAGAIN;
	err = EAGAIN;
	err = -err;
	desc->action.error_override = err;
	err += 4096;		/* now 4085 */
	desc->action.error_override = err;
	cam_set_override(desc, EBUSY);
	cam_set_override(desc, -ENOMEM);
	return 0;
}

static int cam_mode_prepare(struct vm_area_desc *desc)
{
	struct cam_dev *cam = desc->private_data;
	int err;

	switch (cam->mode) {
	case 0:
		err = -EINVAL;
		break;
	case 1:
	case 2:
		err = EPERM;
		break;
	default:
		return 0;
	}
	desc->action.error_override = err;
	return 0;
}

int cam_register(struct vm_area_desc *desc)
{
	return cam_mmap_prepare(desc) ?: cam_mode_prepare(desc);
}

/*
 * check-name: value-arith
 * check-command: efcheck --enable=unresolved $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * arith.c:24:32: note: cannot bound the value written to error_override [unresolved]
 * arith.c:24:49: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * arith.c:29:15: error: error_override = 4085 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * arith.c:28:2: note: the value comes from this assignment
 * arith.c:31:25: error: error_override = 12 is positive: every mmap() fails with -EINVAL; use '-ENOMEM' [errno-positive]
 * arith.c:15:15: note: the argument is written to 'error_override' here
 * arith.c:51:15: error: error_override = 1 is positive: every mmap() fails with -EINVAL; use '-EPERM' [errno-positive]
 * arith.c:46:9: note: the value comes from this assignment
 * check-error-end
 */
