// SPDX-License-Identifier: GPL-2.0
/*
 * Designated initializers: designators that start with an array index,
 * nested lists, and a member named twice, where C keeps the last value.
 */
#include <linux/mm_types.h>

struct mmap_profile {
	const char *name;
	struct vm_area_desc desc;
};

static const struct mmap_action fallback_actions[2] = {
	[0] = { .type = MMAP_NOTHING, .error_override = -EAGAIN },
	[1].error_override = EBUSY,
};

static const struct mmap_profile profiles[] = {
	{ .name = "ro", .desc = { .action = { .error_override = -EACCES } } },
	[1] = { .name = "rw", .desc.action.error_override = EAGAIN },
	[2].desc = { .action.error_override = -EIO },
	[3] = {
		.name = "dma",
		.desc.action.error_override = ENOMEM,	/* overridden below */
		.desc.action.error_override = -ENOMEM,
	},
	[4] = {
		.desc.action.error_override = -ENXIO,
		.desc.action.error_override = ENXIO,	/* the one stored */
	},
};

struct mmap_profile *profile_get(unsigned int i)
{
	(void)fallback_actions;
	return (struct mmap_profile *)&profiles[i];
}

/*
 * check-name: write-designated
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common -Wno-initializer-overrides
 *
 * check-error-start
 * designated.c:15:23: error: error_override = 16 is positive: every mmap() fails with -EINVAL; use '-EBUSY' [errno-positive]
 * designated.c:20:54: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * designated.c:29:33: error: error_override = 6 is positive: every mmap() fails with -EINVAL; use '-ENXIO' [errno-positive]
 * check-error-end
 */
