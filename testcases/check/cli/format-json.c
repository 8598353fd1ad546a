// SPDX-License-Identifier: GPL-2.0
/* --format=json: JSON Lines on stdout, with notes and fix-its */
#include <linux/mm_types.h>

static void set(struct vm_area_desc *desc, int err)
{
	desc->action.error_override = err;
}

void json(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	desc->action.error_override = -11;
	set(desc, EIO);
}

/*
 * check-name: format-json
 * check-command: efcheck --format=json $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-output-start
 * {"file":"format-json.c","line":12,"column":32,"severity":"error","check":"errno-positive","message":"error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN'","notes":[],"fix":{"line":12,"column":32,"end_column":38,"replacement":"-EAGAIN"},"fingerprint":"d1c2ec6afb440ef4:1"}
 * {"file":"format-json.c","line":13,"column":32,"severity":"warning","check":"errno-literal","message":"error_override = -11 is a bare number: use '-EAGAIN'","notes":[],"fix":{"line":13,"column":32,"end_column":35,"replacement":"-EAGAIN"},"fingerprint":"8d2762173c9eea57:1"}
 * {"file":"format-json.c","line":14,"column":12,"severity":"error","check":"errno-positive","message":"error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO'","notes":[{"file":"format-json.c","line":7,"column":15,"message":"the argument is written to 'error_override' here"}],"fingerprint":"17a0367ceb7604df:1"}
 * check-output-end
 */
