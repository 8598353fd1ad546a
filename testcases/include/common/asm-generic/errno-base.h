/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: the generic errno numbers 1..34 (a subset). */
#ifndef _ASM_GENERIC_ERRNO_BASE_H
#define _ASM_GENERIC_ERRNO_BASE_H

#define	EPERM		 1
#define	ENOENT		 2
#define	EINTR		 4
#define	EIO		 5
#define	ENXIO		 6
#define	E2BIG		 7
#define	EBADF		 9
#define	EAGAIN		11
#define	ENOMEM		12
#define	EACCES		13
#define	EFAULT		14
#define	EBUSY		16
#define	EEXIST		17
#define	ENODEV		19
#define	EINVAL		22
#define	ENOTTY		25
#define	ENOSPC		28
#define	ERANGE		34

#endif
