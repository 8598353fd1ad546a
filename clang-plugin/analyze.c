// SPDX-License-Identifier: GPL-2.0
/*
 * analyze.c - parse one translation unit with libclang and find every write
 * to struct mmap_action's error override and every use of the removed hooks
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"

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
static char *take(CXString s)
{
	const char *p = clang_getCString(s);
	char *r = xstrdup(p ? p : "");

	clang_disposeString(s);
	return r;
}

char *ef_spelling(CXCursor c)
{
	return take(clang_getCursorSpelling(c));
}

/* The file being analysed by this thread. */
static __thread CXFile main_file;

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
	name = take(clang_getFileName(f));
	if (!strncmp(name, "./", 2) && !clang_File_isEqual(f, main_file))
		memmove(name, name + 2, strlen(name + 2) + 1);
	return name;
}

/*
 * Where a cursor is reported: its expansion location, so that code from a
 * macro is reported where the macro is used.
 */
static void loc_of(CXSourceLocation sl, char **file, unsigned int *line,
		   unsigned int *col)
{
	CXFile f;

	clang_getExpansionLocation(sl, &f, line, col, NULL);
	*file = ef_file_name(f);
}

void ef_cursor_loc(CXCursor c, char **file, unsigned int *line,
		   unsigned int *col)
{
	loc_of(clang_getCursorLocation(c), file, line, col);
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
 * The member of struct mmap_action that a MemberRefExpr or a designator's
 * MemberRef names, or F_NONE.  The name is compared first, as it is cheap;
 * the struct is checked through the field's semantic parent.
 */
enum ef_field ef_member_field(CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);
	const char *name = clang_getCString(s);
	enum ef_field f = F_NONE;
	CXCursor decl, parent;
	int i;

	for (i = F_OVERRIDE; name && i <= F_SUCCESS_HOOK; i++)
		if (!strcmp(name, field_names[i]))
			f = i;
	clang_disposeString(s);
	if (f == F_NONE)
		return F_NONE;

	decl = clang_getCursorReferenced(c);
	if (clang_getCursorKind(decl) != CXCursor_FieldDecl)
		return F_NONE;
	parent = clang_getCursorSemanticParent(decl);
	s = clang_getCursorSpelling(parent);
	name = clang_getCString(s);
	if (!name || strcmp(name, "mmap_action"))
		f = F_NONE;
	clang_disposeString(s);
	return f;
}

/*
 * What a name that the headers do not (or no longer) allow is reported as:
 * the removed hooks, and error_filter against headers with error_override.
 */
static const struct {
	enum ef_check check;
	const char *msg;
} gone[] = {
	[F_ERROR_HOOK] = { EF_REMOVED_HOOK,
			   "'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it)" },
	[F_SUCCESS_HOOK] = { EF_REMOVED_HOOK,
			     "'success_hook' was removed in v7.2: move this work to vm_ops->mapped (cocci/mmap_success_hook.cocci)" },
	[F_FILTER] = { EF_RENAMED_FIELD,
		       "'error_filter' is called 'error_override' since v7.2: rename it (cocci/mmap_error_override.cocci)" },
};

/* Any use of error_hook or success_hook where the headers still have it. */
static void check_member_use(struct ef_ctx *ctx, enum ef_field f, CXCursor at)
{
	if ((f == F_ERROR_HOOK || f == F_SUCCESS_HOOK) &&
	    ef_enabled(ctx, gone[f].check))
		ef_report(ctx, gone[f].check, at, xstrdup(gone[f].msg));
}

static int is_value_field(enum ef_field f)
{
	return f == F_OVERRIDE || f == F_FILTER;
}

/*
 *	desc->action.error_override = v;
 *	desc->action.error_override += v;
 */
static void check_binary(struct ef_ctx *ctx, CXCursor op, int compound)
{
	struct ef_kids k;
	CXCursor lhs;
	enum ef_field f;

	ef_children(op, &k);
	if (k.nr != 2)
		return;
	lhs = ef_strip(k.v[0]);
	if (clang_getCursorKind(lhs) != CXCursor_MemberRefExpr)
		return;
	f = ef_member_field(lhs);
	if (!is_value_field(f))
		return;
	if (!compound) {
		ef_check_write(ctx, f, lhs, k.v[1]);
		return;
	}
	if (ef_enabled(ctx, EF_COMPOUND_ASSIGN)) {
		CXString s = clang_getBinaryOperatorKindSpelling(
			clang_getCursorBinaryOperatorKind(op));

		ef_report(
			ctx, EF_COMPOUND_ASSIGN, lhs,
			xasprintf(
				"compound assignment '%s' to %s: assign one negative errno instead",
				clang_getCString(s), ef_field_name(f)));
		clang_disposeString(s);
	}
}

