// SPDX-License-Identifier: GPL-2.0
/*
 * value.c - work out the values each write to the field can store
 *
 * One forward pass over the function that writes, in the order its code
 * runs.  A state maps each local integer variable and parameter to the set
 * of values it may hold: at most VSET_MAX, constants, "the parameter, maybe
 * negated, plus a constant", or unknown.  Branches copy the state and join
 * it again; loops and backward gotos run again until the state stops
 * changing (then what still changes becomes unknown); break, continue,
 * goto and return carry their state to where they go.  A write records the
 * values of its expression in the state that reaches it, so the cost is
 * one pass over the function, however many writes it has.  A parameter of
 * a static function stands for the arguments of its calls, worked out the
 * same way in each caller.  Writes inside sizeof and typeof never run.
 */
#include <limits.h>
#include <stdint.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "value.h"

#define VSET_MAX 8
#define MAX_PASSES 3
#define MAX_DEPTH 4
#define UNKNOWN 0 /* id of the unknown value */
#define KID_STACK 4096

/* A value of the pass: an ef_value, or a parameter's (+-p + value). */
struct val {
	struct ef_value v;
	int param; /* 1 + the parameter's index, or 0 */
	int neg; /* -param + value */
};

struct vset {
	unsigned int n; /* 0: no value yet */
	unsigned int id[VSET_MAX]; /* sorted */
};

/* Slot 0 is the field itself: what the last write stored. */
struct state {
	int dead;
	struct vset *v;
};

struct target {
	int is_loop;
	struct state brk, cont;
	struct state *entry; /* switch: the state at the switch */
	int has_default;
	struct target *up;
};

struct query {
	struct vset vs;
	int reached, after_override;
};

struct flow {
	struct ef_ctx *ctx;
	CXCursor fn;
	struct val *vals;
	size_t nr_vals, alloc_vals;
	unsigned int *intern;
	size_t intern_size;
	struct ef_map vars; /* variable (its ef_cursor_key()) -> slot */
	int nr_slots;
	int *param_of; /* slot -> 1 + parameter index, or 0 */
	CXSourceLocation *label_at; /* where each label is */
	struct state *label_st;
	int *label_seen;
	size_t nr_labels;
	/*
	 * value expression -> index, keyed by the expression itself: an
	 * expression cursor reached through different parents differs in
	 * its parent, but ef_cursor_key() is the expression
	 */
	struct ef_map queries;
	struct query *q;
	int active; /* the query being evaluated, or -1 */
	struct target *targets;
	int pass, again;
	CXCursor *stack; /* children of the nodes being run, see kids() */
	size_t top;
};

/* Fibonacci hashing: the high bits of the product are well mixed. */
static unsigned int mix(unsigned long long x)
{
	return (unsigned int)((x * 0x9e3779b97f4a7c15ull) >> 32);
}

/* Equal cursors (clang_equalCursors()) hash alike. */
static unsigned int cursor_hash(CXCursor c)
{
	return mix((uintptr_t)ef_cursor_key(c) ^ (unsigned long long)c.kind
							 << 56);
}

/*
 * Every child of C, in order (*n of them).  They are kept on a stack that
 * the pass reuses (kids_free() pops them, innermost first), or on the
 * heap when it is full.
 */
struct kid_list {
	CXCursor *v;
	unsigned int nr, alloc;
	int heap;
};

static enum CXChildVisitResult add_kid(CXCursor c, CXCursor parent,
				       CXClientData data)
{
	struct kid_list *l = data;

	(void)parent;
	if (l->nr == l->alloc) {
		CXCursor *v = xmalloc(2 * (l->alloc + 4) * sizeof(*v));

		memcpy(v, l->v, l->nr * sizeof(*v));
		if (l->heap)
			free(l->v);
		l->v = v;
		l->alloc = 2 * (l->alloc + 4);
		l->heap = 1;
	}
	l->v[l->nr++] = c;
	return CXChildVisit_Continue;
}

static CXCursor *kids(struct flow *fl, CXCursor c, unsigned int *n)
{
	struct kid_list l = { fl->stack + fl->top, 0,
			      (unsigned int)(KID_STACK - fl->top), 0 };
	const CXCursor *v;

	if (ef_tree_kids(c, &v, n)) {
		if (*n > l.alloc)
			l.v = xmalloc(*n * sizeof(*v));
		else
			fl->top += *n;
		memcpy(l.v, v, *n * sizeof(*v));
		return l.v;
	}
	clang_visitChildren(c, add_kid, &l);
	*n = l.nr;
	if (!l.heap)
		fl->top += l.nr;
	return l.v;
}

static void kids_free(struct flow *fl, CXCursor *k)
{
	uintptr_t p = (uintptr_t)k, base = (uintptr_t)fl->stack;

	/* unrelated pointers are compared as integers */
	if (p >= base && p <= base + KID_STACK * sizeof(*k))
		fl->top = (p - base) / sizeof(*k);
	else
		free(k);
}

/* --- values ------------------------------------------------------------ */

static int same_val(const struct val *a, const struct val *b)
{
	return a->v.value == b->v.value && a->v.known == b->v.known &&
	       a->v.wide == b->v.wide && a->v.derived == b->v.derived &&
	       a->v.via_call == b->v.via_call && a->param == b->param &&
	       a->neg == b->neg && clang_equalCursors(a->v.expr, b->v.expr) &&
	       clang_equalCursors(a->v.via, b->v.via);
}

static unsigned int val_hash(const struct val *a)
{
	return mix(cursor_hash(a->v.expr) ^ (cursor_hash(a->v.via) * 31ull) ^
		   (unsigned long long)a->v.value * 7 ^
		   (unsigned long long)a->param << 40 ^
		   (unsigned long long)(a->neg + 2 * a->v.derived) << 48);
}

