// SPDX-License-Identifier: GPL-2.0
/*
 * Fix-its replace the value's own tokens in the user's file: a macro's
 * argument, one arm of a conditional, a constant's name; never the macro
 * call that holds the write.  testcases/t/fixits.sh applies each of them.
 */
#include <linux/mm_types.h>
#include "mydev.h"
#include <mydev_sys.h>

#define MYDEV_SET(d, e) ((d)->action.error_override = (e))

static int mydev_mmap_prepare(struct vm_area_desc *desc)
{
	MYDEV_OVERRIDE(desc, EAGAIN);
	MYDEV_SET(desc, (EIO));
	MYDEV_SET(desc, -11);
	MYDEV_RETRY(desc);
	desc->action.error_override = MYDEV_ERR;
	desc->action.error_override = desc->pgoff ? -ENOMEM : ENOMEM;
	MYDEV_SET(desc, desc->start ? EINVAL : -EINVAL);
	MYDEV_SYS_SET(desc, ENXIO);
	mydev_sys_retry(desc);
	return 0;
}

int mydev_mmap(struct vm_area_desc *desc)
{
	return mydev_mmap_prepare(desc);
}

/*
 * check-name: fixit-macro
 * check-command: efcheck --format=json $file -- -I$fixtures/v7.2 -I$fixtures/common -isystem sys
 *
 * check-output-start
 * {"file":"fixit-macro.c","line":15,"column":23,"severity":"error","check":"errno-positive","message":"error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN'","notes":[{"file":"mydev.h","line":8,"column":18,"message":"the macro writes the field here"}],"fix":{"line":15,"column":23,"end_column":29,"replacement":"-EAGAIN"},"fingerprint":"3a008ac431446473:1"}
 * {"file":"fixit-macro.c","line":16,"column":19,"severity":"error","check":"errno-positive","message":"error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO'","notes":[{"file":"fixit-macro.c","line":11,"column":38,"message":"the macro writes the field here"}],"fix":{"line":16,"column":19,"end_column":22,"replacement":"-EIO"},"fingerprint":"ac5d6d9f81167a6c:1"}
 * {"file":"fixit-macro.c","line":17,"column":18,"severity":"warning","check":"errno-literal","message":"error_override = -11 is a bare number: use '-EAGAIN'","notes":[{"file":"fixit-macro.c","line":11,"column":38,"message":"the macro writes the field here"}],"fix":{"line":17,"column":18,"end_column":21,"replacement":"-EAGAIN"},"fingerprint":"458737d814e0d2b0:1"}
 * {"file":"fixit-macro.c","line":18,"column":2,"severity":"error","check":"errno-positive","message":"error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN'","notes":[{"file":"mydev.h","line":12,"column":43,"message":"the macro writes the field here"}],"fingerprint":"3a008ac431446473:2"}
 * {"file":"fixit-macro.c","line":19,"column":32,"severity":"error","check":"errno-positive","message":"error_override = 16 is positive: every mmap() fails with -EINVAL; use '-EBUSY'","notes":[],"fix":{"line":19,"column":32,"end_column":41,"replacement":"-EBUSY"},"fingerprint":"c828ff8f85d64a57:1"}
 * {"file":"fixit-macro.c","line":20,"column":56,"severity":"error","check":"errno-positive","message":"error_override = 12 is positive: every mmap() fails with -EINVAL; use '-ENOMEM'","notes":[],"fix":{"line":20,"column":56,"end_column":62,"replacement":"-ENOMEM"},"fingerprint":"c473b35ef961890a:1"}
 * {"file":"fixit-macro.c","line":21,"column":32,"severity":"error","check":"errno-positive","message":"error_override = 22 is positive: every mmap() fails with -EINVAL; use '-EINVAL'","notes":[{"file":"fixit-macro.c","line":11,"column":38,"message":"the macro writes the field here"}],"fix":{"line":21,"column":32,"end_column":38,"replacement":"-EINVAL"},"fingerprint":"be5cb1a3d59a206b:1"}
 * {"file":"fixit-macro.c","line":22,"column":22,"severity":"error","check":"errno-positive","message":"error_override = 6 is positive: every mmap() fails with -EINVAL; use '-ENXIO'","notes":[{"file":"sys/mydev_sys.h","line":8,"column":42,"message":"the macro writes the field here"}],"fix":{"line":22,"column":22,"end_column":27,"replacement":"-ENXIO"},"fingerprint":"956b5531b8575bbd:1"}
 * {"file":"sys/mydev_sys.h","line":5,"column":32,"severity":"error","check":"errno-positive","message":"error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN'","notes":[],"fingerprint":"0f08b4a7b33be0fc:1"}
 * check-output-end
 */