/*
 *	desc->action.error_override++;
 */
static void check_unary(struct ef_ctx *ctx, CXCursor op)
{
	enum CXUnaryOperatorKind kind = clang_getCursorUnaryOperatorKind(op);
	struct ef_kids k;
	enum ef_field f;
	CXCursor arg;
	CXString s;

	if (kind != CXUnaryOperator_PostInc &&
	    kind != CXUnaryOperator_PostDec && kind != CXUnaryOperator_PreInc &&
	    kind != CXUnaryOperator_PreDec)
		return;
	ef_children(op, &k);
	if (k.nr != 1)
		return;
	arg = ef_strip(k.v[0]);
	if (clang_getCursorKind(arg) != CXCursor_MemberRefExpr)
		return;
	f = ef_member_field(arg);
	if (!is_value_field(f) || !ef_enabled(ctx, EF_COMPOUND_ASSIGN))
		return;
	s = clang_getUnaryOperatorKindSpelling(kind);
	ef_report(
		ctx, EF_COMPOUND_ASSIGN, arg,
		xasprintf(
			"compound assignment '%s' to %s: assign one negative errno instead",
			clang_getCString(s), ef_field_name(f)));
	clang_disposeString(s);
}

struct field_walk {
	CXCursor want;
	int index, found;
	CXCursor nth;
	int n;
};

static enum CXVisitorResult field_index(CXCursor c, CXClientData data)
{
	struct field_walk *w = data;

	if (w->n == w->index)
		w->nth = c;
	w->n++;
	return w->n > w->index ? CXVisit_Break : CXVisit_Continue;
}

static enum CXVisitorResult find_field(CXCursor c, CXClientData data)
{
	struct field_walk *w = data;

	if (clang_equalCursors(c, w->want)) {
		w->found = w->n;
		return CXVisit_Break;
	}
	w->n++;
	return CXVisit_Continue;
}

/* The index of the field a designator names in TYPE, or -2. */
static int field_pos(CXType type, CXCursor designator)
{
	struct field_walk w = { .found = -2 };

	w.want = clang_getCursorReferenced(designator);
	clang_Type_visitFields(type, find_field, &w);
	return w.found;
}

/* Is T struct mmap_action (through typedefs and qualifiers)? */
static int is_mmap_action(CXType t)
{
	CXCursor d = clang_getTypeDeclaration(clang_getCanonicalType(t));
	char *name;
	int r;

	if (clang_getCursorKind(d) != CXCursor_StructDecl)
		return 0;
	name = ef_spelling(d);
	r = !strcmp(name, "mmap_action");
	free(name);
	return r;
}

struct init_walk {
	struct ef_ctx *ctx;
	CXType type; /* struct mmap_action, for positional items */
	int positional, pos;
};

/* One item of an initializer list: designated, or the next field's. */
static enum CXChildVisitResult init_item(CXCursor item, CXCursor parent,
					 CXClientData data)
{
	struct init_walk *w = data;
	struct field_walk fw = { .index = w->pos };
	struct ef_kids k;
	enum ef_field f;
	CXCursor last;
	char *name;

	(void)parent;
	if (clang_getCursorKind(item) == CXCursor_UnexposedExpr) {
		ef_children(item, &k);
		if (k.nr >= 2 && k.nr <= EF_MAX_KIDS &&
		    clang_getCursorKind(k.v[0]) == CXCursor_MemberRef) {
			last = k.v[k.nr - 2];
			if (clang_getCursorKind(last) != CXCursor_MemberRef)
				return CXChildVisit_Continue;
			f = ef_member_field(last);
			if (is_value_field(f))
				ef_check_write(w->ctx, f, last, k.v[k.nr - 1]);
			else if (f != F_NONE)
				check_member_use(w->ctx, f, last);
			/* { .type = MMAP_NOTHING, v }: v is the next field */
			w->pos = w->positional && k.nr == 2 ?
					 field_pos(w->type, k.v[0]) + 1 :
					 -1;
			return CXChildVisit_Continue;
		}
	}
	if (!w->positional || w->pos < 0)
		return CXChildVisit_Continue;
	w->pos++;
	fw.nth = clang_getNullCursor();
	clang_Type_visitFields(w->type, field_index, &fw);
	if (clang_Cursor_isNull(fw.nth))
		return CXChildVisit_Continue;
	/* { 0, 0, 0, 0, MMAP_NOTHING, v }: braces elided, stop mapping */
	if (clang_getCanonicalType(clang_getCursorType(fw.nth)).kind ==
		    CXType_Record &&
	    clang_getCursorKind(item) != CXCursor_InitListExpr) {
		w->pos = -1;
		return CXChildVisit_Continue;
	}
	name = ef_spelling(fw.nth);
	if (!strcmp(name, "error_override"))
		ef_check_write(w->ctx, F_OVERRIDE, item, item);
	else if (!strcmp(name, "error_filter"))
		ef_check_write(w->ctx, F_FILTER, item, item);
	free(name);
	return CXChildVisit_Continue;
}