/* The id of value A, the same for equal values (loops must converge). */
static unsigned int intern(struct flow *fl, const struct val *a)
{
	size_t i, mask;
	unsigned int id;

	if (2 * (fl->nr_vals + 1) > fl->intern_size) {
		free(fl->intern);
		fl->intern_size = fl->intern_size ? 2 * fl->intern_size : 64;
		fl->intern = xmalloc(fl->intern_size * sizeof(*fl->intern));
		memset(fl->intern, 0xff, fl->intern_size * sizeof(*fl->intern));
		mask = fl->intern_size - 1;
		for (id = 1; id < fl->nr_vals; id++) {
			for (i = val_hash(&fl->vals[id]) & mask;
			     fl->intern[i] != UINT_MAX; i = (i + 1) & mask)
				;
			fl->intern[i] = id;
		}
	}
	mask = fl->intern_size - 1;
	for (i = val_hash(a) & mask; fl->intern[i] != UINT_MAX;
	     i = (i + 1) & mask)
		if (same_val(&fl->vals[fl->intern[i]], a))
			return fl->intern[i];
	if (fl->nr_vals == fl->alloc_vals) {
		fl->alloc_vals *= 2;
		fl->vals =
			xrealloc(fl->vals, fl->alloc_vals * sizeof(*fl->vals));
	}
	id = fl->nr_vals++;
	fl->vals[id] = *a;
	fl->intern[i] = id;
	return id;
}

static void vset_one(struct vset *s, unsigned int id)
{
	s->n = 1;
	s->id[0] = id;
}

static void vset_add(struct vset *s, unsigned int id)
{
	unsigned int i, j;

	for (i = 0; i < s->n && s->id[i] < id; i++)
		;
	if (i < s->n && s->id[i] == id)
		return;
	if (s->n == VSET_MAX) {
		vset_one(s, UNKNOWN);
		return;
	}
	for (j = s->n++; j > i; j--)
		s->id[j] = s->id[j - 1];
	s->id[i] = id;
}

static void vset_union(struct vset *d, const struct vset *s)
{
	unsigned int i;

	for (i = 0; i < s->n; i++)
		vset_add(d, s->id[i]);
}

static int vset_eq(const struct vset *a, const struct vset *b)
{
	return a->n == b->n && !memcmp(a->id, b->id, a->n * sizeof(a->id[0]));
}

static void set_wide(struct val *a)
{
	a->v.wide = a->v.value < INT_MIN || a->v.value > INT_MAX;
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

/* A binary operation of two values; UNKNOWN when it cannot be done. */
static unsigned int combine(struct flow *fl, CXCursor e, int op, unsigned int x,
			    unsigned int y)
{
	const struct val *a = &fl->vals[x], *b = &fl->vals[y];
	struct val r = { .v = { .known = 1, .derived = 1, .expr = e } };
	long long p, q;

	r.v.via = clang_getNullCursor();
	if (!a->v.known || !b->v.known)
		return UNKNOWN;
	if (a->param && b->param)
		return UNKNOWN;
	p = a->v.value;
	q = b->v.value;
	if (a->param || b->param) {
		/* (+-p + c) + d, (+-p + c) - d, d + (+-p + c) */
		const struct val *s = a->param ? a : b;

		if (op != CXBinaryOperator_Add &&
		    !(op == CXBinaryOperator_Sub && a->param))
			return UNKNOWN;
		r.param = s->param;
		r.neg = s->neg;
		r.v.value = op == CXBinaryOperator_Add ? p + q : p - q;
		return intern(fl, &r);
	}
	switch (op) {
	case CXBinaryOperator_Add:
		r.v.value = p + q;
		break;
	case CXBinaryOperator_Sub:
		r.v.value = p - q;
		break;
	case CXBinaryOperator_Mul:
		r.v.value = p * q;
		break;
	case CXBinaryOperator_Or:
		r.v.value = p | q;
		break;
	case CXBinaryOperator_And:
		r.v.value = p & q;
		break;
	case CXBinaryOperator_Xor:
		r.v.value = p ^ q;
		break;
	default:
		return UNKNOWN;
	}
	set_wide(&r);
	return intern(fl, &r);
}

static void combine_sets(struct flow *fl, CXCursor e, int op,
			 const struct vset *a, const struct vset *b,
			 struct vset *out)
{
	unsigned int i, j;

	out->n = 0;
	for (i = 0; i < a->n; i++)
		for (j = 0; j < b->n; j++)
			vset_add(out, combine(fl, e, op, a->id[i], b->id[j]));
	if (!a->n || !b->n)
		vset_one(out, UNKNOWN);
}

static unsigned int negate(struct flow *fl, CXCursor e, unsigned int x)
{
	struct val r = fl->vals[x];

	if (!r.v.known)
		return UNKNOWN;
	r.v.value = -r.v.value;
	r.v.derived = 1;
	r.v.expr = e;
	r.v.via = clang_getNullCursor();
	r.neg = r.param ? !r.neg : 0;
	set_wide(&r);
	return intern(fl, &r);
}

/* The values of a variable carried by assignment VIA. */
static void carried(struct flow *fl, CXCursor via, struct vset *s)
{
	unsigned int i;

	for (i = 0; i < s->n; i++) {
		struct val r = fl->vals[s->id[i]];

		if (s->id[i] == UNKNOWN || r.param ||
		    !clang_Cursor_isNull(r.v.via))
			continue;
		r.v.via = via;
		s->id[i] = intern(fl, &r);
	}
	/* keep the set sorted */
	{
		struct vset t = { 0 };

		vset_union(&t, s);
		*s = t;
	}
}

/* --- states -------------------------------------------------------------- */

static void st_init(struct flow *fl, struct state *s, int dead)
{
	s->dead = dead;
	s->v = xcalloc(fl->nr_slots, sizeof(*s->v));
}

static void st_copy(struct flow *fl, struct state *d, const struct state *s)
{
	st_init(fl, d, s->dead);
	memcpy(d->v, s->v, fl->nr_slots * sizeof(*d->v));
}

static void st_set(struct flow *fl, struct state *d, const struct state *s)
{
	d->dead = s->dead;
	memcpy(d->v, s->v, fl->nr_slots * sizeof(*d->v));
}

/* D = D join S; with WIDEN, what changes becomes unknown.  Changed? */
static int st_join(struct flow *fl, struct state *d, const struct state *s,
		   int widen)
{
	int i, changed = 0;

	if (s->dead)
		return 0;
	if (d->dead) {
		st_set(fl, d, s);
		return 1;
	}
	for (i = 0; i < fl->nr_slots; i++) {
		struct vset u = d->v[i];

		vset_union(&u, &s->v[i]);
		if (vset_eq(&u, &d->v[i]))
			continue;
		changed = 1;
		if (widen)
			vset_one(&u, UNKNOWN);
		d->v[i] = u;
	}
	return changed;
}

static void st_free(struct state *s)
{
	free(s->v);
	s->v = NULL;
}

/* --- the pass ------------------------------------------------------------ */

static void eval(struct flow *fl, CXCursor e, struct state *st,
		 struct vset *out);
static void exec(struct flow *fl, CXCursor c, struct state *st);

static int slot_of(struct flow *fl, CXCursor e)
{
	e = ef_strip(e);
	if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
		return -1;
	return ef_map_get(&fl->vars,
			  ef_cursor_key(clang_getCursorReferenced(e)));
}

/* Children of C that are never evaluated: typeof in a declaration or cast. */
static int unevaluated(enum CXCursorKind parent, unsigned int i, unsigned int n)
{
	switch (parent) {
	case CXCursor_CStyleCastExpr:
	case CXCursor_CompoundLiteralExpr:
		return i + 1 < n;
	case CXCursor_UnaryExpr: /* sizeof, _Alignof */
		return 1;
	default:
		return 0;
	}
}

static void exec_kids(struct flow *fl, CXCursor c, struct state *st)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	unsigned int i, n;
	CXCursor *k = kids(fl, c, &n);

	for (i = 0; i < n; i++)
		if (!unevaluated(kind, i, n))
			exec(fl, k[i], st);
	kids_free(fl, k);
}

