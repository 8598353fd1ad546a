/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check.h - the top layer below the walker: what the walker hands every
 * check, and the checks themselves, one function each (check_list.h)
 */
#ifndef EFCHECK_CHECK_H
#define EFCHECK_CHECK_H

#include "value.h"

enum ef_event_kind {
	EF_EV_VALUE, /* one value that a write may store */
	EF_EV_COMPOUND, /* +=, |=, ++ ... on the field */
	EF_EV_MEMBER, /* a use of error_hook or success_hook */
	EF_EV_MISSING, /* clang: no such member in struct mmap_action */
	EF_EV_ADDRESS, /* the field's address taken, not written through */
};

struct ef_event {
	enum ef_event_kind kind;
	enum ef_field field;
	CXCursor at; /* the member, designator or operator */
	const struct ef_value *v; /* EF_EV_VALUE */
	int only; /* EF_EV_VALUE: the write's only value */
	int after_override; /* EF_EV_VALUE: may overwrite a non-zero value */
	const char *op; /* EF_EV_COMPOUND: the operator */
	CXSourceLocation loc; /* EF_EV_MISSING: where clang said so */
};

typedef void ef_check_fn(struct ef_ctx *ctx, const struct ef_event *ev);

/* check_errno_positive, ..., then a name that ends the list */
extern ef_check_fn
#define CHECK(id, name, sev, on, fn, doc) fn,
#include "check_list.h"
#undef CHECK
	ef_check_list_end;

#endif /* EFCHECK_CHECK_H */