/*
 * Initializer lists:
 *	{ .error_override = v }, { .action.error_override = v },
 *	(struct mmap_action){ ... }, and positional { {}, MMAP_NOTHING, v }.
 * A designated initializer is an unexposed expression whose MemberRef
 * children are the designators and whose last child is the value.
 */
static void check_init_list(struct ef_ctx *ctx, CXCursor list)
{
	struct init_walk w = { .ctx = ctx };

	w.type = clang_getCanonicalType(clang_getCursorType(list));
	w.positional = is_mmap_action(w.type);
	clang_visitChildren(list, init_item, &w);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent,
				     CXClientData data)
{
	struct ef_ctx *ctx = data;
	enum ef_field f;

	(void)parent;
	switch (clang_getCursorKind(c)) {
	case CXCursor_FunctionDecl:
		if (clang_isCursorDefinition(c)) {
			CXCursor outer = ctx->fn;

			ctx->fn = c;
			clang_visitChildren(c, visit, ctx);
			ctx->fn = outer;
		}
		return CXChildVisit_Continue;
	case CXCursor_BinaryOperator:
		if (clang_getCursorBinaryOperatorKind(c) ==
		    CXBinaryOperator_Assign)
			check_binary(ctx, c, 0);
		break;
	case CXCursor_CompoundAssignOperator:
		check_binary(ctx, c, 1);
		break;
	case CXCursor_UnaryOperator:
		check_unary(ctx, c);
		break;
	case CXCursor_MemberRefExpr:
		f = ef_member_field(c);
		if (f == F_ERROR_HOOK || f == F_SUCCESS_HOOK)
			check_member_use(ctx, f, c);
		break;
	case CXCursor_InitListExpr:
		check_init_list(ctx, c);
		break;
	case CXCursor_StructDecl:
	case CXCursor_UnionDecl:
	case CXCursor_EnumDecl:
	case CXCursor_TypedefDecl:
		return CXChildVisit_Continue;
	default:
		break;
	}
	return CXChildVisit_Recurse;
}

/*
 * Code written for older or newer headers than the ones it is compiled
 * against does not compile; clang's error is then the only trace:
 *	no member named 'error_hook' in 'struct mmap_action'
 *	field designator 'error_hook' does not refer to any field in type
 *	'struct mmap_action'
 */
static int check_diagnostic(struct ef_ctx *ctx, CXDiagnostic d,
			    const char *text)
{
	static const char *const forms[] = {
		"no member named '%63[a-z_]' in 'struct mmap_action'",
		"field designator '%63[a-z_]' does not refer to any field in type 'struct mmap_action'",
	};
	char name[64], *file;
	unsigned int line, col, i;
	enum ef_field f;

	for (i = 0; i < ARRAY_SIZE(forms); i++)
		if (sscanf(text, forms[i], name) == 1 &&
		    strstr(text, "'struct mmap_action'"))
			break;
	if (i == ARRAY_SIZE(forms))
		return 0;
	for (f = F_FILTER; f <= F_SUCCESS_HOOK; f++)
		if (!strcmp(name, field_names[f]))
			break;
	if (f > F_SUCCESS_HOOK)
		return 0;
	if (ef_enabled(ctx, gone[f].check)) {
		loc_of(clang_getDiagnosticLocation(d), &file, &line, &col);
		ef_add(ctx->res, gone[f].check, file, line, col,
		       xstrdup(gone[f].msg));
		free(file);
	}
	return 1;
}

