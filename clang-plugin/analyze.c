// SPDX-License-Identifier: GPL-2.0
/*
 * analyze.c - parse one translation unit with libclang and find every write
 * to struct mmap_action's error override and every use of the removed hooks
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

/*
 * Every check, from check_list.h, in the order of enum ef_check: the
 * walker hands each event to all that are enabled.
 */
static ef_check_fn *const checks[EF_NR_CHECKS] = {
#define CHECK(id, name, sev, on, fn, doc) fn,
#include "check_list.h"
#undef CHECK
};

/*
 * A write in a macro's text is reported where the macro is used; a note
 * names the line of the macro that writes the field, so that a patch
 * changing only the macro owns the finding (efcheck --lines) and a
 * reader sees where to change it.  Not for a macro argument (its text
 * is at the use), nor for the kernel's own macros (WRITE_ONCE() and the
 * like, in an include/ directory), whose text is no driver's to change.
 */
static void macro_note(struct ef_finding *f, const struct ef_event *ev)
{
	CXSourceLocation sl = clang_getCursorLocation(ev->at);
	unsigned int line, col, off, xoff, foff;
	CXFile file, xfile, ffile;
	size_t i;
	char *name;

	if (clang_Location_isInSystemHeader(sl))
		return;
	clang_getSpellingLocation(sl, &file, &line, &col, &off);
	clang_getExpansionLocation(sl, &xfile, NULL, NULL, &xoff);
	clang_getFileLocation(sl, &ffile, NULL, NULL, &foff);
	/*
	 * a token of a macro's text: spelled apart from its use, which is
	 * where the file location of anything but an argument lies
	 */
	if (!file || !xfile || !ffile || !clang_File_isEqual(ffile, xfile) ||
	    foff != xoff || (clang_File_isEqual(file, xfile) && off == xoff))
		return;
	name = ef_file_name(file);
	for (i = 0; i < f->nr_notes; i++)
		if (f->notes[i].loc.line == line &&
		    !strcmp(f->notes[i].loc.file, name))
			break;
	if (i == f->nr_notes && strncmp(name, "include/", 8) &&
	    !strstr(name, "/include/"))
		ef_add_note(f, name, line, col,
			    xstrdup("the macro writes the field here"));
	free(name);
}

static void dispatch(struct ef_ctx *ctx, const struct ef_event *ev)
{
	size_t nr = ctx->res->nr;
	int i;

	for (i = 0; i < EF_NR_CHECKS; i++)
		if (ef_enabled(ctx, i))
			checks[i](ctx, ev);
	for (; nr < ctx->res->nr; nr++)
		macro_note(&ctx->res->v[nr], ev);
}

static int is_value_field(enum ef_field f)
{
	return f == F_OVERRIDE || f == F_FILTER;
}

static void event(struct ef_ctx *ctx, enum ef_event_kind kind, enum ef_field f,
		  CXCursor at)
{
	struct ef_event ev = { .kind = kind, .field = f, .at = at };

	dispatch(ctx, &ev);
}

/*
 * Judge the writes queued from index FROM on, which all lie in FN (or
 * outside any function when FN is null): one value pass for them all.
 */
static void judge_writes(struct ef_ctx *ctx, CXCursor fn, size_t from)
{
	size_t i, j, n = ctx->nr_writes - from;
	struct ef_values *vals;

	if (!n)
		return;
	vals = xcalloc(n, sizeof(*vals));
	ef_values_of(ctx, fn, ctx->writes + from, n, vals);
	for (i = 0; i < n; i++) {
		const struct ef_write *w = &ctx->writes[from + i];

		for (j = 0; j < vals[i].nr; j++) {
			struct ef_event ev = {
				.kind = EF_EV_VALUE,
				.field = w->field,
				.at = w->at,
				.v = &vals[i].v[j],
				.only = vals[i].nr == 1,
				.after_override = vals[i].after_override,
			};

			dispatch(ctx, &ev);
		}
		free(vals[i].v);
	}
	free(vals);
	ctx->nr_writes = from;
}

/* A write of VALUE to F at AT; judged when its function has been walked. */
static void add_write(struct ef_ctx *ctx, enum ef_field f, CXCursor at,
		      CXCursor value)
{
	if (ctx->nr_writes == ctx->alloc_writes) {
		ctx->alloc_writes = ctx->alloc_writes ? 2 * ctx->alloc_writes :
							16;
		ctx->writes = xrealloc(
			ctx->writes, ctx->alloc_writes * sizeof(*ctx->writes));
	}
	ctx->writes[ctx->nr_writes].field = f;
	ctx->writes[ctx->nr_writes].at = at;
	ctx->writes[ctx->nr_writes++].value = value;
	if (clang_Cursor_isNull(ctx->fn))
		judge_writes(ctx, ctx->fn, ctx->nr_writes - 1);
}

