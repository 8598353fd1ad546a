/* SPDX-License-Identifier: GPL-2.0 */
/*
 * zbuf_compat.h - an out-of-tree driver's compat header: on v7.2 the
 * private zero mapping is made anonymous in mmap_prepare, older kernels
 * get the success hook, both through a macro.  The old branch is correct
 * compat code: left alone.
 */
#ifndef ZBUF_COMPAT_H
#define ZBUF_COMPAT_H

#include <linux/mm.h>
#include <linux/version.h>

#if LINUX_VERSION_CODE < KERNEL_VERSION(7, 2, 0)
static inline int zbuf_mmap_success(const struct vm_area_struct *vma)
{
	vma_set_anonymous((struct vm_area_struct *)vma);
	return 0;
}

#define zbuf_set_anonymous(desc) \
	((desc)->action.success_hook = zbuf_mmap_success)
#else
#define zbuf_set_anonymous(desc) \
	vma_desc_set_anonymous(desc)
#endif

#endif /* ZBUF_COMPAT_H */
