/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: generic errno numbers above 34 (a subset), with aliases. */
#ifndef _ASM_GENERIC_ERRNO_H
#define _ASM_GENERIC_ERRNO_H

#include <asm-generic/errno-base.h>

#define	EDEADLK		35
#define	ENAMETOOLONG	36
#define	ENOSYS		38
#define	EWOULDBLOCK	EAGAIN
#define	EDEADLOCK	EDEADLK
#define	ENODATA		61
#define	EREMOTEIO	121
#define	EOPNOTSUPP	95
#define	ETIMEDOUT	110
#define	EHWPOISON	133

#endif