static void consume(struct ef_ctx *ctx, CXCursor addr)
{
	if (ctx->nr_consumed == ctx->alloc_consumed) {
		ctx->alloc_consumed =
			ctx->alloc_consumed ? 2 * ctx->alloc_consumed : 8;
		ctx->consumed =
			xrealloc(ctx->consumed,
				 ctx->alloc_consumed * sizeof(*ctx->consumed));
	}
	ctx->consumed[ctx->nr_consumed++] = addr;
}

static int consumed(struct ef_ctx *ctx, CXCursor addr)
{
	size_t i;

	/* data[1] is the expression, whichever parent reached it */
	for (i = 0; i < ctx->nr_consumed; i++)
		if (ctx->consumed[i].data[1] == addr.data[1])
			return 1;
	return 0;
}

static CXCursor only_kid(CXCursor c)
{
	struct ef_kids k;

	ef_children(c, &k);
	return k.nr >= 1 && k.nr <= EF_MAX_KIDS ? ef_strip(k.v[k.nr - 1]) :
						  clang_getNullCursor();
}

/*
 * The lvalue written, seen through *&x and casts:
 *	*(volatile typeof(x) *)&(x) = val;	WRITE_ONCE(x, val)
 *	WRITE_ONCE(*p, v) with p = &x		smp_store_release(&x, v)
 * The &x passed through are no escape of the field's address.
 */
static CXCursor written(struct ef_ctx *ctx, CXCursor lhs)
{
	CXCursor c = ef_strip(lhs), k;
	int derefs = 0;

	for (;;) {
		if (clang_getCursorKind(c) == CXCursor_CStyleCastExpr) {
			c = only_kid(c);
			continue;
		}
		if (clang_getCursorKind(c) != CXCursor_UnaryOperator)
			return c;
		if (clang_getCursorUnaryOperatorKind(c) ==
		    CXUnaryOperator_Deref) {
			derefs++;
			c = only_kid(c);
			continue;
		}
		if (clang_getCursorUnaryOperatorKind(c) !=
			    CXUnaryOperator_AddrOf ||
		    !derefs)
			return c;
		derefs--;
		k = only_kid(c);
		consume(ctx, c);
		c = k;
	}
}

/*
 *	desc->action.error_override = v;
 *	WRITE_ONCE(desc->action.error_override, v);
 *	desc->action.error_override += v;
 */
static void check_binary(struct ef_ctx *ctx, CXCursor op, int compound)
{
	struct ef_event ev = { .kind = EF_EV_COMPOUND };
	struct ef_kids k;
	CXCursor lhs;
	enum ef_field f;
	CXString s;

	ef_children(op, &k);
	if (k.nr != 2)
		return;
	lhs = written(ctx, k.v[0]);
	if (clang_getCursorKind(lhs) != CXCursor_MemberRefExpr)
		return;
	f = ef_member_field(lhs);
	if (!is_value_field(f))
		return;
	if (!compound) {
		add_write(ctx, f, lhs, k.v[1]);
		return;
	}
	s = clang_getBinaryOperatorKindSpelling(
		clang_getCursorBinaryOperatorKind(op));
	ev.field = f;
	ev.at = lhs;
	ev.op = clang_getCString(s);
	dispatch(ctx, &ev);
	clang_disposeString(s);
}

/*
 *	desc->action.error_override++;
 *	p = &desc->action.error_override;
 */
static void check_unary(struct ef_ctx *ctx, CXCursor op)
{
	enum CXUnaryOperatorKind kind = clang_getCursorUnaryOperatorKind(op);
	struct ef_event ev = { .kind = EF_EV_COMPOUND };
	struct ef_kids k;
	CXCursor arg;
	CXString s;

	if (kind != CXUnaryOperator_PostInc &&
	    kind != CXUnaryOperator_PostDec && kind != CXUnaryOperator_PreInc &&
	    kind != CXUnaryOperator_PreDec && kind != CXUnaryOperator_AddrOf)
		return;
	ef_children(op, &k);
	if (k.nr != 1)
		return;
	arg = ef_strip(k.v[0]);
	if (clang_getCursorKind(arg) != CXCursor_MemberRefExpr)
		return;
	ev.field = ef_member_field(arg);
	if (!is_value_field(ev.field))
		return;
	if (kind == CXUnaryOperator_AddrOf) {
		if (!consumed(ctx, op))
			event(ctx, EF_EV_ADDRESS, ev.field, op);
		return;
	}
	s = clang_getUnaryOperatorKindSpelling(kind);
	ev.at = arg;
	ev.op = clang_getCString(s);
	dispatch(ctx, &ev);
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
	return ef_is_mmap_action(
		clang_getTypeDeclaration(clang_getCanonicalType(t)));
}

