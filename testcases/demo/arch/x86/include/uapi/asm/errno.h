/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/* efcheck demo: x86 uses the generic errno values. */
#include <asm-generic/errno.h>
