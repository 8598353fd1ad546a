/* SPDX-License-Identifier: GPL-2.0 */
/* A static inline in a header, seen by two files: reported once per run. */
#include <linux/mm_types.h>

static inline void mydrv_set(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
}
