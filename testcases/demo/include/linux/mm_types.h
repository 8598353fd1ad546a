/* SPDX-License-Identifier: GPL-2.0 */
/* efcheck demo: struct mmap_action and struct vm_area_desc as in Linux 7.2. */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

struct file;
struct vm_area_struct;
struct vm_operations_struct;

enum mmap_action_type {
	MMAP_NOTHING,
	MMAP_REMAP_PFN,
	MMAP_IO_REMAP_PFN,
};

struct mmap_action {
	enum mmap_action_type type;
	/*
	 * If non-zero, replace errors that arise from mmap actions with this
	 * value instead. Only valid error codes may be specified.
	 */
	int error_override;
};

struct vm_area_desc {
	struct file *file;
	unsigned long start;
	unsigned long end;
	unsigned long pgoff;
	const struct vm_operations_struct *vm_ops;
	void *private_data;
	struct mmap_action action;
};

#endif
