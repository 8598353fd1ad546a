// SPDX-License-Identifier: GPL-2.0
/* renamed-field: error_filter (v1/v2 postings) against v7.2 headers */
#include <linux/mm_types.h>

int mydrv_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_filter = -EAGAIN;
	return 0;
}

/*
 * check-name: renamed-field
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * renamed-field.c:7:15: error: 'error_filter' is called 'error_override' since v7.2: rename it (cocci/mmap_error_override.cocci) [renamed-field]
 * check-error-end
 */
