/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: struct mmap_action as the v1/v2 postings declare it. */
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
	 * If non-zero, filter errors that arise from mmap actions such that we
	 * return error_filter instead. Only valid error codes may be specified.
	 */
	int error_filter;

	_Bool hide_from_rmap_until_complete :1;
};

#include <linux/mm_desc.h>

#endif