/*
 * V converted to the integer type T when T is narrower than int: a value
 * that a bool, char or short cannot hold changes (u8 err = -EIO holds
 * 251).  0 when T is int or wider, or not an integer: an int, long or
 * their unsigned kinds give the value back when it reaches the int field.
 */
static int narrow_value(CXType t, long long *v)
{
	long long size;
	unsigned long long u, mask;

	t = clang_getCanonicalType(t);
	if (t.kind == CXType_Bool) {
		*v = !!*v;
		return 1;
	}
	if (t.kind < CXType_Char_U || t.kind > CXType_Int128)
		return 0;
	size = clang_Type_getSizeOf(t);
	if (size != 1 && size != 2)
		return 0;
	mask = (1ULL << (8 * size)) - 1;
	u = (unsigned long long)*v & mask;
	/* CXType_Char_S and later kinds are the signed ones */
	if (t.kind >= CXType_Char_S && u >> (8 * size - 1))
		u |= ~mask;
	*v = (long long)u;
	return 1;
}

/* The values of S, converted to the type T (narrow_value). */
static void narrow(struct flow *fl, CXType t, struct vset *s)
{
	struct vset sorted = { 0 };
	unsigned int i;

	for (i = 0; i < s->n; i++) {
		struct val r = fl->vals[s->id[i]];
		long long v = r.v.value;

		if (s->id[i] == UNKNOWN || r.param || !r.v.known ||
		    !narrow_value(t, &v) || v == r.v.value)
			continue;
		r.v.value = v;
		r.v.derived = 1;
		set_wide(&r);
		s->id[i] = intern(fl, &r);
	}
	vset_union(&sorted, s);
	*s = sorted;
}

/* Store V in SLOT, the variable TO; V becomes what TO holds. */
static void assign_slot(struct flow *fl, int slot, CXCursor to, CXCursor via,
			struct vset *v, struct state *st)
{
	struct vset s;

	narrow(fl, clang_getCursorType(to), v);
	s = *v;

	carried(fl, via, &s);
	if (!st->dead)
		st->v[slot] = s;
}

static void exec_var(struct flow *fl, CXCursor var, struct state *st)
{
	CXCursor init = clang_Cursor_getVarDeclInitializer(var);
	int slot = ef_map_get(&fl->vars, ef_cursor_key(var));
	struct vset v;

	if (clang_Cursor_isNull(init) ||
	    clang_getCursorKind(init) == CXCursor_InvalidFile) {
		if (slot > 0 && !st->dead)
			vset_one(&st->v[slot], UNKNOWN);
		return;
	}
	if (slot <= 0) {
		if (clang_Cursor_getStorageClass(var) != CX_SC_Static)
			exec(fl, init, st);
		return;
	}
	eval(fl, init, st, &v);
	assign_slot(fl, slot, var, var, &v, st);
}

static struct target *innermost(struct flow *fl, int loop)
{
	struct target *t = fl->targets;

	while (t && loop && !t->is_loop)
		t = t->up;
	return t;
}

/*
 *	while (c) body;  for (i; c; s) body;  do body; while (c);
 * A for statement's missing parts leave no cursor, so all but the body run
 * at the head of each round.  do { } while (0) runs once.
 */
static void exec_loop(struct flow *fl, CXCursor c, struct state *st)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	int is_do = kind == CXCursor_DoStmt;
	unsigned int i, n, round;
	CXCursor *k = kids(fl, c, &n);
	struct target t = { .is_loop = 1, .up = fl->targets };
	struct state in, s;
	long long cv;
	int wide, once = 0;

	if (!n)
		goto out;
	if (is_do && n == 2 && evaluate(k[1], &cv, &wide) && !cv)
		once = 1;
	fl->targets = &t;
	st_copy(fl, &in, st);
	st_init(fl, &s, 1);
	st_init(fl, &t.brk, 1);
	st_init(fl, &t.cont, 1);
	for (round = 0;; round++) {
		st_set(fl, &s, &in);
		t.cont.dead = 1;
		if (is_do) {
			exec(fl, k[0], &s);
			st_join(fl, &s, &t.cont, 0);
			for (i = 1; i < n; i++)
				exec(fl, k[i], &s);
		} else {
			for (i = 0; i + 1 < n; i++)
				exec(fl, k[i], &s);
			/* the condition is false: the loop ends here */
			st_join(fl, &t.brk, &s, 0);
			exec(fl, k[n - 1], &s);
			st_join(fl, &s, &t.cont, 0);
		}
		if (once) {
			st_join(fl, &t.brk, &s, 0);
			break;
		}
		if (!st_join(fl, &in, &s, round >= 2)) {
			if (is_do)
				st_join(fl, &t.brk, &s, 0);
			break;
		}
	}
	st_set(fl, st, &t.brk);
	fl->targets = t.up;
	st_free(&in);
	st_free(&s);
	st_free(&t.brk);
	st_free(&t.cont);
out:
	kids_free(fl, k);
}

/*
 *	switch (c) { case 1: ...; break; default: ... }
 */
static void exec_switch(struct flow *fl, CXCursor c, struct state *st)
{
	unsigned int i, n;
	CXCursor *k = kids(fl, c, &n);
	struct target t = { .up = fl->targets };
	struct state entry;

	for (i = 0; i + 1 < n; i++)
		exec(fl, k[i], st);
	st_copy(fl, &entry, st);
	st_init(fl, &t.brk, 1);
	t.entry = &entry;
	fl->targets = &t;
	st->dead = 1;
	if (n)
		exec(fl, k[n - 1], st);
	fl->targets = t.up;
	st_join(fl, st, &t.brk, 0);
	if (!t.has_default)
		st_join(fl, st, &entry, 0);
	st_free(&entry);
	st_free(&t.brk);
	kids_free(fl, k);
}

