// SPDX-License-Identifier: GPL-2.0
/*
 * merge.c - the rule table (efcheck's checks and the cocci rules' names)
 * and efcheck --merge: read findings from efcheck's JSON Lines or SARIF,
 * efcheck's text, and cocci report lines, into one finding list
 *
 *	{"file":..,"line":..,"column":..,"check":..,"message":..,...}
 *	{"version":"2.1.0","runs":[...]}
 *	file:line:col: error|warning|note: message [check]
 *	file:line:col-col: message [name]		(cocci report mode)
 *
 * A cocci line's columns are 0-based, as coccilib prints them.
 */
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "front.h"

static const struct ef_rule cocci_rules[] = {
#define RULE(name, sev, file, doc) { name, sev, 1, doc, file },
#include "cocci_list.h"
#undef RULE
};

static struct ef_rule rules[EF_NR_CHECKS + ARRAY_SIZE(cocci_rules)];
/* --disable keeps the rules it names in a 64-bit mask (main.c) */
_Static_assert(ARRAY_SIZE(rules) <= 64, "too many rules for a 64-bit mask");

static void init_rules(void)
{
	size_t i;

	if (rules[0].name)
		return;
	for (i = 0; i < EF_NR_CHECKS; i++)
		rules[i] = (struct ef_rule){ ef_checks[i].name,
					     ef_checks[i].severity,
					     ef_checks[i].default_on,
					     ef_checks[i].doc, NULL };
	for (i = 0; i < ARRAY_SIZE(cocci_rules); i++)
		rules[EF_NR_CHECKS + i] = cocci_rules[i];
}

size_t ef_nr_rules(void)
{
	return ARRAY_SIZE(rules);
}

const struct ef_rule *ef_rule(unsigned int i)
{
	init_rules();
	return &rules[i];
}

int ef_rule_by_name(const char *name, size_t len)
{
	size_t i;

	init_rules();
	for (i = 0; i < ARRAY_SIZE(rules); i++)
		if (strlen(rules[i].name) == len &&
		    !strncmp(rules[i].name, name, len))
			return i;
	return -1;
}

/* Strip a PREFIX given with --relative-to=, and "./", from a path. */
static const char *relative(const char *path, const struct strvec *strip)
{
	int i;

	for (i = 0; i < strip->nr; i++) {
		size_t n = strlen(strip->v[i]);

		while (n && strip->v[i][n - 1] == '/')
			n--;
		if (!strncmp(path, strip->v[i], n) && path[n] == '/') {
			path += n + 1;
			break;
		}
	}
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	return path;
}

struct input {
	const char *name;
	unsigned int line;
	struct merged *out;
	const struct strvec *strip;
};

static int bad(struct input *in, const char *why)
{
	fprintf(stderr, "efcheck: %s:%u: %s\n", in->name, in->line, why);
	return -1;
}

static struct ef_finding *add(struct input *in, int check, int cocci,
			      const char *file, unsigned int line,
			      unsigned int col, const char *msg)
{
	struct merged *m = in->out;
	struct ef_finding *f;

	f = ef_add(&m->res, check, relative(file, in->strip), line, col,
		   xstrdup(msg));
	if (m->nr_cocci < m->res.alloc) {
		m->cocci = xrealloc(m->cocci, m->res.alloc);
		m->nr_cocci = m->res.alloc;
	}
	m->cocci[m->res.nr - 1] = cocci;
	return f;
}

static int uint_of(json_t *j, unsigned int *v)
{
	if (!json_is_integer(j) || json_integer_value(j) < 0 ||
	    json_integer_value(j) > 0x7fffffff)
		return -1;
	*v = json_integer_value(j);
	return 0;
}

/* One finding object of efcheck's JSON Lines. */
static int from_json(struct input *in, json_t *o)
{
	json_t *notes = json_object_get(o, "notes"), *fix, *n;
	const char *file, *check, *msg;
	unsigned int line, col;
	struct ef_finding *f;
	size_t i;
	int c;

	file = json_string_value(json_object_get(o, "file"));
	check = json_string_value(json_object_get(o, "check"));
	msg = json_string_value(json_object_get(o, "message"));
	if (!file || !check || !msg ||
	    uint_of(json_object_get(o, "line"), &line) ||
	    uint_of(json_object_get(o, "column"), &col))
		return bad(in, "not an efcheck finding");
	c = ef_rule_by_name(check, strlen(check));
	if (c < 0)
		return bad(in, "unknown check");
	f = add(in, c, 0, file, line, col, msg);
	json_array_foreach(notes, i, n)
	{
		const char *nf = json_string_value(json_object_get(n, "file"));
		const char *nm =
			json_string_value(json_object_get(n, "message"));
		unsigned int nl, nc;

		if (!nf || !nm || uint_of(json_object_get(n, "line"), &nl) ||
		    uint_of(json_object_get(n, "column"), &nc))
			return bad(in, "bad note");
		ef_add_note(f, relative(nf, in->strip), nl, nc, xstrdup(nm));
	}
	fix = json_object_get(o, "fix");
	if (json_is_object(fix)) {
		const char *text =
			json_string_value(json_object_get(fix, "replacement"));

		f->fix = xcalloc(1, sizeof(*f->fix));
		if (!text ||
		    uint_of(json_object_get(fix, "line"), &f->fix->line) ||
		    uint_of(json_object_get(fix, "column"), &f->fix->col) ||
		    uint_of(json_object_get(fix, "end_column"),
			    &f->fix->end_col))
			return bad(in, "bad fix");
		f->fix->text = xstrdup(text);
	}
	return 0;
}

