// SPDX-License-Identifier: GPL-2.0
/*
 * In-source acceptance: a comment naming the check, on the finding's line
 * or the line above, hides the finding; efcheck counts what it honoured
 * and warns about an acceptance that matches nothing (a wrong name here).
 */
#include <linux/mm_types.h>

#define FOO_LENIENT 0

static int foo_mmap_prepare(struct vm_area_desc *desc)
{
	/* the mapping is retried by user space: 0 is on purpose */
	desc->action.error_override = FOO_LENIENT; /* efcheck-accept: errno-zero */
	/* efcheck-accept: errno-literal, errno-unnamed */
	desc->action.error_override = -11;
	desc->action.error_override = EAGAIN; // efcheck-accept: errno-zero
	return 0;
}

/*
 * check-name: accept
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * accept.c:17:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * accept.c:17:43: warning: this efcheck-accept matches no finding
 * efcheck: 2 findings accepted in the source (efcheck-accept)
 * check-error-end
 */
