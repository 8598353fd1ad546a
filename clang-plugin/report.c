// SPDX-License-Identifier: GPL-2.0
/*
 * report.c - print findings sorted and deduplicated: text on stderr as gcc
 * and sparse do, or JSON Lines or SARIF 2.1.0 on stdout (jansson)
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "front.h"

static const char *const severity_names[] = {
	[EF_NOTE] = "note",
	[EF_WARNING] = "warning",
	[EF_ERROR] = "error",
};

static int cmp(const void *a, const void *b)
{
	const struct ef_finding *x = *(const struct ef_finding *const *)a;
	const struct ef_finding *y = *(const struct ef_finding *const *)b;
	int r = strcmp(x->loc.file, y->loc.file);

	if (r)
		return r;
	if (x->loc.line != y->loc.line)
		return x->loc.line < y->loc.line ? -1 : 1;
	if (x->loc.col != y->loc.col)
		return x->loc.col < y->loc.col ? -1 : 1;
	if (x->check != y->check)
		return x->check < y->check ? -1 : 1;
	return strcmp(x->msg, y->msg);
}

static void print_text(struct ef_finding *f)
{
	size_t i;

	fprintf(stderr, "%s:%u:%u: %s: %s [%s]\n", f->loc.file, f->loc.line,
		f->loc.col, severity_names[ef_checks[f->check].severity],
		f->msg, ef_checks[f->check].name);
	for (i = 0; i < f->nr_notes; i++)
		fprintf(stderr, "%s:%u:%u: note: %s\n", f->notes[i].loc.file,
			f->notes[i].loc.line, f->notes[i].loc.col,
			f->notes[i].msg);
}

/* Length of the UTF-8 sequence at S, or 0 if it is not one. */
static size_t utf8_len(const unsigned char *s)
{
	size_t n, i;

	if (s[0] < 0x80)
		return 1;
	if (s[0] >= 0xc2 && s[0] <= 0xdf)
		n = 2;
	else if (s[0] >= 0xe0 && s[0] <= 0xef)
		n = 3;
	else if (s[0] >= 0xf0 && s[0] <= 0xf4)
		n = 4;
	else
		return 0;
	for (i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	if ((s[0] == 0xe0 && s[1] < 0xa0) || (s[0] == 0xed && s[1] > 0x9f) ||
	    (s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] > 0x8f))
		return 0;
	return n;
}

/*
 * A JSON string for S.  A file name may hold any bytes and JSON only
 * UTF-8: a byte that is not part of a UTF-8 sequence becomes U+FFFD.
 */
static json_t *jstr(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	char *out = xmalloc(3 * strlen(s) + 1), *q = out;
	json_t *j;

	while (*p) {
		size_t n = utf8_len(p);

		if (n) {
			memcpy(q, p, n);
			q += n;
			p += n;
		} else {
			memcpy(q, "\xef\xbf\xbd", 3);
			q += 3;
			p++;
		}
	}
	*q = '\0';
	j = json_string(out);
	free(out);
	return j;
}

static void print_json(struct ef_finding *f)
{
	json_t *o, *notes = json_array();
	size_t i;
	char *s;

	for (i = 0; i < f->nr_notes; i++)
		json_array_append_new(
			notes, json_pack("{s:o, s:i, s:i, s:o}", "file",
					 jstr(f->notes[i].loc.file), "line",
					 (int)f->notes[i].loc.line, "column",
					 (int)f->notes[i].loc.col, "message",
					 jstr(f->notes[i].msg)));
	o = json_pack("{s:o, s:i, s:i, s:s, s:s, s:o, s:o}", "file",
		      jstr(f->loc.file), "line", (int)f->loc.line, "column",
		      (int)f->loc.col, "severity",
		      severity_names[ef_checks[f->check].severity], "check",
		      ef_checks[f->check].name, "message", jstr(f->msg),
		      "notes", notes);
	if (f->fix)
		json_object_set_new(
			o, "fix",
			json_pack("{s:i, s:i, s:i, s:o}", "line",
				  (int)f->fix->line, "column", (int)f->fix->col,
				  "end_column", (int)f->fix->end_col,
				  "replacement", jstr(f->fix->text)));
	s = json_dumps(o, JSON_COMPACT | JSON_ENSURE_ASCII);
	if (!s)
		die("out of memory");
	puts(s);
	free(s);
	json_decref(o);
}

