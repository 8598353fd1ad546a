// SPDX-License-Identifier: GPL-2.0
/* errno-internal: kernel-internal codes pass the runtime check but leak */
#include <linux/mm_types.h>

void internal(struct vm_area_desc *desc, int c)
{
	desc->action.error_override = -ENOTSUPP;
	desc->action.error_override = -ERESTARTSYS;
	desc->action.error_override = -ENOIOCTLCMD;
	desc->action.error_override = -EPROBE_DEFER;
	desc->action.error_override = -EIOCBQUEUED;
	desc->action.error_override = -524;
}

/*
 * check-name: errno-internal
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * errno-internal.c:7:32: warning: error_override = -ENOTSUPP (-524) is kernel-internal and reaches user space through mmap(): use '-EOPNOTSUPP' [errno-internal]
 * errno-internal.c:8:32: warning: error_override = -ERESTARTSYS (-512) is kernel-internal and reaches user space through mmap(): use '-EINTR' [errno-internal]
 * errno-internal.c:9:32: warning: error_override = -ENOIOCTLCMD (-515) is kernel-internal and reaches user space through mmap(): use '-ENOTTY' [errno-internal]
 * errno-internal.c:10:32: warning: error_override = -EPROBE_DEFER (-517) is kernel-internal and reaches user space through mmap(): use '-EAGAIN' [errno-internal]
 * errno-internal.c:11:32: warning: error_override = -EIOCBQUEUED (-529) is kernel-internal and reaches user space through mmap(): use an errno from <uapi/asm/errno.h> [errno-internal]
 * errno-internal.c:12:32: warning: error_override = -ENOTSUPP (-524) is kernel-internal and reaches user space through mmap(): use '-EOPNOTSUPP' [errno-internal]
 * check-error-end
 */
