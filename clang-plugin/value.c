// SPDX-License-Identifier: GPL-2.0
/*
 * value.c - work out the values an expression written to the field can have
 *
 * A constant expression is evaluated by clang in the translation unit's own
 * context.  Otherwise the arms of a conditional are taken one by one, a
 * local variable stands for the assignments that may reach the write, and a
 * parameter of a static function for the arguments of its calls.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "analyze.h"

#define MAX_DEPTH 4

static void resolve(struct ef_ctx *ctx, CXCursor fn, CXCursor expr,
		    CXCursor via, int via_call, int depth,
		    struct ef_values *out);

static void add(struct ef_values *out, const struct ef_value *v)
{
	if (out->nr == out->alloc) {
		out->alloc = out->alloc ? 2 * out->alloc : 4;
		out->v = xrealloc(out->v, out->alloc * sizeof(*out->v));
	}
	out->v[out->nr++] = *v;
}

static unsigned int offset_of(CXCursor c)
{
	unsigned int off;

	clang_getExpansionLocation(
		clang_getRangeStart(clang_getCursorExtent(c)), NULL, NULL, NULL,
		&off);
	return off;
}

/* Spelled without identifiers: a bare number such as -11 or (-11). */
static int is_literal(struct ef_ctx *ctx, CXCursor e)
{
	CXToken *toks;
	unsigned int i, n;
	int lit = 1;

	clang_tokenize(ctx->tu, clang_getCursorExtent(e), &toks, &n);
	for (i = 0; i < n; i++) {
		CXTokenKind k = clang_getTokenKind(toks[i]);

		if (k == CXToken_Identifier || k == CXToken_Keyword)
			lit = 0;
	}
	if (!n)
		lit = 0;
	clang_disposeTokens(ctx->tu, toks, n);
	return lit;
}

/* An integer constant, with WIDE set when it does not fit in int. */
static int evaluate(CXCursor e, long long *value, int *wide)
{
	CXEvalResult r = clang_Cursor_Evaluate(e);
	int ok = 0;

	if (!r)
		return 0;
	if (clang_EvalResult_getKind(r) == CXEval_Int) {
		if (clang_EvalResult_isUnsignedInt(r)) {
			unsigned long long u =
				clang_EvalResult_getAsUnsigned(r);

			*value = (long long)u;
			*wide = u > INT_MAX;
		} else {
			*value = clang_EvalResult_getAsLongLong(r);
			*wide = *value < INT_MIN || *value > INT_MAX;
		}
		ok = 1;
	}
	clang_EvalResult_dispose(r);
	return ok;
}

struct assign {
	CXCursor stmt, rhs;
	unsigned int off;
	int dominates; /* unconditional on every path to the write */
};

/* A walk of one function for the writes to one variable. */
struct var_walk {
	CXCursor var;
	unsigned int write_off, write_end;
	CXCursor stack[128];
	int depth, loops;
	struct assign *a;
	size_t nr;
	int escapes; /* address taken, compound assignment, ++ ... */
};

static int refers_to(CXCursor e, CXCursor var)
{
	e = ef_strip(e);
	return clang_getCursorKind(e) == CXCursor_DeclRefExpr &&
	       clang_equalCursors(clang_getCursorReferenced(e), var);
}

/* Does the write lie inside C, after offset OFF? */
static int covers_write(struct var_walk *w, CXCursor c, unsigned int off)
{
	CXSourceRange r = clang_getCursorExtent(c);
	unsigned int s, e;

	clang_getExpansionLocation(clang_getRangeStart(r), NULL, NULL, NULL,
				   &s);
	clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &e);
	return s <= w->write_off && w->write_off < e && off < w->write_off;
}

static void record(struct var_walk *w, CXCursor stmt, CXCursor rhs, int level)
{
	struct assign *a;
	CXCursor block;

	w->a = xrealloc(w->a, (w->nr + 1) * sizeof(*w->a));
	a = &w->a[w->nr++];
	a->stmt = stmt;
	a->rhs = rhs;
	a->off = offset_of(stmt);
	a->dominates = 0;
	if (a->off > w->write_off && w->loops)
		w->escapes = 1; /* may reach the write in the next iteration */
	if (level <= 0)
		return;
	block = w->stack[level - 1];
	if (clang_getCursorKind(block) == CXCursor_CompoundStmt)
		a->dominates = covers_write(w, block, a->off);
}

