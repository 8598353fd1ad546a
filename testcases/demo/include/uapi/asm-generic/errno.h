/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/* efcheck demo: a few of the generic errno values above 34. */
#ifndef _ASM_GENERIC_ERRNO_H
#define _ASM_GENERIC_ERRNO_H

#include <asm-generic/errno-base.h>

#define EOPNOTSUPP	95
#define EHWPOISON	133

#endif
