// SPDX-License-Identifier: GPL-2.0
/*
 * cursor.c - libclang cursor helpers shared by every layer: names, places,
 * children, the members of struct mmap_action, and findings at a cursor
 */
#include <stdint.h>
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
	/* a tree left by an analysis that crashed is another unit's */
	ef_tree_free();
}

/*
 * "dir/../x.h", as clang names a header included as "../x.h", made
 * "x.h": a step back over a plain directory name goes, as the kernel's
 * trees have no symlinked directories where drivers live.
 */
static void drop_dotdot(char *name)
{
	char *p;

	while ((p = strstr(name, "/../"))) {
		char *dir = p;

		while (dir > name && dir[-1] != '/')
			dir--;
		if (p - dir == 2 && !strncmp(dir, "..", 2))
			break; /* "../../": nothing to step back over */
		memmove(dir, p + 4, strlen(p + 4) + 1);
	}
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
	if (!clang_File_isEqual(f, main_file))
		drop_dotdot(name);
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

/* --- maps ---------------------------------------------------------------- */

/* Fibonacci hashing: the high bits of the product are well mixed. */
static size_t slot0(const struct ef_map *m, const void *key)
{
	unsigned long long x = (unsigned long long)(uintptr_t)key;

	return (size_t)((x * 0x9e3779b97f4a7c15ull) >> 32) & (m->size - 1);
}

/* The value of KEY, or -1. */
int ef_map_get(const struct ef_map *m, const void *key)
{
	size_t i;

	if (!m->size || !key)
		return -1;
	for (i = slot0(m, key); m->val[i] >= 0; i = (i + 1) & (m->size - 1))
		if (m->key[i] == key)
			return m->val[i];
	return -1;
}

/* Map KEY to V (>= 0), replacing what it was mapped to; a null KEY is not. */
void ef_map_put(struct ef_map *m, const void *key, int v)
{
	size_t i;

	if (!key)
		return;
	if (2 * (m->nr + 1) > m->size) {
		struct ef_map old = *m;

		m->size = m->size ? 2 * m->size : 16;
		m->key = xcalloc(m->size, sizeof(*m->key));
		m->val = xmalloc(m->size * sizeof(*m->val));
		memset(m->val, -1, m->size * sizeof(*m->val));
		m->nr = 0;
		for (i = 0; i < old.size; i++)
			if (old.val[i] >= 0)
				ef_map_put(m, old.key[i], old.val[i]);
		free(old.key);
		free(old.val);
	}
	for (i = slot0(m, key); m->val[i] >= 0; i = (i + 1) & (m->size - 1))
		if (m->key[i] == key) {
			m->val[i] = v;
			return;
		}
	m->key[i] = key;
	m->val[i] = v;
	m->nr++;
}

void ef_map_free(struct ef_map *m)
{
	free(m->key);
	free(m->val);
	memset(m, 0, sizeof(*m));
}

/*
 * What identifies C whichever parent reached it: the declaration of a
 * declaration cursor, the statement of a statement or expression (data[1]
 * of CXCursor; data[0] is the parent declaration the walk came from).
 * NULL for the other kinds (references, attributes).
 */
static inline const void *cursor_key(CXCursor c)
{
	if (c.kind >= CXCursor_FirstDecl && c.kind <= CXCursor_LastDecl)
		return c.data[0];
	if ((c.kind >= CXCursor_FirstExpr && c.kind <= CXCursor_LastExpr) ||
	    (c.kind >= CXCursor_FirstStmt && c.kind <= CXCursor_LastStmt))
		return c.data[1];
	return NULL;
}

const void *ef_cursor_key(CXCursor c)
{
	return cursor_key(c);
}

/* --- the tree of the function being walked ------------------------------- */

/*
 * libclang gives a node's children only through a walk of their own, which
 * costs about as much as the node's whole share of a recursive walk; the
 * checks and the value pass ask for the children of each node of the
 * function, some several times.  So one recursive walk of the function
 * records its tree, in the order libclang visits it, and ef_children(),
 * ef_visit_children() and ef_tree_kids() answer from it for the nodes in
 * it (the same cursors, as the walk made them).
 */
struct node {
	CXCursor c;
	int parent;
	unsigned int first, nr; /* children: t->kids[first..first + nr) */
};

struct tree {
	struct node *n;
	unsigned int nr, alloc;
	unsigned int *kid; /* node indices of the children, parent by parent */
	CXCursor *kc; /* and their cursors */
	int *open; /* the nodes whose children are being walked */
	unsigned int depth, alloc_open;
	struct ef_map index; /* ef_cursor_key() -> node, see tree_index() */
	unsigned int cur; /* the node last handed to a visitor */
	int ok;
};

/*
 * The thread's tree, or NULL.  A pointer read once per call: the address
 * of a thread-local object in a shared object costs a call each time the
 * compiler works it out again.
 */
static __thread struct tree *cur_tree;

static int same_cursor(CXCursor a, CXCursor b)
{
	return a.kind == b.kind && a.data[0] == b.data[0] &&
	       a.data[1] == b.data[1] && a.data[2] == b.data[2];
}

static enum CXChildVisitResult record(CXCursor c, CXCursor parent,
				      CXClientData data)
{
	struct tree *t = data;
	struct node *n;

	while (t->depth && !same_cursor(t->n[t->open[t->depth - 1]].c, parent))
		t->depth--;
	if (!t->depth) {
		/* a parent never seen: do not trust the tree */
		t->ok = 0;
		return CXChildVisit_Break;
	}
	if (t->nr == t->alloc) {
		t->alloc *= 2;
		t->n = xrealloc(t->n, t->alloc * sizeof(*t->n));
	}
	n = &t->n[t->nr];
	n->c = c;
	n->parent = t->open[t->depth - 1];
	n->nr = 0;
	if (t->depth == t->alloc_open) {
		t->alloc_open *= 2;
		t->open = xrealloc(t->open, t->alloc_open * sizeof(*t->open));
	}
	t->open[t->depth++] = t->nr++;
	return CXChildVisit_Recurse;
}

void ef_tree_free(void)
{
	struct tree *t = cur_tree;

	if (!t)
		return;
	cur_tree = NULL;
	free(t->n);
	free(t->kid);
	free(t->kc);
	free(t->open);
	ef_map_free(&t->index);
	free(t);
}

/* Record the tree of FN; ef_tree_free() forgets it. */
void ef_tree_build(CXCursor fn)
{
	struct tree *t;
	unsigned int i, p, *fill;

	ef_tree_free();
	t = xcalloc(1, sizeof(*t));
	t->alloc = 1024;
	t->n = xmalloc(t->alloc * sizeof(*t->n));
	t->alloc_open = 64;
	t->open = xmalloc(t->alloc_open * sizeof(*t->open));
	t->n[0].c = fn;
	t->n[0].parent = -1;
	t->n[0].nr = 0;
	t->nr = 1;
	t->open[0] = 0;
	t->depth = 1;
	t->ok = 1;
	clang_visitChildren(fn, record, t);
	free(t->open);
	t->open = NULL;
	if (!t->ok) {
		free(t->n);
		free(t);
		return;
	}
	/* children in the order visited: count, place, then fill */
	for (i = 1; i < t->nr; i++)
		t->n[t->n[i].parent].nr++;
	for (i = p = 0; i < t->nr; i++) {
		t->n[i].first = p;
		p += t->n[i].nr;
	}
	t->kid = xmalloc(t->nr * sizeof(*t->kid));
	t->kc = xmalloc(t->nr * sizeof(*t->kc));
	fill = xcalloc(t->nr, sizeof(*fill));
	for (i = 1; i < t->nr; i++) {
		const struct node *up = &t->n[t->n[i].parent];

		p = up->first + fill[t->n[i].parent]++;
		t->kid[p] = i;
		t->kc[p] = t->n[i].c;
	}
	free(fill);
	cur_tree = t;
}

/*
 * The index, made when first needed: the walk of a function that writes
 * no field asks for little more than the children of the node it visits.
 * Sized once; the first of equal nodes (GNU x ?: y has x again) stays.
 */
static void tree_index(struct tree *t)
{
	unsigned int i;

	t->index.size = 16;
	while (t->index.size < 2 * (t->nr + 1))
		t->index.size *= 2;
	t->index.key = xmalloc(t->index.size * sizeof(*t->index.key));
	t->index.val = xmalloc(t->index.size * sizeof(*t->index.val));
	memset(t->index.val, -1, t->index.size * sizeof(*t->index.val));
	for (i = 0; i < t->nr; i++) {
		const void *key = cursor_key(t->n[i].c);
		size_t j;

		if (!key)
			continue;
		for (j = slot0(&t->index, key); t->index.val[j] >= 0;
		     j = (j + 1) & (t->index.size - 1))
			if (t->index.key[j] == key)
				break;
		if (t->index.val[j] >= 0)
			continue;
		t->index.key[j] = key;
		t->index.val[j] = i;
		t->index.nr++;
	}
}

static int tree_find(struct tree *t, CXCursor c)
{
	int i;

	if (!t)
		return -1;
	/* most often, the node being visited */
	if (same_cursor(t->n[t->cur].c, c))
		return t->cur;
	if (!t->index.size)
		tree_index(t);
	i = ef_map_get(&t->index, cursor_key(c));
	/* a statement seen from another parent declaration is the same */
	return i >= 0 && t->n[i].c.kind == c.kind ? i : -1;
}

/* The children of C from the tree: 0 when C is not in it. */
int ef_tree_kids(CXCursor c, const CXCursor **v, unsigned int *n)
{
	struct tree *t = cur_tree;
	int i = tree_find(t, c);

	if (i < 0)
		return 0;
	*v = t->kc + t->n[i].first;
	*n = t->n[i].nr;
	return 1;
}

struct frame {
	unsigned int node, next;
};

/*
 * clang_visitChildren(C, FN, DATA), from the tree when C is in it: a
 * stack of its own, as deep as the code nests, keeps the C stack flat.
 */
int ef_visit_children(CXCursor c, CXCursorVisitor fn, CXClientData data)
{
	struct frame small[32], *st = small;
	unsigned int depth = 1, alloc = ARRAY_SIZE(small), k;
	struct tree *t = cur_tree;
	int i = tree_find(t, c), ret = 0;

	if (i < 0)
		return clang_visitChildren(c, fn, data);
	st[0].node = i;
	st[0].next = 0;
	while (depth) {
		struct frame *f = &st[depth - 1];
		const struct node *up = &t->n[f->node];

		if (f->next == up->nr) {
			depth--;
			continue;
		}
		k = t->kid[up->first + f->next++];
		t->cur = k;
		switch (fn(t->n[k].c, up->c, data)) {
		case CXChildVisit_Break:
			ret = 1;
			depth = 0;
			break;
		case CXChildVisit_Recurse:
			if (!t->n[k].nr)
				break;
			if (depth == alloc) {
				alloc *= 2;
				if (st == small) {
					st = xmalloc(alloc * sizeof(*st));
					memcpy(st, small, sizeof(small));
				} else {
					st = xrealloc(st, alloc * sizeof(*st));
				}
			}
			st[depth].node = k;
			st[depth++].next = 0;
			break;
		default:
			break;
		}
	}
	if (st != small)
		free(st);
	return ret;
}

/* The direct children of C; k->nr may exceed EF_MAX_KIDS (not all kept). */
void ef_children(CXCursor c, struct ef_kids *k)
{
	const CXCursor *v;
	unsigned int i, n;

	k->nr = 0;
	if (!ef_tree_kids(c, &v, &n)) {
		clang_visitChildren(c, collect, k);
		return;
	}
	for (i = 0; i < n && i < EF_MAX_KIDS; i++)
		k->v[i] = v[i];
	k->nr = n;
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
static __thread struct field_cache {
	struct {
		const void *decl;
		enum ef_field f;
	} e[FIELD_CACHE];
	unsigned int next;
} field_cache;

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
	memset(&field_cache, 0, sizeof(field_cache));
}

enum ef_field ef_member_field(CXCursor c)
{
	CXCursor decl = clang_getCursorReferenced(c);
	struct field_cache *fc = &field_cache;
	enum ef_field f;
	unsigned int i;

	if (clang_getCursorKind(decl) != CXCursor_FieldDecl)
		return F_NONE;
	for (i = 0; i < FIELD_CACHE; i++)
		if (fc->e[i].decl == decl.data[0])
			return fc->e[i].f;
	f = field_of_decl(decl);
	i = fc->next++ % FIELD_CACHE;
	fc->e[i].decl = decl.data[0];
	fc->e[i].f = f;
	return f;
}
