// SPDX-License-Identifier: GPL-2.0
/*
 * cursor.c - libclang cursor helpers shared by every layer: names, places,
 * children, the members of struct mmap_action, and findings at a cursor
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"

static const char *const field_names[] = {
	[F_OVERRIDE] = "error_override",
	[F_FILTER] = "error_filter",
	[F_ERROR_HOOK] = "error_hook",
	[F_SUCCESS_HOOK] = "success_hook",
};

const char *ef_field_name(enum ef_field f)
{
	return field_names[f];
}

int ef_enabled(const struct ef_ctx *ctx, enum ef_check check)
{
	return !!(ctx->enabled & (1u << check));
}

/* Take a CXString over as a malloc()ed C string. */
char *ef_take(CXString s)
{
	const char *p = clang_getCString(s);
	char *r = xstrdup(p ? p : "");

	clang_disposeString(s);
	return r;
}

char *ef_spelling(CXCursor c)
{
	return ef_take(clang_getCursorSpelling(c));
}

/* The file being analysed by this thread. */
static __thread CXFile main_file;

static void field_cache_clear(void);

void ef_set_main_file(CXFile f)
{
	main_file = f;
	field_cache_clear();
}

/*
 * A file's name as findings give it: clang names a header next to a main
 * file given as "x.c" "./x.h"; the main file keeps the name it was given
 * ("./-x.c").
 */
char *ef_file_name(CXFile f)
{
	char *name;

	if (!f)
		return xstrdup("<unknown>");
	name = ef_take(clang_getFileName(f));
	if (!strncmp(name, "./", 2) && !clang_File_isEqual(f, main_file))
		memmove(name, name + 2, strlen(name + 2) + 1);
	return name;
}

/*
 * Where a cursor is reported: its expansion location, so that code from a
 * macro is reported where the macro is used.
 */
void ef_loc(CXSourceLocation sl, char **file, unsigned int *line,
	    unsigned int *col)
{
	CXFile f;

	clang_getExpansionLocation(sl, &f, line, col, NULL);
	*file = ef_file_name(f);
}

void ef_cursor_loc(CXCursor c, char **file, unsigned int *line,
		   unsigned int *col)
{
	ef_loc(clang_getCursorLocation(c), file, line, col);
}

struct ef_finding *ef_report(struct ef_ctx *ctx, enum ef_check check,
			     CXCursor at, char *msg)
{
	struct ef_finding *f;
	unsigned int line, col;
	char *file;

	ef_cursor_loc(at, &file, &line, &col);
	f = ef_add(ctx->res, check, file, line, col, msg);
	free(file);
	return f;
}

void ef_note(struct ef_finding *f, CXCursor at, char *msg)
{
	unsigned int line, col;
	char *file;

	ef_cursor_loc(at, &file, &line, &col);
	ef_add_note(f, file, line, col, msg);
	free(file);
}

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent,
				       CXClientData data)
{
	struct ef_kids *k = data;

	(void)parent;
	if (k->nr < EF_MAX_KIDS)
		k->v[k->nr] = c;
	k->nr++;
	return CXChildVisit_Continue;
}

/* The direct children of C; k->nr may exceed EF_MAX_KIDS (not all kept). */
void ef_children(CXCursor c, struct ef_kids *k)
{
	k->nr = 0;
	clang_visitChildren(c, collect, k);
}

/* Look through parentheses and implicit conversions. */
CXCursor ef_strip(CXCursor c)
{
	struct ef_kids k;

	for (;;) {
		enum CXCursorKind kind = clang_getCursorKind(c);

		if (kind != CXCursor_ParenExpr &&
		    kind != CXCursor_UnexposedExpr)
			return c;
		ef_children(c, &k);
		if (k.nr != 1 ||
		    !clang_isExpression(clang_getCursorKind(k.v[0])))
			return c;
		c = k.v[0];
	}
}

/*
 * Is DECL the kernel's struct mmap_action: the one declared at file scope,
 * which in a kernel unit is include/linux/mm_types.h's (C allows only one
 * per unit).  A struct of that name declared in a block is another type.
 */
int ef_is_mmap_action(CXCursor decl)
{
	CXString s;
	const char *name;
	int r;

	if (clang_getCursorKind(decl) != CXCursor_StructDecl ||
	    clang_getCursorKind(clang_getCursorSemanticParent(decl)) !=
		    CXCursor_TranslationUnit)
		return 0;
	s = clang_getCursorSpelling(decl);
	name = clang_getCString(s);
	r = name && !strcmp(name, "mmap_action");
	clang_disposeString(s);
	return r;
}

/*
 * What the last few FieldDecls were found to be: a translation unit's
 * walk meets the same members again and again.  Emptied for each unit.
 */
#define FIELD_CACHE 8
static __thread struct {
	const void *decl;
	enum ef_field f;
} field_cache[FIELD_CACHE];
static __thread unsigned int field_cache_next;

static enum ef_field field_of_decl(CXCursor decl)
{
	CXString s = clang_getCursorSpelling(decl);
	const char *name = clang_getCString(s);
	enum ef_field f = F_NONE;
	int i;

	for (i = F_OVERRIDE; name && i <= F_SUCCESS_HOOK; i++)
		if (!strcmp(name, field_names[i]))
			f = i;
	clang_disposeString(s);
	if (f != F_NONE &&
	    !ef_is_mmap_action(clang_getCursorSemanticParent(decl)))
		f = F_NONE;
	return f;
}

static void field_cache_clear(void)
{
	memset(field_cache, 0, sizeof(field_cache));
}

enum ef_field ef_member_field(CXCursor c)
{
	CXCursor decl = clang_getCursorReferenced(c);
	enum ef_field f;
	unsigned int i;

	if (clang_getCursorKind(decl) != CXCursor_FieldDecl)
		return F_NONE;
	for (i = 0; i < FIELD_CACHE; i++)
		if (field_cache[i].decl == decl.data[0])
			return field_cache[i].f;
	f = field_of_decl(decl);
	i = field_cache_next++ % FIELD_CACHE;
	field_cache[i].decl = decl.data[0];
	field_cache[i].f = f;
	return f;
}