static int label_of(struct flow *fl, CXCursor label)
{
	CXSourceLocation at = clang_getCursorLocation(label);
	size_t j;
	int i;

	for (j = 0; j < fl->nr_labels; j++)
		if (clang_equalLocations(fl->label_at[j], at))
			return j;
	i = fl->nr_labels++;
	fl->label_at =
		xrealloc(fl->label_at, fl->nr_labels * sizeof(*fl->label_at));
	fl->label_at[i] = at;
	fl->label_st =
		xrealloc(fl->label_st, fl->nr_labels * sizeof(*fl->label_st));
	fl->label_seen = xrealloc(fl->label_seen,
				  fl->nr_labels * sizeof(*fl->label_seen));
	st_init(fl, &fl->label_st[i], 1);
	fl->label_seen[i] = -1;
	return i;
}

static void exec_goto(struct flow *fl, CXCursor c, struct state *st)
{
	unsigned int n;
	CXCursor *k = kids(fl, c, &n);
	int l;

	if (n && clang_getCursorKind(k[0]) == CXCursor_LabelRef) {
		l = label_of(fl, clang_getCursorReferenced(k[0]));
		/* a label already passed in this pass: run the pass again */
		if (st_join(fl, &fl->label_st[l], st, fl->pass >= 2) &&
		    fl->label_seen[l] == fl->pass)
			fl->again = 1;
	}
	kids_free(fl, k);
	st->dead = 1;
}

/* A case or default label: the switch may jump here. */
static void exec_case(struct flow *fl, CXCursor c, struct state *st)
{
	struct target *t = fl->targets;
	unsigned int n;
	CXCursor *k;

	while (t && !t->entry)
		t = t->up;
	if (t) {
		st_join(fl, st, t->entry, 0);
		if (clang_getCursorKind(c) == CXCursor_DefaultStmt)
			t->has_default = 1;
	}
	k = kids(fl, c, &n);
	if (n)
		exec(fl, k[n - 1], st);
	kids_free(fl, k);
}

static void exec(struct flow *fl, CXCursor c, struct state *st)
{
	enum CXCursorKind kind = clang_getCursorKind(c);
	struct state other;
	struct target *t;
	unsigned int n;
	CXCursor *k;
	int l;

	switch (kind) {
	case CXCursor_VarDecl:
		exec_var(fl, c, st);
		return;
	case CXCursor_IfStmt:
		k = kids(fl, c, &n);
		if (n >= 2) {
			exec(fl, k[0], st);
			st_copy(fl, &other, st);
			exec(fl, k[1], st);
			if (n >= 3)
				exec(fl, k[2], &other);
			st_join(fl, st, &other, 0);
			st_free(&other);
		}
		kids_free(fl, k);
		return;
	case CXCursor_WhileStmt:
	case CXCursor_ForStmt:
	case CXCursor_DoStmt:
		exec_loop(fl, c, st);
		return;
	case CXCursor_SwitchStmt:
		exec_switch(fl, c, st);
		return;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		exec_case(fl, c, st);
		return;
	case CXCursor_BreakStmt:
	case CXCursor_ContinueStmt:
		t = innermost(fl, kind == CXCursor_ContinueStmt);
		if (t)
			st_join(fl,
				kind == CXCursor_BreakStmt ? &t->brk : &t->cont,
				st, 0);
		st->dead = 1;
		return;
	case CXCursor_ReturnStmt:
		exec_kids(fl, c, st);
		st->dead = 1;
		return;
	case CXCursor_GotoStmt:
		exec_goto(fl, c, st);
		return;
	case CXCursor_IndirectGotoStmt:
		st->dead = 1;
		return;
	case CXCursor_LabelStmt:
		l = label_of(fl, c);
		st_join(fl, st, &fl->label_st[l], 0);
		fl->label_seen[l] = fl->pass;
		k = kids(fl, c, &n);
		if (n)
			exec(fl, k[n - 1], st);
		kids_free(fl, k);
		return;
	case CXCursor_UnaryExpr:
	case CXCursor_AsmStmt:
		return;
	default:
		break;
	}
	if (clang_isExpression(kind))
		eval(fl, c, st, NULL);
	else
		exec_kids(fl, c, st);
}

/* GNU x ?: y is an unexposed expression: x, x, x (opaque), y. */
static int is_elvis(struct flow *fl, CXCursor e, CXCursor *k, unsigned int n)
{
	CXSourceRange r = clang_getCursorExtent(k[0]);
	CXToken *toks;
	unsigned int nt, i;
	int found = 0;
	CXString s;

	if (n != 4)
		return 0;
	clang_tokenize(fl->ctx->tu, clang_getCursorExtent(e), &toks, &nt);
	for (i = 0; i + 1 < nt; i++) {
		s = clang_getTokenSpelling(fl->ctx->tu, toks[i]);
		if (!strcmp(clang_getCString(s), "?")) {
			CXString t = clang_getTokenSpelling(fl->ctx->tu,
							    toks[i + 1]);

			found = !strcmp(clang_getCString(t), ":");
			clang_disposeString(t);
			i = nt;
		}
		clang_disposeString(s);
	}
	clang_disposeTokens(fl->ctx->tu, toks, nt);
	(void)r;
	return found;
}

/* x ?: y: the non-zero values of x, and y's when x may be 0. */
static void eval_elvis(struct flow *fl, CXCursor *k, struct state *st,
		       struct vset *out)
{
	struct vset x, y;
	struct state other;
	unsigned int i;
	int zero = 0;

	eval(fl, k[0], st, &x);
	out->n = 0;
	for (i = 0; i < x.n; i++) {
		const struct val *a = &fl->vals[x.id[i]];

		if (a->v.known && !a->param && !a->v.value)
			zero = 1;
		else
			vset_add(out, x.id[i]);
		if (!a->v.known || a->param)
			zero = 1;
	}
	if (!x.n)
		zero = 1;
	if (!zero)
		return;
	st_copy(fl, &other, st);
	eval(fl, k[3], &other, &y);
	vset_union(out, &y);
	st_join(fl, st, &other, 0);
	st_free(&other);
}

