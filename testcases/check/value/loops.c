// SPDX-License-Identifier: GPL-2.0
/*
 * Loops: one that comes after the write cannot change what was written;
 * one around the write can, through its next round; break and continue
 * carry their values out of the loop and to its head.
 */
#include <linux/mm_types.h>

struct vpu_dev {
	int nr_cores, core_state[4];
};

static int vpu_mmap_prepare(struct vm_area_desc *desc)
{
	struct vpu_dev *vpu = desc->private_data;
	int err = -EAGAIN, i;

	desc->action.error_override = err;
	for (i = 0; i < vpu->nr_cores; i++)
		err = EBUSY;	/* after the write: harmless */
	return err;
}

static int vpu_scan_prepare(struct vm_area_desc *desc)
{
	struct vpu_dev *vpu = desc->private_data;
	int err = -ENODEV, i;

	for (i = 0; i < vpu->nr_cores; i++) {
		if (!vpu->core_state[i])
			continue;
		if (vpu->core_state[i] < 0) {
			err = EIO;	/* breaks out to the write */
			break;
		}
		err = -EBUSY;
	}
	desc->action.error_override = err;
	return 0;
}

static int vpu_wait_prepare(struct vm_area_desc *desc)
{
	struct vpu_dev *vpu = desc->private_data;
	int err = -ETIMEDOUT;

	while (vpu->nr_cores--) {
		desc->action.error_override = err;
		err = -EINTR;
	}
	return 0;
}

int vpu_register(struct vm_area_desc *desc)
{
	return vpu_mmap_prepare(desc) ?: vpu_scan_prepare(desc) ?:
	       vpu_wait_prepare(desc);
}

/*
 * check-name: value-loops
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * loops.c:38:15: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * loops.c:33:10: note: the value comes from this assignment
 * check-error-end
 */
