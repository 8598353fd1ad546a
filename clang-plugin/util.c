// SPDX-License-Identifier: GPL-2.0
/*
 * util.c - allocation helpers that exit on OOM, and the finding list
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "efcheck.h"

const struct ef_check_info ef_checks[EF_NR_CHECKS] = {
#define CHECK(id, name, sev, on, fn, doc) { name, sev, on, doc },
#include "check_list.h"
#undef CHECK
};

void die(const char *fmt, ...)
{
	va_list ap;

	fputs("efcheck: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

void *xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb ? nmemb : 1, size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

void *xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size ? size : 1);

	if (!p)
		die("out of memory");
	return p;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s);

	if (!p)
		die("out of memory");
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&p, fmt, ap);
	va_end(ap);
	if (n < 0)
		die("out of memory");
	return p;
}

/* Append a finding; MSG is taken over. */
struct ef_finding *ef_add(struct ef_result *res, enum ef_check check,
			  const char *file, unsigned int line, unsigned int col,
			  char *msg)
{
	struct ef_finding *f;

	if (res->nr == res->alloc) {
		res->alloc = res->alloc ? 2 * res->alloc : 16;
		res->v = xrealloc(res->v, res->alloc * sizeof(*res->v));
	}
	f = &res->v[res->nr++];
	memset(f, 0, sizeof(*f));
	f->loc.file = xstrdup(file);
	f->loc.line = line;
	f->loc.col = col;
	f->check = check;
	f->msg = msg;
	return f;
}

void ef_add_note(struct ef_finding *f, const char *file, unsigned int line,
		 unsigned int col, char *msg)
{
	struct ef_note *n;

	f->notes = xrealloc(f->notes, (f->nr_notes + 1) * sizeof(*f->notes));
	n = &f->notes[f->nr_notes++];
	n->loc.file = xstrdup(file);
	n->loc.line = line;
	n->loc.col = col;
	n->msg = msg;
}

/* Free what finding F owns, not F itself. */
void ef_finding_free(struct ef_finding *f)
{
	size_t i;

	for (i = 0; i < f->nr_notes; i++) {
		free(f->notes[i].loc.file);
		free(f->notes[i].msg);
	}
	free(f->notes);
	if (f->fix)
		free(f->fix->text);
	free(f->fix);
	free(f->loc.file);
	free(f->msg);
}

void ef_result_free(struct ef_result *res)
{
	size_t i;

	for (i = 0; i < res->nr; i++)
		ef_finding_free(&res->v[i]);
	free(res->v);
	for (i = 0; i < res->nr_unknown_flags; i++)
		free(res->unknown_flags[i]);
	free(res->unknown_flags);
	for (i = 0; i < res->nr_deps; i++)
		free(res->deps[i]);
	free(res->deps);
	free(res->parse_error);
	free(res->fatal);
	memset(res, 0, sizeof(*res));
}
