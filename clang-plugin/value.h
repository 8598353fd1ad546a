/* SPDX-License-Identifier: GPL-2.0 */
/*
 * value.h - the middle layer: the values that each write to the field can
 * store, worked out along the control flow of the function that writes
 */
#ifndef EFCHECK_VALUE_H
#define EFCHECK_VALUE_H

#include "cursor.h"

/*
 * One value that may be written to the field, with the expression that
 * produced it and, for values found through a variable or a parameter,
 * where they came from.
 */
struct ef_value {
	long long value;
	int known; /* value is a constant */
	int wide; /* the constant does not fit in int */
	int derived; /* computed from another value (-x, x + 1) */
	CXCursor expr; /* the expression that produced it */
	CXCursor via; /* assignment or call that carried it, or null */
	int via_call; /* via is a call site passing a parameter */
};

struct ef_values {
	struct ef_value *v;
	size_t nr, alloc;
	/* an earlier write of a non-zero value to the field may reach it */
	int after_override;
};

/* A write of VALUE to FIELD, at the member or designator AT. */
struct ef_write {
	enum ef_field field;
	CXCursor at, value;
};

/*
 * The values of the N writes W, which all lie in function FN (a null
 * cursor for initializers outside functions): OUT[i] for W[i].
 */
void ef_values_of(struct ef_ctx *ctx, CXCursor fn, const struct ef_write *w,
		  size_t n, struct ef_values *out);
int ef_is_literal(struct ef_ctx *ctx, CXCursor e);

#endif /* EFCHECK_VALUE_H */