static void eval_binary(struct flow *fl, CXCursor e, struct state *st,
			struct vset *out)
{
	int op = clang_getCursorBinaryOperatorKind(e);
	struct vset a, b;
	struct state other;
	unsigned int n;
	CXCursor *k = kids(fl, e, &n);
	int slot;

	vset_one(out, UNKNOWN);
	if (n != 2) {
		for (; n; n--)
			exec(fl, k[n - 1], st);
		goto out;
	}
	switch (op) {
	case CXBinaryOperator_Assign:
		slot = slot_of(fl, k[0]);
		/*
		 * a->b.c = v: the member's base is taken to change no
		 * variable (a[i++].c = v would), to keep writes cheap
		 */
		if (slot < 0 &&
		    clang_getCursorKind(k[0]) != CXCursor_MemberRefExpr)
			exec(fl, k[0], st);
		eval(fl, k[1], st, out);
		if (slot > 0)
			assign_slot(fl, slot, k[0], e, out, st);
		break;
	case CXBinaryOperator_LAnd:
	case CXBinaryOperator_LOr:
		eval(fl, k[0], st, NULL);
		st_copy(fl, &other, st);
		eval(fl, k[1], &other, NULL);
		st_join(fl, st, &other, 0);
		st_free(&other);
		break;
	case CXBinaryOperator_Comma:
		eval(fl, k[0], st, NULL);
		eval(fl, k[1], st, out);
		break;
	default:
		eval(fl, k[0], st, &a);
		eval(fl, k[1], st, &b);
		combine_sets(fl, e, op, &a, &b, out);
		break;
	}
out:
	kids_free(fl, k);
}

/*
 *	x += c;  x -= c;  x++;  --x;
 */
static void eval_update(struct flow *fl, CXCursor e, struct state *st,
			struct vset *out)
{
	unsigned int n;
	CXCursor *k = kids(fl, e, &n);
	int slot = n ? slot_of(fl, k[0]) : -1;
	struct val one = { .v = { .known = 1, .value = 1 } };
	struct vset old, r;
	int op;

	vset_one(out, UNKNOWN);
	if (clang_getCursorKind(e) == CXCursor_UnaryOperator) {
		op = clang_getCursorUnaryOperatorKind(e);
		one.v.expr = e;
		one.v.via = clang_getNullCursor();
		vset_one(&r, intern(fl, &one));
		op = op == CXUnaryOperator_PostInc ||
				     op == CXUnaryOperator_PreInc ?
			     CXBinaryOperator_Add :
			     CXBinaryOperator_Sub;
	} else {
		switch (clang_getCursorBinaryOperatorKind(e)) {
		case CXBinaryOperator_AddAssign:
			op = CXBinaryOperator_Add;
			break;
		case CXBinaryOperator_SubAssign:
			op = CXBinaryOperator_Sub;
			break;
		case CXBinaryOperator_MulAssign:
			op = CXBinaryOperator_Mul;
			break;
		case CXBinaryOperator_OrAssign:
			op = CXBinaryOperator_Or;
			break;
		case CXBinaryOperator_AndAssign:
			op = CXBinaryOperator_And;
			break;
		case CXBinaryOperator_XorAssign:
			op = CXBinaryOperator_Xor;
			break;
		default:
			op = CXBinaryOperator_Invalid;
			break;
		}
		if (n == 2)
			eval(fl, k[1], st, &r);
		else
			vset_one(&r, UNKNOWN);
	}
	if (slot <= 0) {
		if (n)
			exec(fl, k[0], st);
		goto out;
	}
	old = st->v[slot];
	if (!old.n)
		vset_one(&old, UNKNOWN);
	combine_sets(fl, e, op, &old, &r, out);
	assign_slot(fl, slot, k[0], e, out, st);
out:
	kids_free(fl, k);
}

static void eval_unary(struct flow *fl, CXCursor e, struct state *st,
		       struct vset *out)
{
	int op = clang_getCursorUnaryOperatorKind(e);
	unsigned int i, n;
	CXCursor *k;
	struct vset a;

	switch (op) {
	case CXUnaryOperator_PostInc:
	case CXUnaryOperator_PostDec:
	case CXUnaryOperator_PreInc:
	case CXUnaryOperator_PreDec:
		eval_update(fl, e, st, out);
		return;
	default:
		break;
	}
	k = kids(fl, e, &n);
	vset_one(out, UNKNOWN);
	if (n != 1)
		goto out;
	if (op == CXUnaryOperator_Minus || op == CXUnaryOperator_Plus) {
		eval(fl, k[0], st, &a);
		out->n = 0;
		for (i = 0; i < a.n; i++)
			vset_add(out, op == CXUnaryOperator_Plus ?
					      a.id[i] :
					      negate(fl, e, a.id[i]));
		if (!a.n)
			vset_one(out, UNKNOWN);
	} else {
		exec(fl, k[0], st);
	}
out:
	kids_free(fl, k);
}

/* ({ ...; x; }): the value of the last statement. */
static void eval_stmt_expr(struct flow *fl, CXCursor e, struct state *st,
			   struct vset *out)
{
	unsigned int i, n, m;
	CXCursor *k = kids(fl, e, &n), *body = NULL;

	vset_one(out, UNKNOWN);
	if (n == 1 && clang_getCursorKind(k[0]) == CXCursor_CompoundStmt) {
		body = kids(fl, k[0], &m);
		for (i = 0; i + 1 < m; i++)
			exec(fl, body[i], st);
		if (m && clang_isExpression(clang_getCursorKind(body[m - 1])))
			eval(fl, body[m - 1], st, out);
		else if (m)
			exec(fl, body[m - 1], st);
		kids_free(fl, body);
	}
	kids_free(fl, k);
}

/* A name that clang can evaluate: an enumerator or a const variable. */
static int may_be_constant(CXCursor ref)
{
	CXCursor d = clang_getCursorReferenced(ref);

	return clang_getCursorKind(d) == CXCursor_EnumConstantDecl ||
	       (clang_getCursorKind(d) == CXCursor_VarDecl &&
		clang_isConstQualifiedType(clang_getCursorType(d)));
}

