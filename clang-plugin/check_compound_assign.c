// SPDX-License-Identifier: GPL-2.0
/*
 * check_compound_assign.c - +=, |=, ++ ... on the field combine errnos
 * into nonsense: assign one errno instead
 */
#include "check.h"

void check_compound_assign(struct ef_ctx *ctx, const struct ef_event *ev)
{
	if (ev->kind != EF_EV_COMPOUND)
		return;
	ef_report(
		ctx, EF_COMPOUND_ASSIGN, ev->at,
		xasprintf(
			"compound assignment '%s' to %s: assign one negative errno instead",
			ev->op, ef_field_name(ev->field)));
}