static enum CXChildVisitResult walk_var(CXCursor c, CXCursor parent,
					CXClientData data)
{
	struct var_walk *w = data;
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct ef_kids k;
	int loop;

	(void)parent;
	if (kind == CXCursor_BinaryOperator &&
	    clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
		ef_children(c, &k);
		if (k.nr == 2 && refers_to(k.v[0], w->var))
			record(w, c, k.v[1], w->depth);
	} else if (kind == CXCursor_CompoundAssignOperator) {
		ef_children(c, &k);
		if (k.nr == 2 && refers_to(k.v[0], w->var))
			w->escapes = 1;
	} else if (kind == CXCursor_UnaryOperator) {
		enum CXUnaryOperatorKind op =
			clang_getCursorUnaryOperatorKind(c);

		ef_children(c, &k);
		if (op != CXUnaryOperator_Minus && op != CXUnaryOperator_Plus &&
		    op != CXUnaryOperator_Not && op != CXUnaryOperator_LNot &&
		    op != CXUnaryOperator_Deref && k.nr == 1 &&
		    refers_to(k.v[0], w->var))
			w->escapes = 1;
	} else if (kind == CXCursor_VarDecl && clang_equalCursors(c, w->var)) {
		ef_children(c, &k);
		if (k.nr && k.nr <= EF_MAX_KIDS &&
		    clang_isExpression(clang_getCursorKind(k.v[k.nr - 1])))
			record(w, c, k.v[k.nr - 1], w->depth - 1);
	}

	loop = kind == CXCursor_ForStmt || kind == CXCursor_WhileStmt ||
	       kind == CXCursor_DoStmt;
	if (w->depth < (int)ARRAY_SIZE(w->stack)) {
		w->stack[w->depth++] = c;
		w->loops += loop;
		clang_visitChildren(c, walk_var, w);
		w->loops -= loop;
		w->depth--;
	} else {
		w->escapes = 1;
	}
	return CXChildVisit_Continue;
}

/*
 *	int err = -EAGAIN;
 *	if (x)
 *		err = -EIO;
 *	desc->action.error_override = err;
 * The last unconditional assignment before the write kills the ones before
 * it; later conditional ones may reach the write too.
 */
static void resolve_var(struct ef_ctx *ctx, CXCursor fn, CXCursor var,
			CXCursor write, int depth, struct ef_values *out)
{
	struct var_walk w = { .var = var };
	struct ef_value unknown = { .expr = write };
	size_t i, first = 0;

	w.write_off = offset_of(write);
	clang_visitChildren(fn, walk_var, &w);
	for (i = 0; i < w.nr; i++)
		if (w.a[i].off < w.write_off && w.a[i].dominates)
			first = i;
	if (w.escapes || !w.nr) {
		unknown.via = clang_getNullCursor();
		add(out, &unknown);
		goto out;
	}
	for (i = first; i < w.nr; i++)
		if (w.a[i].off < w.write_off)
			resolve(ctx, fn, w.a[i].rhs, w.a[i].stmt, 0, depth + 1,
				out);
out:
	free(w.a);
}

/* A walk of the whole translation unit for the calls of one function. */
struct call_walk {
	struct ef_ctx *ctx;
	CXCursor callee, fn;
	int index, depth;
	size_t calls, refs;
	struct ef_values *out;
	CXCursor *args, *callers;
	size_t nr;
};

