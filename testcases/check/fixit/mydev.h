/* SPDX-License-Identifier: GPL-2.0 */
/* A driver's private header: wrappers that write the field. */
#ifndef _MYDEV_H
#define _MYDEV_H

#define MYDEV_OVERRIDE(desc, e)                            \
	do {                                               \
		(desc)->action.error_override = (e);       \
	} while (0)

/* the bad value sits in the macro body: no fix-it can be exact */
#define MYDEV_RETRY(desc) ((desc)->action.error_override = EAGAIN)

#define MYDEV_ERR (EBUSY)

#endif
