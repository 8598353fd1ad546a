// SPDX-License-Identifier: GPL-2.0
/* one of two files including mydrv-inline.h */
#include "mydrv-inline.h"

void mydrv_a(struct vm_area_desc *desc)
{
	mydrv_set(desc);
}

/*
 * check-name: header-inline-once
 * check-command: efcheck $file user-b.c -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * mydrv-inline.h:7:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * check-error-end
 */