static enum CXChildVisitResult walk_calls(CXCursor c, CXCursor parent,
					  CXClientData data)
{
	struct call_walk *w = data;
	enum CXCursorKind kind = clang_getCursorKind(c);

	(void)parent;
	if (kind == CXCursor_FunctionDecl) {
		CXCursor outer = w->fn;

		if (!clang_isCursorDefinition(c))
			return CXChildVisit_Continue;
		w->fn = c;
		clang_visitChildren(c, walk_calls, w);
		w->fn = outer;
		return CXChildVisit_Continue;
	}
	if (kind == CXCursor_DeclRefExpr &&
	    clang_equalCursors(clang_getCursorReferenced(c), w->callee))
		w->refs++;
	if (kind == CXCursor_CallExpr &&
	    clang_equalCursors(clang_getCursorReferenced(c), w->callee) &&
	    clang_Cursor_getNumArguments(c) > w->index) {
		w->args = xrealloc(w->args, (w->nr + 1) * sizeof(CXCursor));
		w->callers =
			xrealloc(w->callers, (w->nr + 1) * sizeof(CXCursor));
		w->args[w->nr] = clang_Cursor_getArgument(c, w->index);
		w->callers[w->nr++] = w->fn;
		w->calls++;
	}
	return CXChildVisit_Recurse;
}

/*
 *	static void set(struct vm_area_desc *desc, int err)
 *	{ desc->action.error_override = err; }
 *	...	set(desc, EAGAIN);
 * Only for a static function whose every use is a call, and whose
 * parameter is never assigned.
 */
static void resolve_param(struct ef_ctx *ctx, CXCursor fn, CXCursor parm,
			  CXCursor write, int depth, struct ef_values *out)
{
	struct ef_value unknown = { .expr = write };
	struct var_walk vw = { .var = parm };
	struct call_walk w = { .ctx = ctx, .callee = fn, .index = -1 };
	int i, n = clang_Cursor_getNumArguments(fn);
	size_t j;

	unknown.via = clang_getNullCursor();
	for (i = 0; i < n; i++)
		if (clang_equalCursors(clang_Cursor_getArgument(fn, i), parm))
			w.index = i;
	vw.write_off = offset_of(write);
	clang_visitChildren(fn, walk_var, &vw);
	free(vw.a);
	if (w.index < 0 || vw.nr || vw.escapes ||
	    clang_getCursorLinkage(fn) != CXLinkage_Internal) {
		add(out, &unknown);
		return;
	}
	w.fn = clang_getNullCursor();
	clang_visitChildren(clang_getTranslationUnitCursor(ctx->tu), walk_calls,
			    &w);
	if (!w.calls || w.refs != w.calls) {
		add(out, &unknown);
	} else {
		for (j = 0; j < w.nr; j++)
			resolve(ctx, w.callers[j], w.args[j], w.args[j], 1,
				depth + 1, out);
	}
	free(w.args);
	free(w.callers);
}

static void resolve(struct ef_ctx *ctx, CXCursor fn, CXCursor expr,
		    CXCursor via, int via_call, int depth,
		    struct ef_values *out)
{
	struct ef_value v = { .expr = expr, .via = via, .via_call = via_call };
	CXCursor e = ef_strip(expr), ref;
	struct ef_kids k;

	if (evaluate(e, &v.value, &v.wide)) {
		v.known = 1;
		v.literal = is_literal(ctx, e);
		add(out, &v);
		return;
	}
	if (depth >= MAX_DEPTH) {
		add(out, &v);
		return;
	}
	switch (clang_getCursorKind(e)) {
	case CXCursor_ConditionalOperator:
		ef_children(e, &k);
		if (k.nr == 3) {
			resolve(ctx, fn, k.v[1], via, via_call, depth + 1, out);
			resolve(ctx, fn, k.v[2], via, via_call, depth + 1, out);
			return;
		}
		break;
	case CXCursor_DeclRefExpr:
		ref = clang_getCursorReferenced(e);
		if (clang_Cursor_isNull(fn))
			break;
		if (clang_getCursorKind(ref) == CXCursor_VarDecl &&
		    clang_Cursor_getStorageClass(ref) != CX_SC_Static &&
		    clang_equalCursors(clang_getCursorSemanticParent(ref),
				       fn)) {
			resolve_var(ctx, fn, ref, e, depth, out);
			return;
		}
		if (clang_getCursorKind(ref) == CXCursor_ParmDecl) {
			resolve_param(ctx, fn, ref, e, depth, out);
			return;
		}
		break;
	default:
		break;
	}
	add(out, &v);
}

void ef_resolve(struct ef_ctx *ctx, CXCursor expr, struct ef_values *out)
{
	resolve(ctx, ctx->fn, expr, clang_getNullCursor(), 0, 0, out);
}