/* A SARIF physicalLocation: file, line and column, or -1. */
static int sarif_where(json_t *l, const char **file, unsigned int *line,
		       unsigned int *col)
{
	json_t *p = json_object_get(l, "physicalLocation");
	json_t *r = json_object_get(p, "region");

	*file = json_string_value(
		json_object_get(json_object_get(p, "artifactLocation"), "uri"));
	*col = 1;
	if (!*file || uint_of(json_object_get(r, "startLine"), line))
		return -1;
	if (json_object_get(r, "startColumn"))
		return uint_of(json_object_get(r, "startColumn"), col);
	return 0;
}

/* A decoded copy of a relative URI reference (%XX escapes). */
static char *unuri(const char *u)
{
	char *out = xmalloc(strlen(u) + 1), *p = out;
	unsigned int c;

	for (; *u; u++) {
		if (*u == '%' && sscanf(u + 1, "%2x", &c) == 1) {
			*p++ = c;
			u += 2;
		} else {
			*p++ = *u;
		}
	}
	*p = '\0';
	return out;
}

/* The results of a SARIF log, efcheck's own or another tool's. */
static int from_sarif(struct input *in, json_t *log)
{
	json_t *run, *res, *rel, *fix;
	size_t i, j, k;

	json_array_foreach(json_object_get(log, "runs"), i, run)
	{
		json_array_foreach(json_object_get(run, "results"), j, res)
		{
			const char *rule = json_string_value(
				json_object_get(res, "ruleId"));
			const char *msg = json_string_value(json_object_get(
				json_object_get(res, "message"), "text"));
			unsigned int line, col;
			struct ef_finding *f;
			const char *file;
			char *path;
			int c;

			if (!rule || !msg ||
			    sarif_where(
				    json_array_get(json_object_get(res,
								   "locations"),
						   0),
				    &file, &line, &col))
				return bad(
					in,
					"SARIF result without rule, message or location");
			c = ef_rule_by_name(rule, strlen(rule));
			if (c < 0)
				return bad(in, "unknown check");
			path = unuri(file);
			f = add(in, c, 0, path, line, col, msg);
			free(path);
			json_array_foreach(json_object_get(res,
							   "relatedLocations"),
					   k, rel)
			{
				const char *nm =
					json_string_value(json_object_get(
						json_object_get(rel, "message"),
						"text"));
				unsigned int nl, nc;
				const char *nf;

				if (!nm || sarif_where(rel, &nf, &nl, &nc))
					return bad(in, "bad related location");
				path = unuri(nf);
				ef_add_note(f, relative(path, in->strip), nl,
					    nc, xstrdup(nm));
				free(path);
			}
			fix = json_object_get(
				json_array_get(
					json_object_get(
						json_array_get(json_object_get(
								       res,
								       "fixes"),
							       0),
						"artifactChanges"),
					0),
				"replacements");
			fix = json_array_get(fix, 0);
			if (fix) {
				json_t *d =
					json_object_get(fix, "deletedRegion");
				const char *text =
					json_string_value(json_object_get(
						json_object_get(
							fix, "insertedContent"),
						"text"));

				f->fix = xcalloc(1, sizeof(*f->fix));
				if (!text ||
				    uint_of(json_object_get(d, "startLine"),
					    &f->fix->line) ||
				    uint_of(json_object_get(d, "startColumn"),
					    &f->fix->col) ||
				    uint_of(json_object_get(d, "endColumn"),
					    &f->fix->end_col))
					return bad(in, "bad fix");
				f->fix->text = xstrdup(text);
			}
		}
	}
	return 0;
}

/* Parse "N:" at *P; 0 on success. */
static int number(char **p, unsigned int *v, char stop)
{
	char *end;
	unsigned long n;

	if (**p < '0' || **p > '9')
		return -1;
	errno = 0;
	n = strtoul(*p, &end, 10);
	if (errno || *end != stop || n > 0x7fffffff)
		return -1;
	*v = n;
	*p = end + 1;
	return 0;
}

/*
 * A text line: "file:line:col: severity: message [check]" (efcheck), its
 * notes "file:line:col: note: message", or "file:line:col-col: message
 * [name]" (a cocci rule in report mode).  LAST is the finding a note
 * belongs to.
 */
