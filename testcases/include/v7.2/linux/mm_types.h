/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: struct mmap_action as v7.2 and later declare it. */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/mm_action_types.h>

struct mmap_action {
	union {
		struct {
			unsigned long start;
			unsigned long start_pfn;
			unsigned long size;
			pgprot_t pgprot;
		} remap;
	};
	enum mmap_action_type type;

	/*
	 * If non-zero, replace errors that arise from mmap actions with this
	 * value instead. Only valid error codes may be specified.
	 */
	int error_override;

	_Bool hide_from_rmap_until_complete :1;
};

#include <linux/mm_desc.h>

#endif