/* A designated item's write, kept until a later item names the same. */
struct init_write {
	char *path; /* the designators, e.g. ".action.error_override" */
	enum ef_field field;
	CXCursor at, value;
};

struct init_walk {
	struct ef_ctx *ctx;
	CXType type; /* struct mmap_action, for positional items */
	int positional, pos;
	struct init_write *w;
	size_t nr;
};

/* The designators of an item, spelt: .action.error_override, [1].x */
static char *designators(CXCursor *d, size_t n)
{
	char *path = xstrdup(""), *name, *p;
	long long idx;
	CXEvalResult r;
	size_t i;

	for (i = 0; i < n; i++) {
		if (clang_getCursorKind(d[i]) == CXCursor_MemberRef) {
			name = ef_spelling(d[i]);
			p = xasprintf("%s.%s", path, name);
			free(name);
		} else {
			r = clang_Cursor_Evaluate(d[i]);
			idx = r && clang_EvalResult_getKind(r) == CXEval_Int ?
				      clang_EvalResult_getAsLongLong(r) :
				      -1;
			if (r)
				clang_EvalResult_dispose(r);
			p = xasprintf("%s[%lld]", path, idx);
		}
		free(path);
		path = p;
	}
	return path;
}

static void init_write(struct init_walk *w, char *path, enum ef_field f,
		       CXCursor at, CXCursor value)
{
	size_t i;

	/* { .error_override = A, .error_override = B } stores B */
	for (i = 0; i < w->nr; i++)
		if (!strcmp(w->w[i].path, path)) {
			free(w->w[i].path);
			memmove(&w->w[i], &w->w[i + 1],
				(w->nr - i - 1) * sizeof(*w->w));
			w->nr--;
			break;
		}
	w->w = xrealloc(w->w, (w->nr + 1) * sizeof(*w->w));
	w->w[w->nr].path = path;
	w->w[w->nr].field = f;
	w->w[w->nr].at = at;
	w->w[w->nr++].value = value;
}

/*
 * A designated item is an unexposed expression whose children are the
 * designators (MemberRef for .x, the index expression for [i]) and, last,
 * the value.
 */
static int designated(CXCursor item, CXCursor *v, unsigned int *n)
{
	struct ef_kids k;
	size_t i;

	if (clang_getCursorKind(item) != CXCursor_UnexposedExpr)
		return 0;
	ef_children(item, &k);
	if (k.nr < 2 || k.nr > EF_MAX_KIDS ||
	    clang_getCursorKind(k.v[k.nr - 2]) != CXCursor_MemberRef)
		return 0;
	for (i = 0; i < k.nr; i++)
		v[i] = k.v[i];
	*n = k.nr;
	return 1;
}

