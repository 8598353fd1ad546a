/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cursor.h - the bottom layer of efcheck-clang.so: the analysis context,
 * cursor helpers, findings at a cursor, and the unit's errno table
 *
 * Layers, each with its own header and no include going upwards:
 *	cursor.h (cursor.c, errno.c)  <  value.h (value.c)
 *	<  check.h (check_*.c)  <  analyze.c, the walker
 */
#ifndef EFCHECK_CURSOR_H
#define EFCHECK_CURSOR_H

#include <clang-c/Index.h>

#include "efcheck.h"

/* Which member of struct mmap_action a cursor names. */
enum ef_field { F_NONE, F_OVERRIDE, F_FILTER, F_ERROR_HOOK, F_SUCCESS_HOOK };

#define EF_MAX_ERRNO 4095 /* the kernel's MAX_ERRNO */

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
	const struct ef_errno **errno_by_value; /* 0..EF_MAX_ERRNO */
	CXCursor fn; /* function definition being walked, or null */
	struct ef_write *writes; /* writes of the function being walked */
	size_t nr_writes, alloc_writes;
	CXCursor *consumed; /* &field operands that a write dereferences */
	size_t nr_consumed, alloc_consumed;
};

/* cursor.c */
#define EF_MAX_KIDS 8
struct ef_kids {
	CXCursor v[EF_MAX_KIDS];
	size_t nr;
};
void ef_children(CXCursor c, struct ef_kids *k);
int ef_visit_children(CXCursor c, CXCursorVisitor fn, CXClientData data);
int ef_tree_kids(CXCursor c, const CXCursor **v, unsigned int *n);
void ef_tree_build(CXCursor fn);
void ef_tree_free(void);

/* An open-addressing map from a pointer to an int (>= 0). */
struct ef_map {
	const void **key;
	int *val;
	size_t size, nr;
};
int ef_map_get(const struct ef_map *m, const void *key);
void ef_map_put(struct ef_map *m, const void *key, int v);
void ef_map_free(struct ef_map *m);
const void *ef_cursor_key(CXCursor c);
int ef_enabled(const struct ef_ctx *ctx, enum ef_check check);
void ef_loc(CXSourceLocation sl, char **file, unsigned int *line,
	    unsigned int *col);
char *ef_take(CXString s);
void ef_cursor_loc(CXCursor c, char **file, unsigned int *line,
		   unsigned int *col);
struct ef_finding *ef_report(struct ef_ctx *ctx, enum ef_check check,
			     CXCursor at, char *msg);
void ef_note(struct ef_finding *f, CXCursor at, char *msg);
char *ef_spelling(CXCursor c);
char *ef_file_name(CXFile f);
int ef_is_mmap_action(CXCursor decl);
void ef_set_main_file(CXFile f);
CXCursor ef_strip(CXCursor c);
enum ef_field ef_member_field(CXCursor c);
const char *ef_field_name(enum ef_field f);

/* errno.c */
void ef_errno_load(struct ef_ctx *ctx);
void ef_errno_free(struct ef_ctx *ctx);
const char *ef_errno_name(const struct ef_ctx *ctx, long long value);

#endif /* EFCHECK_CURSOR_H */
