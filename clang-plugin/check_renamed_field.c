// SPDX-License-Identifier: GPL-2.0
/*
 * check_renamed_field.c - error_filter, the name of the v1/v2 postings,
 * against headers that call the field error_override: clang's "no member
 * named 'error_filter'" is the only trace
 */
#include <stdlib.h>

#include "check.h"

void check_renamed_field(struct ef_ctx *ctx, const struct ef_event *ev)
{
	char *file;
	unsigned int line, col;

	if (ev->kind != EF_EV_MISSING || ev->field != F_FILTER)
		return;
	ef_loc(ev->loc, &file, &line, &col);
	ef_add(ctx->res, EF_RENAMED_FIELD, file, line, col,
	       xstrdup("'error_filter' is called 'error_override' since v7.2: rename it (cocci/mmap_error_override.cocci)"));
	free(file);
}
