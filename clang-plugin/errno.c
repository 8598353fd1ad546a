// SPDX-License-Identifier: GPL-2.0
/*
 * errno.c - the E* macros of one translation unit
 *
 * Errno values differ per architecture (EOPNOTSUPP is 95, 45, 122 or 223),
 * so no fixed table will do.  The errno headers the translation unit
 * really included (asm/errno.h, asm-generic/errno*.h, linux/errno.h, ...)
 * are read in include order, following their own #include lines, and
 * their "#define E<NAME> <number or E name>" lines are evaluated.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"

struct errno_files {
	CXFile *v;
	char **names;
	size_t nr;
	unsigned char *done;
};

static int is_errno_header(const char *path)
{
	const char *base = strrchr(path, '/');

	base = base ? base + 1 : path;
	return !strcmp(base, "errno.h") || !strcmp(base, "errno-base.h");
}

static void add_file(CXFile f, CXSourceLocation *stack, unsigned int depth,
		     CXClientData data)
{
	struct errno_files *ef = data;
	CXString s = clang_getFileName(f);
	const char *path = clang_getCString(s);

	(void)stack;
	(void)depth;
	if (path && is_errno_header(path)) {
		ef->v = xrealloc(ef->v, (ef->nr + 1) * sizeof(*ef->v));
		ef->names = xrealloc(ef->names, (ef->nr + 1) * sizeof(char *));
		ef->v[ef->nr] = f;
		ef->names[ef->nr++] = xstrdup(path);
	}
	clang_disposeString(s);
}

static struct ef_errno *lookup(struct ef_ctx *ctx, const char *name)
{
	size_t i;

	for (i = 0; i < ctx->nr_errnos; i++)
		if (!strcmp(ctx->errnos[i].name, name))
			return &ctx->errnos[i];
	return NULL;
}

static void undef(struct ef_ctx *ctx, const char *name)
{
	struct ef_errno *e = lookup(ctx, name);

	if (!e)
		return;
	free(e->name);
	ctx->nr_errnos--;
	memmove(e, e + 1, (ctx->errnos + ctx->nr_errnos - e) * sizeof(*e));
}

static void define(struct ef_ctx *ctx, const char *name, const char *val)
{
	struct ef_errno *e, *alias = NULL;
	long long v;
	char *end;

	if (isdigit((unsigned char)val[0])) {
		v = strtoll(val, &end, 0);
		if (*end && !isspace((unsigned char)*end) && *end != '/')
			return;
	} else {
		alias = lookup(ctx, val);
		if (!alias)
			return;
		v = alias->value;
	}
	undef(ctx, name);
	ctx->errnos = xrealloc(ctx->errnos,
			       (ctx->nr_errnos + 1) * sizeof(*ctx->errnos));
	e = &ctx->errnos[ctx->nr_errnos++];
	e->name = xstrdup(name);
	e->value = v;
	e->alias = alias != NULL;
}

static void read_file(struct ef_ctx *ctx, struct errno_files *ef, size_t idx);

/* #include <asm-generic/errno-base.h>: read that header first, in place. */
static void follow(struct ef_ctx *ctx, struct errno_files *ef, const char *inc)
{
	size_t i, n = strlen(inc);

	for (i = 0; i < ef->nr; i++) {
		size_t m = strlen(ef->names[i]);

		if (m >= n && !strcmp(ef->names[i] + m - n, inc) &&
		    (m == n || ef->names[i][m - n - 1] == '/')) {
			read_file(ctx, ef, i);
			return;
		}
	}
}

static void read_file(struct ef_ctx *ctx, struct errno_files *ef, size_t idx)
{
	const char *p, *end;
	size_t size;

	if (ef->done[idx])
		return;
	ef->done[idx] = 1;
	p = clang_getFileContents(ctx->tu, ef->v[idx], &size);
	if (!p)
		return;
	for (end = p + size; p < end;) {
		const char *eol = memchr(p, '\n', end - p);
		char line[256], a[128], b[128];
		size_t len;

		if (!eol)
			eol = end;
		len = eol - p < 255 ? (size_t)(eol - p) : 255;
		memcpy(line, p, len);
		line[len] = '\0';
		p = eol + 1;
		if (sscanf(line, " # define %127[A-Z0-9_] %127s", a, b) == 2 &&
		    a[0] == 'E')
			define(ctx, a, b);
		else if (sscanf(line, " # undef %127[A-Z0-9_]", a) == 1)
			undef(ctx, a);
		else if (sscanf(line, " # include <%127[^>]>", a) == 1 &&
			 is_errno_header(a))
			follow(ctx, ef, a);
	}
}

void ef_errno_load(struct ef_ctx *ctx)
{
	struct errno_files ef = { 0 };
	size_t i;

	clang_getInclusions(ctx->tu, add_file, &ef);
	ef.done = xcalloc(ef.nr + 1, 1);
	for (i = 0; i < ef.nr; i++)
		read_file(ctx, &ef, i);
	for (i = 0; i < ef.nr; i++)
		free(ef.names[i]);
	free(ef.names);
	free(ef.v);
	free(ef.done);
	/* every write asks for a name: index the names of 0..MAX_ERRNO */
	ctx->errno_by_value =
		xcalloc(EF_MAX_ERRNO + 1, sizeof(*ctx->errno_by_value));
	for (i = 0; i < ctx->nr_errnos; i++) {
		const struct ef_errno *e = &ctx->errnos[i];
		const struct ef_errno **best;

		if (e->value < 0 || e->value > EF_MAX_ERRNO)
			continue;
		best = &ctx->errno_by_value[e->value];
		if (!*best || ((*best)->alias && !e->alias))
			*best = e;
	}
}

void ef_errno_free(struct ef_ctx *ctx)
{
	size_t i;

	for (i = 0; i < ctx->nr_errnos; i++)
		free(ctx->errnos[i].name);
	free(ctx->errnos);
	ctx->errnos = NULL;
	ctx->nr_errnos = 0;
	free(ctx->errno_by_value);
	ctx->errno_by_value = NULL;
}

/*
 * The name of errno VALUE (positive), preferring a name defined by number
 * over an alias (EAGAIN over EWOULDBLOCK), then the first one defined.
 */
const char *ef_errno_name(const struct ef_ctx *ctx, long long value)
{
	const struct ef_errno *best = NULL;
	size_t i;

	if (ctx->errno_by_value && value >= 0 && value <= EF_MAX_ERRNO) {
		best = ctx->errno_by_value[value];
		return best ? best->name : NULL;
	}
	for (i = 0; i < ctx->nr_errnos; i++) {
		const struct ef_errno *e = &ctx->errnos[i];

		if (e->value != value)
			continue;
		if (!best || (best->alias && !e->alias))
			best = e;
	}
	return best ? best->name : NULL;
}