/* A relative URI reference for a path: RFC 3986 unreserved bytes and '/'. */
static char *uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	char *out = xmalloc(3 * strlen(path) + 1), *p = out;

	for (; *path; path++) {
		unsigned char c = *path;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("-._~/", c)) {
			*p++ = c;
		} else {
			*p++ = '%';
			*p++ = hex[c >> 4];
			*p++ = hex[c & 15];
		}
	}
	*p = '\0';
	return out;
}

static json_t *sarif_location(const struct ef_loc *loc, const char *msg)
{
	char *u = uri(loc->file);
	json_t *l = json_pack("{s:{s:{s:s}, s:{s:i, s:i}}}", "physicalLocation",
			      "artifactLocation", "uri", u, "region",
			      "startLine", (int)loc->line, "startColumn",
			      (int)loc->col);

	if (msg)
		json_object_set_new(l, "message",
				    json_pack("{s:o}", "text", jstr(msg)));
	free(u);
	return l;
}

static json_t *sarif_result(struct ef_finding *f)
{
	json_t *r, *related = json_array();
	size_t i;
	char *u;

	r = json_pack("{s:s, s:i, s:s, s:{s:o}, s:[o]}", "ruleId",
		      ef_checks[f->check].name, "ruleIndex", (int)f->check,
		      "level", severity_names[ef_checks[f->check].severity],
		      "message", "text", jstr(f->msg), "locations",
		      sarif_location(&f->loc, NULL));
	for (i = 0; i < f->nr_notes; i++)
		json_array_append_new(related, sarif_location(&f->notes[i].loc,
							      f->notes[i].msg));
	if (f->nr_notes)
		json_object_set_new(r, "relatedLocations", related);
	else
		json_decref(related);
	if (f->fix) {
		u = uri(f->loc.file);
		json_object_set_new(
			r, "fixes",
			json_pack(
				"[{s:{s:o}, s:[{s:{s:s}, s:[{s:{s:i, s:i, s:i}, s:{s:o}}]}]}]",
				"description", "text", jstr(f->fix->text),
				"artifactChanges", "artifactLocation", "uri", u,
				"replacements", "deletedRegion", "startLine",
				(int)f->fix->line, "startColumn",
				(int)f->fix->col, "endColumn",
				(int)f->fix->end_col, "insertedContent", "text",
				jstr(f->fix->text)));
		free(u);
	}
	return r;
}

static void print_sarif(struct ef_finding **v, size_t n)
{
	json_t *rules = json_array(), *results = json_array(), *log;
	size_t i;

	for (i = 0; i < EF_NR_CHECKS; i++)
		json_array_append_new(
			rules,
			json_pack("{s:s, s:{s:s}, s:{s:s}}", "id",
				  ef_checks[i].name, "shortDescription", "text",
				  ef_checks[i].doc, "defaultConfiguration",
				  "level",
				  severity_names[ef_checks[i].severity]));
	for (i = 0; i < n; i++)
		json_array_append_new(results, sarif_result(v[i]));
	log = json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:o}]}",
			"$schema",
			"https://json.schemastore.org/sarif-2.1.0.json",
			"version", "2.1.0", "runs", "tool", "driver", "name",
			"efcheck", "version", EFCHECK_VERSION, "rules", rules,
			"results", results);
	if (!log || json_dumpf(log, stdout, JSON_INDENT(2) | JSON_ENSURE_ASCII))
		die("cannot write SARIF output");
	putchar('\n');
	json_decref(log);
}

void report_all(struct unit *units, int nr_units, enum format fmt,
		unsigned int *nr_errors, unsigned int *nr_warnings)
{
	struct ef_finding **v;
	size_t i, n = 0, kept = 0;
	int u;

	for (u = 0; u < nr_units; u++)
		n += units[u].res.nr;
	v = xcalloc(n + 1, sizeof(*v));
	for (n = 0, u = 0; u < nr_units; u++)
		for (i = 0; i < units[u].res.nr; i++)
			v[n++] = &units[u].res.v[i];
	qsort(v, n, sizeof(*v), cmp);
	for (i = 0; i < n; i++)
		if (!kept || cmp(&v[kept - 1], &v[i]))
			v[kept++] = v[i];

	for (i = 0; i < kept; i++) {
		enum ef_severity sev = ef_checks[v[i]->check].severity;

		*nr_errors += sev == EF_ERROR;
		*nr_warnings += sev == EF_WARNING;
		if (fmt == FMT_TEXT)
			print_text(v[i]);
		else if (fmt == FMT_JSON)
			print_json(v[i]);
	}
	if (fmt == FMT_SARIF)
		print_sarif(v, kept);
	fflush(stdout);
	free(v);
}