/* Constants of (x) or of an implicit conversion are the whole's. */
static void lift(struct flow *fl, CXCursor e, CXCursor kid, struct vset *s)
{
	unsigned int i;
	struct vset t = { 0 };

	for (i = 0; i < s->n; i++) {
		struct val r = fl->vals[s->id[i]];

		if (s->id[i] != UNKNOWN && !r.param &&
		    clang_Cursor_isNull(r.v.via) &&
		    r.v.expr.data[1] == kid.data[1]) {
			r.v.expr = e;
			vset_add(&t, intern(fl, &r));
		} else {
			vset_add(&t, s->id[i]);
		}
	}
	*s = t;
}

static void eval_value(struct flow *fl, CXCursor e, struct state *st,
		       struct vset *out)
{
	enum CXCursorKind kind = clang_getCursorKind(e);
	struct val c = { .v = { .known = 1, .expr = e } };
	struct state other;
	struct vset a;
	unsigned int n;
	CXCursor *k;
	int slot;

	c.v.via = clang_getNullCursor();
	switch (kind) {
	case CXCursor_ParenExpr:
	case CXCursor_UnexposedExpr:
		/* the implicit read of a variable names the variable */
		if (kind == CXCursor_UnexposedExpr && fl->vars.nr) {
			slot = ef_map_get(
				&fl->vars,
				ef_cursor_key(clang_getCursorReferenced(e)));
			if (slot > 0) {
				*out = st->v[slot];
				if (!out->n)
					vset_one(out, UNKNOWN);
				return;
			}
		}
		k = kids(fl, e, &n);
		if (n == 1 && clang_isExpression(clang_getCursorKind(k[0]))) {
			eval(fl, k[0], st, out);
			lift(fl, e, k[0], out);
		} else if (is_elvis(fl, e, k, n)) {
			eval_elvis(fl, k, st, out);
		} else if (evaluate(e, &c.v.value, &c.v.wide)) {
			vset_one(out, intern(fl, &c));
		} else {
			exec_kids(fl, e, st);
			vset_one(out, UNKNOWN);
		}
		kids_free(fl, k);
		return;
	case CXCursor_ConditionalOperator:
		/* each arm on its own, even for IS_ENABLED(CONFIG_X) */
		k = kids(fl, e, &n);
		if (n == 3) {
			eval(fl, k[0], st, NULL);
			st_copy(fl, &other, st);
			eval(fl, k[1], st, out);
			eval(fl, k[2], &other, &a);
			vset_union(out, &a);
			st_join(fl, st, &other, 0);
			st_free(&other);
		} else {
			exec_kids(fl, e, st);
			vset_one(out, UNKNOWN);
		}
		kids_free(fl, k);
		return;
	case CXCursor_BinaryOperator:
		if (clang_getCursorBinaryOperatorKind(e) ==
			    CXBinaryOperator_Assign ||
		    !evaluate(e, &c.v.value, &c.v.wide)) {
			eval_binary(fl, e, st, out);
			return;
		}
		break;
	case CXCursor_CompoundAssignOperator:
		eval_update(fl, e, st, out);
		return;
	case CXCursor_UnaryOperator:
		if (!evaluate(e, &c.v.value, &c.v.wide)) {
			eval_unary(fl, e, st, out);
			return;
		}
		break;
	case CXCursor_DeclRefExpr:
		slot = ef_map_get(&fl->vars,
				  ef_cursor_key(clang_getCursorReferenced(e)));
		if (slot > 0) {
			*out = st->v[slot];
			if (!out->n)
				vset_one(out, UNKNOWN);
			return;
		}
		if (!may_be_constant(e) ||
		    !evaluate(e, &c.v.value, &c.v.wide)) {
			vset_one(out, UNKNOWN);
			return;
		}
		break;
	case CXCursor_CStyleCastExpr:
		if (!evaluate(e, &c.v.value, &c.v.wide)) {
			k = kids(fl, e, &n);
			if (n) {
				eval(fl, k[n - 1], st, out);
				narrow(fl, clang_getCursorType(e), out);
			} else {
				vset_one(out, UNKNOWN);
			}
			kids_free(fl, k);
			return;
		}
		break;
	case CXCursor_StmtExpr:
		eval_stmt_expr(fl, e, st, out);
		return;
	case CXCursor_CallExpr:
	case CXCursor_InitListExpr:
	case CXCursor_CompoundLiteralExpr:
		exec_kids(fl, e, st);
		vset_one(out, UNKNOWN);
		return;
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
		/* never constant */
		exec_kids(fl, e, st);
		vset_one(out, UNKNOWN);
		return;
	default:
		if (!evaluate(e, &c.v.value, &c.v.wide)) {
			exec_kids(fl, e, st);
			vset_one(out, UNKNOWN);
			return;
		}
		break;
	}
	vset_one(out, intern(fl, &c));
}

static void eval(struct flow *fl, CXCursor e, struct state *st,
		 struct vset *out)
{
	int q = fl->queries.nr ? ef_map_get(&fl->queries, ef_cursor_key(e)) :
				 -1;
	int outer = fl->active;
	struct vset tmp;
	unsigned int i;

	if (!out) {
		/* run for its effects only: leaves have none */
		switch (clang_getCursorKind(e)) {
		case CXCursor_IntegerLiteral:
		case CXCursor_CharacterLiteral:
		case CXCursor_StringLiteral:
		case CXCursor_DeclRefExpr:
		case CXCursor_UnaryExpr:
			if (q < 0)
				return;
			break;
		default:
			break;
		}
		out = &tmp;
	}
	if (q >= 0)
		fl->active = q;
	eval_value(fl, e, st, out);
	fl->active = outer;
	if (q < 0 || st->dead)
		return;
	/* a write of the field: record what it stores, then store it */
	fl->q[q].reached = 1;
	vset_union(&fl->q[q].vs, out);
	for (i = 0; i < st->v[0].n; i++) {
		const struct val *a = &fl->vals[st->v[0].id[i]];

		if (!a->v.known || a->param || a->v.value)
			fl->q[q].after_override = 1;
	}
	st->v[0] = *out;
}

/* --- variables and parameters ------------------------------------------ */

static int is_integer(CXCursor c)
{
	CXType t = clang_getCanonicalType(clang_getCursorType(c));

	return (t.kind >= CXType_Bool && t.kind <= CXType_Int128) ||
	       t.kind == CXType_Enum;
}

struct prescan {
	struct flow *fl;
	struct ef_map escaped;
	CXCursor *vars;
	int nr, asm_depth;
};

