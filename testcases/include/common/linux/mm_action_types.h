/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: what struct mmap_action needs, the same in every version. */
#ifndef _LINUX_MM_ACTION_TYPES_H
#define _LINUX_MM_ACTION_TYPES_H

#include <linux/errno.h>

typedef unsigned long pgprot_t;
struct file;
struct mm_struct;
struct vm_area_struct;

enum mmap_action_type {
	MMAP_NOTHING,
	MMAP_REMAP_PFN,
	MMAP_IO_REMAP_PFN,
};

#endif
