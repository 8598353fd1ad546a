// SPDX-License-Identifier: GPL-2.0
/*
 * A value kept in a type narrower than int before it reaches the field:
 * u8 and u16 keep the low bits (-EIO becomes 251 or 65531), which the
 * kernel rejects; s8, char and the int-wide types give the errno back.
 */
#include <linux/mm_types.h>

/* a vendor SDK's own types, as its headers spell them */
typedef unsigned char vnd_u8;
typedef unsigned short vnd_u16;
typedef signed char vnd_s8;

struct vnd_fb {
	vnd_u8 hw_status;
	int busy;
};

static void vnd_fb_fail(struct vm_area_desc *desc, vnd_u16 code)
{
	desc->action.error_override = code;
}

static int vnd_fb_mmap_prepare(struct vm_area_desc *desc)
{
	struct vnd_fb *fb = desc->private_data;
	vnd_u8 status = -EIO;
	vnd_s8 retry = -EAGAIN;
	unsigned int wide = -ENOMEM;
	char small = -EBUSY;
	int err = -EFAULT;

	if (fb->busy) {
		desc->action.error_override = status;
		return 0;
	}
	if (fb->hw_status == 1)
		desc->action.error_override = retry;
	else if (fb->hw_status == 2)
		desc->action.error_override = wide;
	else if (fb->hw_status == 3)
		desc->action.error_override = small;
	else if (fb->hw_status == 4)
		desc->action.error_override = (vnd_u8)err;
	else
		vnd_fb_fail(desc, -ENODEV);
	return 0;
}

int vnd_fb_register(struct vm_area_desc *desc)
{
	return vnd_fb_mmap_prepare(desc);
}

/*
 * check-name: value-narrow
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * narrow.c:34:16: error: error_override = 251 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * narrow.c:27:18: note: the value comes from this assignment
 * narrow.c:44:16: error: error_override = 242 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * narrow.c:31:12: note: the value comes from this assignment
 * narrow.c:46:21: error: error_override = 65517 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * narrow.c:21:15: note: the argument is written to 'error_override' here
 * check-error-end
 */
