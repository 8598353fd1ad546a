/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xdma_compat.h - an out-of-tree driver's compat header: the v7.2 branch
 * sets error_override, the branch for older kernels sets error_hook, both
 * through a macro.  The old branch is correct compat code: left alone.
 */
#ifndef XDMA_COMPAT_H
#define XDMA_COMPAT_H

#include <linux/mm.h>
#include <linux/version.h>

#define XDMA_MMAP_ERR	EAGAIN

#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)
#define xdma_set_mmap_error(desc) \
	((desc)->action.error_override = -XDMA_MMAP_ERR)
#else
static inline int xdma_mmap_error(int err)
{
	return -XDMA_MMAP_ERR;
}

#define xdma_set_mmap_error(desc) \
	((desc)->action.error_hook = xdma_mmap_error)
#endif

#endif /* XDMA_COMPAT_H */