static int from_text(struct input *in, char *s, struct ef_finding **last)
{
	unsigned int line, col, end;
	char *p, *msg, *name, *close;
	int c, cocci = 0;

	/* the file name may hold ':'; find ":N:N" from the left */
	for (p = s; (p = strchr(p, ':')); p++) {
		msg = p + 1;
		if (number(&msg, &line, ':'))
			continue;
		if (!number(&msg, &col, ':'))
			break;
		if (!number(&msg, &col, '-') && !number(&msg, &end, ':')) {
			cocci = 1;
			col++;
			break;
		}
	}
	if (!p || *msg != ' ')
		return bad(in, "not a finding line");
	*p = '\0';
	msg++;
	if (!cocci) {
		if (!strncmp(msg, "note: ", 6) && *last) {
			ef_add_note(*last, relative(s, in->strip), line, col,
				    xstrdup(msg + 6));
			return 0;
		}
		if (strncmp(msg, "error: ", 7) &&
		    strncmp(msg, "warning: ", 9) && strncmp(msg, "note: ", 6))
			return bad(in, "not a finding line");
		msg = strstr(msg, ": ") + 2;
	}
	name = strrchr(msg, '[');
	close = name ? strchr(name, ']') : NULL;
	if (!name || name == msg || name[-1] != ' ' || !close || close[1])
		return bad(in, "no [check] at the end of the line");
	c = ef_rule_by_name(name + 1, close - name - 1);
	if (c < 0)
		return bad(in, "unknown check");
	name[-1] = '\0';
	*last = add(in, c, cocci, s, line, col, msg);
	return 0;
}

/* Read one input: a SARIF log, or lines of JSON or text. */
static int merge_buf(struct input *in, char *buf, size_t size)
{
	struct ef_finding *last = NULL;
	json_error_t jerr;
	char *p, *eol;
	json_t *j;
	int ret = 0;

	p = buf + strspn(buf, " \t\r\n");
	if (*p == '{') {
		j = json_loadb(p, size - (p - buf), 0, &jerr);
		if (j && json_object_get(j, "runs")) {
			in->line = 1;
			ret = from_sarif(in, j);
			json_decref(j);
			return ret;
		}
		json_decref(j);
	}
	for (p = buf, in->line = 1; p < buf + size && !ret;
	     p = eol + 1, in->line++) {
		eol = memchr(p, '\n', buf + size - p);
		if (!eol)
			eol = buf + size;
		*eol = '\0';
		if (eol > p && eol[-1] == '\r')
			eol[-1] = '\0';
		if (!*p)
			continue;
		if (*p == '{') {
			j = json_loads(p, 0, &jerr);
			if (!j)
				return bad(in, "broken JSON");
			ret = from_json(in, j);
			json_decref(j);
			last = NULL;
		} else {
			ret = from_text(in, p, &last);
		}
	}
	return ret;
}

/*
 * A cocci rule's finding on a line where efcheck has one is the same
 * problem seen with less precision: keep efcheck's.  Of a rule's findings
 * on one line, keep one per check.
 */
static void drop_cocci_twins(struct merged *m)
{
	unsigned char *drop = xcalloc(m->res.nr + 1, 1);
	size_t i, j, kept = 0;

	for (i = 0; i < m->res.nr; i++) {
		struct ef_finding *f = &m->res.v[i];

		for (j = 0; m->cocci[i] && j < m->res.nr && !drop[i]; j++) {
			struct ef_finding *g = &m->res.v[j];

			if (j == i || g->loc.line != f->loc.line ||
			    strcmp(g->loc.file, f->loc.file))
				continue;
			drop[i] = !m->cocci[j] ||
				  (j < i && g->check == f->check && !drop[j]);
		}
	}
	for (i = 0; i < m->res.nr; i++) {
		if (drop[i]) {
			ef_finding_free(&m->res.v[i]);
			continue;
		}
		m->cocci[kept] = m->cocci[i];
		m->res.v[kept++] = m->res.v[i];
	}
	m->res.nr = kept;
	free(drop);
}

/* Merge the findings in FILES ("-": stdin) into M; -1 on bad input. */
int merge_load(char **files, int nr, const struct strvec *strip,
	       struct merged *m)
{
	int i, ret = 0;

	init_rules();
	for (i = 0; i < nr && !ret; i++) {
		struct input in = { files[i], 0, m, strip };
		FILE *fp = strcmp(files[i], "-") ? fopen(files[i], "r") : stdin;
		char *buf = NULL;
		size_t size = 0, alloc = 0, n;

		if (!fp) {
			fprintf(stderr, "efcheck: %s: %s\n", files[i],
				strerror(errno));
			return -1;
		}
		do {
			if (size + 4096 + 1 > alloc) {
				alloc = 2 * alloc + 8192;
				buf = xrealloc(buf, alloc);
			}
			n = fread(buf + size, 1, alloc - size - 1, fp);
			size += n;
		} while (n);
		buf[size] = '\0';
		/* a directory opens, and fails only here */
		if (ferror(fp)) {
			fprintf(stderr, "efcheck: %s: %s\n", files[i],
				strerror(errno));
			ret = -1;
		}
		if (fp != stdin)
			fclose(fp);
		if (!ret && memchr(buf, '\0', size))
			ret = bad(&in, "binary input");
		else if (!ret)
			ret = merge_buf(&in, buf, size);
		free(buf);
	}
	if (!ret)
		drop_cocci_twins(m);
	return ret;
}
