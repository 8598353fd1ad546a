// SPDX-License-Identifier: GPL-2.0
/* every form of write: member chains, pointers, initializers, literals */
#include <linux/mm_types.h>

struct wrapper {
	struct vm_area_desc desc;
};

void assign(struct wrapper *w, struct mmap_action *action)
{
	w->desc.action.error_override = 1;
	(*action).error_override = 2;
	(action)->error_override = 3;
	action[0].error_override = 4;
}

struct vm_area_desc designated = { .action.error_override = 5 };
struct vm_area_desc nested = { .action = { .error_override = 6 } };
struct mmap_action positional = { {}, MMAP_NOTHING, 7 };
struct mmap_action mixed = { .type = MMAP_NOTHING, 8 };
struct wrapper deep = { .desc = { .action = { .error_override = 9 } } };

void literal(struct vm_area_desc *desc)
{
	desc->action = (struct mmap_action){ .error_override = 10 };
}

/* an initializer longer than any fixed bound: the last item still counts */
struct vm_area_desc long_list = {
	.start = 1,
	.end = 2,
	.pgoff = 3,
	.page_prot = 4,
	.private_data = 0,
	.vm_ops = 0,
	.file = 0,
	.mm = 0,
	.action.type = MMAP_NOTHING,
	.action.error_override = 11,
};

/* braces of the union elided: not mapped, rather than mapped wrong */
struct mmap_action elided = { 0, 0, 0, 0, MMAP_NOTHING, 0 };

/*
 * check-name: write-forms
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * write-forms.c:11:34: error: error_override = 1 is positive: every mmap() fails with -EINVAL; use '-EPERM' [errno-positive]
 * write-forms.c:12:29: error: error_override = 2 is positive: every mmap() fails with -EINVAL; use '-ENOENT' [errno-positive]
 * write-forms.c:13:29: error: error_override = 3 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * write-forms.c:14:29: error: error_override = 4 is positive: every mmap() fails with -EINVAL; use '-EINTR' [errno-positive]
 * write-forms.c:17:61: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * write-forms.c:18:62: error: error_override = 6 is positive: every mmap() fails with -EINVAL; use '-ENXIO' [errno-positive]
 * write-forms.c:19:53: error: error_override = 7 is positive: every mmap() fails with -EINVAL; use '-E2BIG' [errno-positive]
 * write-forms.c:20:52: error: error_override = 8 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * write-forms.c:21:65: error: error_override = 9 is positive: every mmap() fails with -EINVAL; use '-EBADF' [errno-positive]
 * write-forms.c:25:57: error: error_override = 10 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
 * write-forms.c:39:27: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * check-error-end
 */