/* One item of an initializer list: designated, or the next field's. */
static enum CXChildVisitResult init_item(CXCursor item, CXCursor parent,
					 CXClientData data)
{
	struct init_walk *w = data;
	struct field_walk fw = { .index = w->pos };
	CXCursor d[EF_MAX_KIDS], last;
	unsigned int n;
	enum ef_field f;
	char *name;

	(void)parent;
	if (designated(item, d, &n)) {
		last = d[n - 2];
		f = ef_member_field(last);
		if (is_value_field(f))
			init_write(w, designators(d, n - 1), f, last, d[n - 1]);
		else if (f != F_NONE)
			event(w->ctx, EF_EV_MEMBER, f, last);
		/* { .type = MMAP_NOTHING, v }: v is the next field */
		w->pos = w->positional && n == 2 &&
					 clang_getCursorKind(d[0]) ==
						 CXCursor_MemberRef ?
				 field_pos(w->type, d[0]) + 1 :
				 -1;
		return CXChildVisit_Continue;
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
		init_write(w, xasprintf("#%d", w->pos), F_OVERRIDE, item, item);
	else if (!strcmp(name, "error_filter"))
		init_write(w, xasprintf("#%d", w->pos), F_FILTER, item, item);
	free(name);
	return CXChildVisit_Continue;
}

/*
 * Initializer lists:
 *	{ .error_override = v }, { .action.error_override = v },
 *	{ [1].error_override = v }, (struct mmap_action){ ... }, and
 *	positional { {}, MMAP_NOTHING, v }.
 */
static void check_init_list(struct ef_ctx *ctx, CXCursor list)
{
	struct init_walk w = { .ctx = ctx };
	size_t i;

	w.type = clang_getCanonicalType(clang_getCursorType(list));
	w.positional = is_mmap_action(w.type);
	ef_visit_children(list, init_item, &w);
	for (i = 0; i < w.nr; i++) {
		add_write(ctx, w.w[i].field, w.w[i].at, w.w[i].value);
		free(w.w[i].path);
	}
	free(w.w);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent,
				     CXClientData data);

/* Only the children that run: not typeof(x) in a cast or declaration. */
static void visit_some(struct ef_ctx *ctx, CXCursor c, CXCursor keep)
{
	struct ef_kids k;
	size_t i;

	ef_children(c, &k);
	if (k.nr > EF_MAX_KIDS)
		return;
	for (i = 0; i < k.nr; i++)
		if (clang_equalCursors(k.v[i], keep) &&
		    visit(k.v[i], c, ctx) == CXChildVisit_Recurse)
			ef_visit_children(k.v[i], visit, ctx);
}

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent,
				     CXClientData data)
{
	struct ef_ctx *ctx = data;
	enum ef_field f;
	struct ef_kids k;

	(void)parent;
	switch (clang_getCursorKind(c)) {
	case CXCursor_FunctionDecl:
		if (clang_isCursorDefinition(c)) {
			CXCursor outer = ctx->fn;
			size_t from = ctx->nr_writes;

			ctx->fn = c;
			/*
			 * One walk of libclang's for the function, see
			 * cursor.c; not for the many inline functions of the
			 * headers, which seldom write and are walked faster
			 * directly.
			 */
			if (clang_Cursor_isNull(outer) &&
			    clang_Location_isFromMainFile(
				    clang_getCursorLocation(c)))
				ef_tree_build(c);
			ef_visit_children(c, visit, ctx);
			judge_writes(ctx, c, from);
			ctx->fn = outer;
			if (clang_Cursor_isNull(outer)) {
				ef_tree_free();
				ctx->nr_consumed = 0;
			}
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
			event(ctx, EF_EV_MEMBER, f, c);
		break;
	case CXCursor_InitListExpr:
		check_init_list(ctx, c);
		break;
	case CXCursor_UnaryExpr:
		/* sizeof, _Alignof: never evaluated */
		return CXChildVisit_Continue;
	case CXCursor_VarDecl:
		visit_some(ctx, c, clang_Cursor_getVarDeclInitializer(c));
		return CXChildVisit_Continue;
	case CXCursor_CStyleCastExpr:
	case CXCursor_CompoundLiteralExpr:
		ef_children(c, &k);
		if (k.nr && k.nr <= EF_MAX_KIDS)
			visit_some(ctx, c, k.v[k.nr - 1]);
		return CXChildVisit_Continue;
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
	struct ef_event ev = { .kind = EF_EV_MISSING };
	char name[64];
	unsigned int i;
	enum ef_field f;

	for (i = 0; i < ARRAY_SIZE(forms); i++)
		if (sscanf(text, forms[i], name) == 1 &&
		    strstr(text, "'struct mmap_action'"))
			break;
	if (i == ARRAY_SIZE(forms))
		return 0;
	for (f = F_FILTER; f <= F_SUCCESS_HOOK; f++)
		if (!strcmp(name, ef_field_name(f)))
			break;
	if (f > F_SUCCESS_HOOK)
		return 0;
	ev.field = f;
	ev.loc = clang_getDiagnosticLocation(d);
	dispatch(ctx, &ev);
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
		text = ef_take(clang_getDiagnosticSpelling(d));
		if (!check_diagnostic(ctx, d, text)) {
			ctx->res->nr_parse_errors++;
			if (!ctx->res->parse_error) {
				ef_loc(clang_getDiagnosticLocation(d), &file,
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
		char *text = ef_take(clang_getDiagnosticSpelling(d));
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

/* Each file of the translation unit once, for efcheck --result-cache. */
static void add_dep(CXFile file, CXSourceLocation *stack, unsigned int depth,
		    CXClientData data)
{
	struct ef_result *res = data;

	res->deps = xrealloc(res->deps, (res->nr_deps + 1) * sizeof(char *));
	res->deps[res->nr_deps++] = ef_take(clang_getFileName(file));
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
	if (res->want_deps)
		clang_getInclusions(ctx.tu, add_dep, res);
	ef_set_main_file(clang_getFile(ctx.tu, file));
	check_diagnostics(&ctx);
	ef_errno_load(&ctx);
	clang_visitChildren(clang_getTranslationUnitCursor(ctx.tu), visit,
			    &ctx);
	ef_errno_free(&ctx);
	free(ctx.writes);
	free(ctx.consumed);
	clang_disposeTranslationUnit(ctx.tu);
out_dispose_index:
	clang_disposeIndex(index);
}

void ef_analyze(const char *file, const char *const *args, int nr_args,
		unsigned int enabled, struct ef_result *res)
{
	ef_analyze_text(file, NULL, 0, args, nr_args, enabled, res);
}
