/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Test fixture: an architecture with its own numbers, as MIPS has
 * (EOPNOTSUPP is 122, EDQUOT is 1133).
 */
#ifndef _ASM_ERRNO_H
#define _ASM_ERRNO_H

#include <asm-generic/errno-base.h>

#define	ENOMSG		35
#define	EDEADLK		45
#define	EOPNOTSUPP	122
#define	EDQUOT		1133

#endif