static enum CXChildVisitResult find_vars(CXCursor c, CXCursor parent,
					 CXClientData data)
{
	struct prescan *p = data;
	enum CXCursorKind kind = clang_getCursorKind(c);
	enum CX_StorageClass sc;
	struct ef_kids k;

	(void)parent;
	switch (kind) {
	case CXCursor_VarDecl:
		sc = clang_Cursor_getStorageClass(c);
		if (sc != CX_SC_Static && sc != CX_SC_Extern && is_integer(c)) {
			p->vars = xrealloc(p->vars,
					   (p->nr + 1) * sizeof(*p->vars));
			p->vars[p->nr++] = c;
		}
		break;
	case CXCursor_UnaryOperator:
		if (clang_getCursorUnaryOperatorKind(c) !=
		    CXUnaryOperator_AddrOf)
			break;
		ef_children(c, &k);
		if (k.nr == 1 && clang_getCursorKind(ef_strip(k.v[0])) ==
					 CXCursor_DeclRefExpr)
			ef_map_put(&p->escaped,
				   ef_cursor_key(clang_getCursorReferenced(
					   ef_strip(k.v[0]))),
				   1);
		break;
	case CXCursor_DeclRefExpr:
		if (p->asm_depth)
			ef_map_put(&p->escaped,
				   ef_cursor_key(clang_getCursorReferenced(c)),
				   1);
		break;
	case CXCursor_AsmStmt:
		p->asm_depth++;
		ef_visit_children(c, find_vars, p);
		p->asm_depth--;
		return CXChildVisit_Continue;
	default:
		break;
	}
	return CXChildVisit_Recurse;
}

/* Number the integer locals and parameters whose address never escapes. */
static void prescan(struct flow *fl)
{
	struct prescan p = { .fl = fl };
	int i, n = clang_Cursor_getNumArguments(fl->fn);

	fl->nr_slots = 1;
	fl->param_of = xcalloc(1, sizeof(int));
	ef_visit_children(fl->fn, find_vars, &p);
	for (i = -n; i < p.nr; i++) {
		CXCursor v = i < 0 ? clang_Cursor_getArgument(fl->fn, i + n) :
				     p.vars[i];

		if ((i < 0 && !is_integer(v)) ||
		    ef_map_get(&p.escaped, ef_cursor_key(v)) >= 0)
			continue;
		fl->param_of = xrealloc(fl->param_of,
					(fl->nr_slots + 1) * sizeof(int));
		fl->param_of[fl->nr_slots] = i < 0 ? i + n + 1 : 0;
		ef_map_put(&fl->vars, ef_cursor_key(v), fl->nr_slots++);
	}
	free(p.vars);
	ef_map_free(&p.escaped);
}

/* For N writes: most make a value or two, sized once rather than grown. */
static void flow_init(struct flow *fl, struct ef_ctx *ctx, CXCursor fn,
		      size_t n)
{
	memset(fl, 0, sizeof(*fl));
	fl->ctx = ctx;
	fl->fn = fn;
	fl->alloc_vals = 16 + 2 * n;
	fl->vals = xcalloc(fl->alloc_vals, sizeof(*fl->vals));
	fl->intern_size = 64;
	while (fl->intern_size < 2 * fl->alloc_vals)
		fl->intern_size *= 2;
	fl->intern = xmalloc(fl->intern_size * sizeof(*fl->intern));
	memset(fl->intern, 0xff, fl->intern_size * sizeof(*fl->intern));
	fl->vals[UNKNOWN].v.expr = clang_getNullCursor();
	fl->vals[UNKNOWN].v.via = clang_getNullCursor();
	fl->nr_vals = 1;
	fl->stack = xmalloc(KID_STACK * sizeof(*fl->stack));
}

static void flow_free(struct flow *fl)
{
	size_t i;

	for (i = 0; i < fl->nr_labels; i++)
		st_free(&fl->label_st[i]);
	free(fl->label_st);
	free(fl->label_seen);
	free(fl->label_at);
	ef_map_free(&fl->vars);
	ef_map_free(&fl->queries);
	free(fl->param_of);
	free(fl->q);
	free(fl->vals);
	free(fl->intern);
	free(fl->stack);
}

/* Run the pass over FN for the value expressions Q[0..n). */
static void run(struct flow *fl, const CXCursor *q, size_t n)
{
	struct state st;
	unsigned int nk, i;
	CXCursor *k;
	size_t j;

	fl->q = xcalloc(n + 1, sizeof(*fl->q));
	fl->active = -1;
	for (j = 0; j < n; j++)
		if (ef_map_get(&fl->queries, ef_cursor_key(q[j])) < 0)
			ef_map_put(&fl->queries, ef_cursor_key(q[j]), j);
	if (clang_Cursor_isNull(fl->fn)) {
		fl->nr_slots = 1;
		st_init(fl, &st, 0);
		for (j = 0; j < n; j++)
			eval(fl, q[j], &st, NULL);
		st_free(&st);
		return;
	}
	prescan(fl);
	k = kids(fl, fl->fn, &nk);
	st_init(fl, &st, 0);
	for (fl->pass = 0; fl->pass < MAX_PASSES + 2; fl->pass++) {
		struct val p = { .v = { .known = 1 } };

		p.v.expr = clang_getNullCursor();
		p.v.via = clang_getNullCursor();
		for (i = 1; i < (unsigned int)fl->nr_slots; i++) {
			st.v[i].n = 0;
			if (fl->param_of[i]) {
				p.param = fl->param_of[i];
				vset_one(&st.v[i], intern(fl, &p));
			}
		}
		st.v[0].n = 0;
		st.dead = 0;
		fl->again = 0;
		for (i = 0; i < nk; i++)
			if (clang_getCursorKind(k[i]) == CXCursor_CompoundStmt)
				exec(fl, k[i], &st);
		if (!fl->again)
			break;
	}
	st_free(&st);
	kids_free(fl, k);
	/* never reached (dead code): on its own, every variable unknown */
	for (j = 0; j < n; j++) {
		if (fl->q[j].reached)
			continue;
		st_init(fl, &st, 0);
		for (i = 1; i < (unsigned int)fl->nr_slots; i++)
			vset_one(&st.v[i], UNKNOWN);
		eval(fl, q[j], &st, NULL);
		st_free(&st);
	}
}

/* --- results ------------------------------------------------------------- */

static void add(struct ef_values *out, const struct ef_value *v)
{
	size_t i;

	for (i = 0; i < out->nr; i++)
		if (out->v[i].value == v->value &&
		    out->v[i].known == v->known &&
		    clang_equalCursors(out->v[i].expr, v->expr))
			return;
	if (out->nr == out->alloc) {
		out->alloc = out->alloc ? 2 * out->alloc : 4;
		out->v = xrealloc(out->v, out->alloc * sizeof(*out->v));
	}
	out->v[out->nr++] = *v;
}

