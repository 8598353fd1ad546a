// SPDX-License-Identifier: GPL-2.0
/*
 * Each arm of a conditional is judged on its own, even when the
 * condition is a constant of this configuration: the other arm is
 * another configuration's build.
 */
#include <linux/kconfig.h>
#include <linux/mm_types.h>

#define CONFIG_SNDBUF_LEGACY 1

#define SNDBUF_ERR (IS_ENABLED(CONFIG_SNDBUF_STRICT) ? -EIO : EIO)

static int sndbuf_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_override = IS_ENABLED(CONFIG_SNDBUF_LEGACY) ?
					      -EAGAIN : EAGAIN;
	desc->action.error_override = SNDBUF_ERR;
	desc->action.error_override = sizeof(long) == 8 ? -ENOMEM : ENOSPC;
	return 0;
}

int sndbuf_register(struct vm_area_desc *desc)
{
	return sndbuf_mmap_prepare(desc);
}

/*
 * check-name: value-config-arms
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * config-arms.c:17:22: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * config-arms.c:18:32: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * config-arms.c:19:62: error: error_override = 28 is positive: every mmap() fails with -EINVAL; use '-ENOSPC' [errno-positive]
 * check-error-end
 */