static void check_diagnostics(struct ef_ctx *ctx)
{
	unsigned int i, n = clang_getNumDiagnostics(ctx->tu);

	for (i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(ctx->tu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		char *text, *file;
		unsigned int line, col;

		if (sev < CXDiagnostic_Error) {
			clang_disposeDiagnostic(d);
			continue;
		}
		text = take(clang_getDiagnosticSpelling(d));
		if (!check_diagnostic(ctx, d, text)) {
			ctx->res->nr_parse_errors++;
			if (!ctx->res->parse_error) {
				loc_of(clang_getDiagnosticLocation(d), &file,
				       &line, &col);
				ctx->res->parse_error = xasprintf(
					"%s:%u:%u: %s", file, line, col, text);
				free(file);
			}
		}
		free(text);
		clang_disposeDiagnostic(d);
	}
}

/*
 * Driver errors such as "unknown argument: '-fbogus'" carry no location.
 * Collect the flags they name, so that the parse can be retried without.
 */
static int unknown_flags(CXTranslationUnit tu, struct ef_result *res)
{
	unsigned int i, n = clang_getNumDiagnostics(tu);
	int found = 0;

	for (i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		char *text = take(clang_getDiagnosticSpelling(d));
		char flag[512];

		if (sscanf(text, "unknown argument: '%511[^']'", flag) == 1 ||
		    sscanf(text, "unknown argument '%511[^']'", flag) == 1) {
			res->unknown_flags = xrealloc(
				res->unknown_flags,
				(res->nr_unknown_flags + 1) * sizeof(char *));
			res->unknown_flags[res->nr_unknown_flags++] =
				xstrdup(flag);
			found = 1;
		}
		free(text);
		clang_disposeDiagnostic(d);
	}
	return found;
}

static CXTranslationUnit parse(CXIndex index, const char *file,
			       const char *const *args, int nr_args,
			       struct CXUnsavedFile *unsaved,
			       struct ef_result *res)
{
	const unsigned int opts =
		CXTranslationUnit_KeepGoing |
		CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
	CXTranslationUnit tu = NULL;
	enum CXErrorCode err;
	const char **kept;
	int i, j, n;
	size_t u;

	err = clang_parseTranslationUnit2(index, file, args, nr_args, unsaved,
					  !!unsaved, opts, &tu);
	if (err == CXError_Success && !unknown_flags(tu, res))
		return tu;
	if (err == CXError_Success)
		clang_disposeTranslationUnit(tu);
	tu = NULL;
	if (!res->nr_unknown_flags)
		return NULL;

	kept = xcalloc(nr_args, sizeof(*kept));
	for (i = n = 0; i < nr_args; i++) {
		for (u = 0; u < res->nr_unknown_flags; u++)
			if (!strcmp(args[i], res->unknown_flags[u]))
				break;
		if (u == res->nr_unknown_flags)
			kept[n++] = args[i];
	}
	j = clang_parseTranslationUnit2(index, file, kept, n, unsaved,
					!!unsaved, opts, &tu);
	free(kept);
	return j == CXError_Success ? tu : NULL;
}

/*
 * Analyse FILE, or CONTENTS (LEN bytes) as if it were FILE's text when
 * CONTENTS is not NULL: the fuzzer's way in.
 */
void ef_analyze_text(const char *file, const char *contents, unsigned long len,
		     const char *const *args, int nr_args, unsigned int enabled,
		     struct ef_result *res)
{
	struct CXUnsavedFile unsaved = { file, contents, len };
	CXIndex index = clang_createIndex(0, 0);
	struct ef_ctx ctx = { .res = res, .enabled = enabled };

	ctx.fn = clang_getNullCursor();
	ctx.tu = parse(index, file, args, nr_args, contents ? &unsaved : NULL,
		       res);
	if (!ctx.tu) {
		res->fatal =
			xasprintf("%s: clang could not build an AST", file);
		goto out_dispose_index;
	}
	main_file = clang_getFile(ctx.tu, file);
	check_diagnostics(&ctx);
	ef_errno_load(&ctx);
	clang_visitChildren(clang_getTranslationUnitCursor(ctx.tu), visit,
			    &ctx);
	ef_errno_free(&ctx);
	clang_disposeTranslationUnit(ctx.tu);
out_dispose_index:
	clang_disposeIndex(index);
}

void ef_analyze(const char *file, const char *const *args, int nr_args,
		unsigned int enabled, struct ef_result *res)
{
	ef_analyze_text(file, NULL, 0, args, nr_args, enabled, res);
}
