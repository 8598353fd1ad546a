// SPDX-License-Identifier: GPL-2.0
/*
 * check_removed_hook.c - error_hook and success_hook (v6.19 - v7.1): any
 * use where the headers still have them, and clang's "no member named"
 * where they do not
 */
#include <stdlib.h>

#include "check.h"

static const char *const advice[] = {
	[F_ERROR_HOOK] =
		"'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it)",
	[F_SUCCESS_HOOK] =
		"'success_hook' was removed in v7.2: move this work to vm_ops->mapped (cocci/mmap_success_hook.cocci)",
};

void check_removed_hook(struct ef_ctx *ctx, const struct ef_event *ev)
{
	char *file;
	unsigned int line, col;

	if (ev->field != F_ERROR_HOOK && ev->field != F_SUCCESS_HOOK)
		return;
	if (ev->kind == EF_EV_MEMBER) {
		ef_report(ctx, EF_REMOVED_HOOK, ev->at,
			  xstrdup(advice[ev->field]));
	} else if (ev->kind == EF_EV_MISSING) {
		ef_loc(ev->loc, &file, &line, &col);
		ef_add(ctx->res, EF_REMOVED_HOOK, file, line, col,
		       xstrdup(advice[ev->field]));
		free(file);
	}
}