static void values_of(struct ef_ctx *ctx, CXCursor fn, const CXCursor *q,
		      size_t n, struct ef_values *out, int depth);

/* A walk of the whole translation unit for the calls of one function. */
struct call_walk {
	CXCursor callee, fn;
	int index;
	size_t calls, refs;
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
 *	{ desc->action.error_override = -err; }
 *	...	set(desc, EAGAIN);
 * Only for a static function whose every use is a call: each argument,
 * worked out in its caller, goes through A's sign and offset.
 */
static void param_values(struct ef_ctx *ctx, CXCursor fn, const struct val *a,
			 CXCursor write, int depth, struct ef_values *out)
{
	struct call_walk w = { .callee = fn, .index = a->param - 1 };
	struct ef_value unknown = { .expr = write };
	size_t i, j;

	unknown.via = clang_getNullCursor();
	if (depth >= MAX_DEPTH ||
	    clang_getCursorLinkage(fn) != CXLinkage_Internal) {
		add(out, &unknown);
		return;
	}
	w.fn = clang_getNullCursor();
	clang_visitChildren(clang_getTranslationUnitCursor(ctx->tu), walk_calls,
			    &w);
	if (!w.calls || w.refs != w.calls) {
		add(out, &unknown);
		goto out;
	}
	/* one pass per caller, for all its calls */
	for (i = 0; i < w.nr; i = j) {
		struct ef_values *got;
		size_t k, m;

		for (j = i;
		     j < w.nr && clang_equalCursors(w.callers[j], w.callers[i]);
		     j++)
			;
		got = xcalloc(j - i, sizeof(*got));
		values_of(ctx, w.callers[i], &w.args[i], j - i, got, depth + 1);
		for (k = 0; k < j - i; k++) {
			for (m = 0; m < got[k].nr; m++) {
				struct ef_value v = got[k].v[m];

				/* the argument, as the parameter holds it */
				if (v.known) {
					long long was = v.value;

					narrow_value(
						clang_getCursorType(
							clang_Cursor_getArgument(
								fn,
								a->param - 1)),
						&v.value);
					v.derived |= v.value != was;
				}
				if (v.known) {
					v.value =
						(a->neg ? -v.value : v.value) +
						a->v.value;
					v.wide = v.wide || v.value < INT_MIN ||
						 v.value > INT_MAX;
					v.derived |= a->neg || a->v.value;
				}
				if (!v.via_call) {
					v.expr = w.args[i + k];
					v.via = w.args[i + k];
					v.via_call = 1;
				}
				add(out, &v);
			}
			free(got[k].v);
		}
		free(got);
	}
out:
	free(w.args);
	free(w.callers);
}

static void values_of(struct ef_ctx *ctx, CXCursor fn, const CXCursor *q,
		      size_t n, struct ef_values *out, int depth)
{
	struct flow fl;
	size_t j;
	unsigned int i;

	flow_init(&fl, ctx, fn, n);
	run(&fl, q, n);
	for (j = 0; j < n; j++) {
		const struct vset *s = &fl.q[j].vs;

		out[j].after_override = fl.q[j].after_override;
		for (i = 0; i < s->n; i++) {
			const struct val *a = &fl.vals[s->id[i]];
			struct ef_value v = a->v;

			if (a->param) {
				param_values(ctx, fn, a, q[j], depth, &out[j]);
				continue;
			}
			if (!v.known) {
				v.expr = q[j];
				v.via = clang_getNullCursor();
			}
			add(&out[j], &v);
		}
		if (!s->n) {
			struct ef_value v = { .expr = q[j] };

			v.via = clang_getNullCursor();
			add(&out[j], &v);
		}
	}
	flow_free(&fl);
}

void ef_values_of(struct ef_ctx *ctx, CXCursor fn, const struct ef_write *w,
		  size_t n, struct ef_values *out)
{
	CXCursor *q = xcalloc(n + 1, sizeof(*q));
	size_t i;

	for (i = 0; i < n; i++)
		q[i] = w[i].value;
	values_of(ctx, fn, q, n, out, 0);
	free(q);
}

/*
 * Spelled as a bare number such as -11 or (-11): an integer literal, under
 * signs and parentheses only, written in the file (or in a macro's
 * argument) rather than in a macro's body such as EAGAIN's.  Tokens of a
 * macro body are remembered: the same EAGAIN comes back again and again.
 */
#define BODY_CACHE 16
static __thread struct body_cache {
	struct {
		CXFile file;
		unsigned int off;
	} e[BODY_CACHE];
	unsigned int next;
	CXTranslationUnit tu;
} body_cache;

int ef_is_literal(struct ef_ctx *ctx, CXCursor e)
{
	struct body_cache *bc;
	CXSourceLocation at;
	CXFile f1, f2;
	unsigned int o1, o2, i;
	struct ef_kids k;

	for (;;) {
		enum CXCursorKind kind = clang_getCursorKind(e);

		if (kind == CXCursor_IntegerLiteral)
			break;
		if (kind != CXCursor_ParenExpr &&
		    kind != CXCursor_UnexposedExpr &&
		    !(kind == CXCursor_UnaryOperator &&
		      (clang_getCursorUnaryOperatorKind(e) ==
			       CXUnaryOperator_Minus ||
		       clang_getCursorUnaryOperatorKind(e) ==
			       CXUnaryOperator_Plus)))
			return 0;
		ef_children(e, &k);
		if (k.nr != 1)
			return 0;
		e = k.v[0];
	}
	bc = &body_cache;
	if (bc->tu != ctx->tu) {
		memset(bc, 0, sizeof(*bc));
		bc->tu = ctx->tu;
	}
	at = clang_getCursorLocation(e);
	clang_getSpellingLocation(at, &f1, NULL, NULL, &o1);
	if (!f1)
		return 0;
	for (i = 0; i < BODY_CACHE; i++)
		if (bc->e[i].file == f1 && bc->e[i].off == o1)
			return 0;
	clang_getFileLocation(at, &f2, NULL, NULL, &o2);
	if (f2 && clang_File_isEqual(f1, f2) && o1 == o2)
		return 1;
	i = bc->next++ % BODY_CACHE;
	bc->e[i].file = f1;
	bc->e[i].off = o1;
	return 0;
}
