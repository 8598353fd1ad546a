/* SPDX-License-Identifier: GPL-2.0 */
#ifndef CAM_HEADER_HOOK_H
#define CAM_HEADER_HOOK_H

#include <linux/mm.h>

/* Shared by every file of the camera driver. */
static inline int cam_mmap_error(int err)
{
	return -EIO;
}

static inline void cam_setup_action(struct vm_area_desc *desc)
{
	desc->action.error_hook = cam_mmap_error;
}

#endif
