/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/* efcheck demo: the errno values below 35 that the demo drivers use. */
#ifndef _ASM_GENERIC_ERRNO_BASE_H
#define _ASM_GENERIC_ERRNO_BASE_H

#define EPERM		 1
#define ENOENT		 2
#define EIO		 5
#define ENXIO		 6
#define EAGAIN		11
#define ENOMEM		12
#define EACCES		13
#define EFAULT		14
#define EBUSY		16
#define ENODEV		19
#define EINVAL		22

#endif
