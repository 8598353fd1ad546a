/* SPDX-License-Identifier: GPL-2.0 */
/*
 * analyze.h - internals of efcheck-clang.so, the libclang half of efcheck
 */
#ifndef EFCHECK_ANALYZE_H
#define EFCHECK_ANALYZE_H

#include <clang-c/Index.h>

#include "efcheck.h"

/* Which member of struct mmap_action a cursor names. */
enum ef_field { F_NONE, F_OVERRIDE, F_FILTER, F_ERROR_HOOK, F_SUCCESS_HOOK };

struct ef_errno {
	char *name;
	long long value;
	int alias; /* defined as another E* name, e.g. EWOULDBLOCK */
};

struct ef_ctx {
	CXTranslationUnit tu;
	struct ef_result *res;
	unsigned int enabled;
	struct ef_errno *errnos;
	size_t nr_errnos;
	CXCursor fn; /* function definition being walked, or null */
};

/*
 * One value that may be written to the field, with the expression that
 * produced it and, for values found through a variable or a parameter,
 * where they came from.
 */
struct ef_value {
	long long value;
	int known; /* value is a constant */
	int wide; /* the constant does not fit in int */
	int literal; /* spelled without any identifier, e.g. -11 */
	CXCursor expr; /* the expression that produced it */
	CXCursor via; /* assignment or call that carried it, or null */
	int via_call; /* via is a call site passing a parameter */
};

struct ef_values {
	struct ef_value *v;
	size_t nr, alloc;
};

/* analyze.c */
#define EF_MAX_KIDS 8
struct ef_kids {
	CXCursor v[EF_MAX_KIDS];
	size_t nr;
};
void ef_children(CXCursor c, struct ef_kids *k);
int ef_enabled(const struct ef_ctx *ctx, enum ef_check check);
void ef_cursor_loc(CXCursor c, char **file, unsigned int *line,
		   unsigned int *col);
struct ef_finding *ef_report(struct ef_ctx *ctx, enum ef_check check,
			     CXCursor at, char *msg);
void ef_note(struct ef_finding *f, CXCursor at, char *msg);
char *ef_spelling(CXCursor c);
char *ef_file_name(CXFile f);
CXCursor ef_strip(CXCursor c);
enum ef_field ef_member_field(CXCursor c);
const char *ef_field_name(enum ef_field f);

/* value.c */
void ef_resolve(struct ef_ctx *ctx, CXCursor expr, struct ef_values *out);

/* errno.c */
void ef_errno_load(struct ef_ctx *ctx);
void ef_errno_free(struct ef_ctx *ctx);
const char *ef_errno_name(const struct ef_ctx *ctx, long long value);

/* check_value.c */
void ef_check_write(struct ef_ctx *ctx, enum ef_field field, CXCursor at,
		    CXCursor value);

#endif /* EFCHECK_ANALYZE_H */
