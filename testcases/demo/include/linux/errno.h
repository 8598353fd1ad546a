/* SPDX-License-Identifier: GPL-2.0 */
/* efcheck demo: the errno macros, and two kernel-internal ones. */
#ifndef _LINUX_ERRNO_H
#define _LINUX_ERRNO_H

#include <asm/errno.h>

/* Kernel-internal: must never reach user space. */
#define ENOTSUPP	524
#define EPROBE_DEFER	517

#endif
