// SPDX-License-Identifier: GPL-2.0
/*
 * report.c - the one renderer: sort and deduplicate findings, honour
 * in-source acceptances and a baseline, and print text (as gcc and sparse
 * do), JSON Lines or SARIF 2.1.0 (jansson)
 *
 * Acceptance: a comment on the finding's line or the line above,
 *	desc->action.error_override = 0; // efcheck-accept: errno-zero
 * names the checks (comma-separated) it accepts.  A finding keeps its
 * fingerprint when lines move: a hash of the check, the file and the
 * message (which names the value), and the how-many-th such finding.
 */
#include <jansson.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "front.h"

#define ACCEPT "efcheck-accept:"
#define NAME_CHARS "abcdefghijklmnopqrstuvwxyz0123456789-_"

static const char *const severity_names[] = {
	[EF_NOTE] = "note",
	[EF_WARNING] = "warning",
	[EF_ERROR] = "error",
};

/* The text of a file, split into lines, read once per run. */
struct source {
	char *path;
	char *buf; /* NULL: unreadable */
	char **lines;
	unsigned int nr;
	unsigned char *used; /* per line: an acceptance matched */
};

static struct source *sources;
static size_t nr_sources;
static const struct strvec *roots;

static struct source *source(const char *path)
{
	struct source *s;
	size_t i, size = 0, alloc = 0, n;
	char *p, full[PATH_MAX];
	FILE *fp = NULL;
	int r;

	for (i = 0; i < nr_sources; i++)
		if (!strcmp(sources[i].path, path))
			return &sources[i];
	sources = xrealloc(sources, (nr_sources + 1) * sizeof(*sources));
	s = &sources[nr_sources++];
	memset(s, 0, sizeof(*s));
	s->path = xstrdup(path);
	for (r = 0; path[0] != '/' && roots && r < roots->nr && !fp; r++)
		if (snprintf(full, sizeof(full), "%s/%s", roots->v[r], path) <
		    (int)sizeof(full))
			fp = fopen(full, "r");
	if (!fp)
		fp = fopen(path, "r");
	if (!fp)
		return s;
	do {
		if (size + 4097 > alloc) {
			alloc = 2 * alloc + 8192;
			s->buf = xrealloc(s->buf, alloc);
		}
		n = fread(s->buf + size, 1, alloc - size - 1, fp);
		size += n;
	} while (n);
	fclose(fp);
	s->buf[size] = '\0';
	for (p = s->buf; p < s->buf + size;) {
		char *eol = strchr(p, '\n');

		s->lines = xrealloc(s->lines, (s->nr + 1) * sizeof(char *));
		s->lines[s->nr++] = p;
		if (!eol)
			break;
		*eol = '\0';
		p = eol + 1;
	}
	s->used = xcalloc(s->nr + 1, 1);
	return s;
}

static const char *line_of(struct source *s, unsigned int line)
{
	return line && line <= s->nr ? s->lines[line - 1] : NULL;
}

static void free_sources(void)
{
	size_t i;

	for (i = 0; i < nr_sources; i++) {
		free(sources[i].path);
		free(sources[i].buf);
		free(sources[i].lines);
		free(sources[i].used);
	}
	free(sources);
	sources = NULL;
	nr_sources = 0;
}

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

/* Does LINE hold an acceptance naming CHECK? */
static int accepts(const char *line, const char *check)
{
	const char *p = line ? strstr(line, ACCEPT) : NULL;
	size_t n = strlen(check);

	if (!p)
		return 0;
	p += strlen(ACCEPT);
	for (;;) {
		p += strspn(p, " \t,");
		if (!strncmp(p, check, n) &&
		    (!p[n] || !strchr(NAME_CHARS, p[n])))
			return 1;
		if (!((*p >= 'a' && *p <= 'z') || *p == '-'))
			return 0;
		p += strspn(p, NAME_CHARS);
	}
}

/* Is F accepted in its source?  Marks the line whose comment did it. */
static int accepted(struct ef_finding *f)
{
	struct source *s = source(f->loc.file);
	const char *name = ef_rule(f->check)->name;
	unsigned int l;

	for (l = f->loc.line; l && l + 1 >= f->loc.line; l--) {
		if (accepts(line_of(s, l), name)) {
			s->used[l - 1] = 1;
			return 1;
		}
	}
	return 0;
}

/* Warn about acceptances in the sources that matched no finding. */
static void unused_acceptances(void)
{
	size_t i;
	unsigned int l;

	for (i = 0; i < nr_sources; i++) {
		struct source *s = &sources[i];

		for (l = 0; l < s->nr; l++) {
			const char *p = strstr(s->lines[l], ACCEPT);

			if (!p || s->used[l])
				continue;
			fprintf(stderr,
				"%s:%u:%u: warning: this efcheck-accept matches no finding\n",
				s->path, l + 1,
				(unsigned int)(p - s->lines[l]) + 1);
		}
	}
}

static uint64_t fnv(uint64_t h, const char *s, int skip_space)
{
	for (; s && *s; s++) {
		if (skip_space && strchr(" \t\r\f\v", *s))
			continue;
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	h ^= 0xff;
	return h * 0x100000001b3ULL;
}

/* Fingerprints of V[0..N), sorted: "hash:occurrence". */
static char **fingerprints(struct ef_finding **v, size_t n)
{
	char **fp = xcalloc(n + 1, sizeof(char *));
	uint64_t *h = xcalloc(n + 1, sizeof(*h));
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		h[i] = fnv(0xcbf29ce484222325ULL, ef_rule(v[i]->check)->name,
			   0);
		h[i] = fnv(h[i], v[i]->loc.file, 0);
		h[i] = fnv(h[i], v[i]->msg, 1);
		for (j = k = 0; j < i; j++)
			k += h[j] == h[i];
		fp[i] = xasprintf("%016llx:%zu", (unsigned long long)h[i],
				  k + 1);
	}
	free(h);
	return fp;
}

/* The fingerprints of an earlier JSON Lines output. */
static int load_baseline(const char *path, struct strvec *out)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t alloc = 0;
	unsigned int n = 0;

	if (!fp) {
		fprintf(stderr, "efcheck: %s: cannot read the baseline\n",
			path);
		return -1;
	}
	while (getline(&line, &alloc, fp) > 0) {
		json_t *o;
		const char *f;

		n++;
		if (line[strspn(line, " \t\r\n")] == '\0')
			continue;
		o = json_loads(line, 0, NULL);
		f = json_string_value(json_object_get(o, "fingerprint"));
		if (!f) {
			fprintf(stderr,
				"efcheck: %s:%u: not a finding of efcheck --format=json\n",
				path, n);
			json_decref(o);
			free(line);
			fclose(fp);
			return -1;
		}
		strvec_push(out, f);
		json_decref(o);
	}
	free(line);
	fclose(fp);
	return 0;
}

/* "file<TAB>line" lines of FILE, for --lines=FILE. */
static int load_lines(const char *path, struct strvec *out)
{
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t alloc = 0;
	ssize_t n;

	if (!fp) {
		fprintf(stderr, "efcheck: %s: cannot read the lines\n", path);
		return -1;
	}
	while ((n = getline(&line, &alloc, fp)) > 0) {
		if (line[n - 1] == '\n')
			line[n - 1] = '\0';
		strvec_push(out, line);
	}
	free(line);
	fclose(fp);
	return 0;
}

static int on_line(const struct strvec *lines, const struct ef_loc *loc)
{
	char *key = xasprintf("%s\t%u", loc->file, loc->line);
	int i;

	for (i = 0; i < lines->nr && strcmp(lines->v[i], key); i++)
		;
	free(key);
	return i < lines->nr;
}

/*
 * --lines: is F, or one of its notes, on a line of LINES?  A header's
 * added macro line is a note of the finding in the file that expands it.
 */
static int on_lines(const struct strvec *lines, struct ef_finding *f)
{
	size_t i;

	for (i = 0; i < f->nr_notes; i++)
		if (on_line(lines, &f->notes[i].loc))
			return 1;
	return on_line(lines, &f->loc);
}

/* b4's per-patch check: "ERROR: file:line: message [check]". */
static void print_b4(struct ef_finding *f)
{
	const struct ef_rule *r = ef_rule(f->check);

	printf("%s: %s:%u: %s [%s]\n",
	       r->severity == EF_ERROR	 ? "ERROR" :
	       r->severity == EF_WARNING ? "WARNING" :
					   "NOTE",
	       f->loc.file, f->loc.line, f->msg, r->name);
}

static void print_text(FILE *out, struct ef_finding *f)
{
	const struct ef_rule *r = ef_rule(f->check);
	size_t i;

	fprintf(out, "%s:%u:%u: %s: %s [%s]\n", f->loc.file, f->loc.line,
		f->loc.col, severity_names[r->severity], f->msg, r->name);
	for (i = 0; i < f->nr_notes; i++)
		fprintf(out, "%s:%u:%u: note: %s\n", f->notes[i].loc.file,
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

static void print_json(struct ef_finding *f, const char *fingerprint)
{
	const struct ef_rule *r = ef_rule(f->check);
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
		      (int)f->loc.col, "severity", severity_names[r->severity],
		      "check", r->name, "message", jstr(f->msg), "notes",
		      notes);
	if (f->fix)
		json_object_set_new(
			o, "fix",
			json_pack("{s:i, s:i, s:i, s:o}", "line",
				  (int)f->fix->line, "column", (int)f->fix->col,
				  "end_column", (int)f->fix->end_col,
				  "replacement", jstr(f->fix->text)));
	json_object_set_new(o, "fingerprint", json_string(fingerprint));
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

/* The directory relative URIs are based on: the first root, or ".". */
static char srcroot[PATH_MAX];

/* An artifactLocation: a relative URI on SRCROOT, or on ROOT ("/"). */
static json_t *artifact(const char *path)
{
	size_t n = strlen(srcroot);
	const char *base = "SRCROOT";
	json_t *j;
	char *u;

	if (path[0] == '/') {
		if (!strncmp(path, srcroot, n) && path[n] == '/') {
			path += n + 1;
		} else {
			base = "ROOT";
			path++;
		}
	}
	u = uri(path);
	j = json_pack("{s:s, s:s}", "uri", u, "uriBaseId", base);
	free(u);
	return j;
}

/* A 1-based byte column of a line, in Unicode code points (columnKind). */
static unsigned int cp_col(const char *file, unsigned int line,
			   unsigned int col)
{
	const unsigned char *p =
		(const unsigned char *)line_of(source(file), line);
	unsigned int i, cp = 1;

	if (!p)
		return col;
	for (i = 0; i + 1 < col && p[i]; i++)
		cp += (p[i] & 0xc0) != 0x80;
	return cp + (col - 1 - i);
}

static json_t *sarif_location(const struct ef_loc *loc, const char *msg)
{
	json_t *l = json_pack("{s:{s:o, s:{s:i, s:i}}}", "physicalLocation",
			      "artifactLocation", artifact(loc->file), "region",
			      "startLine", (int)loc->line, "startColumn",
			      (int)cp_col(loc->file, loc->line, loc->col));

	if (msg)
		json_object_set_new(l, "message",
				    json_pack("{s:o}", "text", jstr(msg)));
	return l;
}

static json_t *sarif_result(struct ef_finding *f, const char *fingerprint)
{
	const struct ef_rule *r = ef_rule(f->check);
	json_t *res, *related = json_array();
	size_t i;

	res = json_pack("{s:s, s:i, s:s, s:{s:o}, s:[o], s:{s:s}}", "ruleId",
			r->name, "ruleIndex", (int)f->check, "level",
			severity_names[r->severity], "message", "text",
			jstr(f->msg), "locations",
			sarif_location(&f->loc, NULL), "partialFingerprints",
			"efcheck/v1", fingerprint);
	for (i = 0; i < f->nr_notes; i++)
		json_array_append_new(related, sarif_location(&f->notes[i].loc,
							      f->notes[i].msg));
	if (f->nr_notes)
		json_object_set_new(res, "relatedLocations", related);
	else
		json_decref(related);
	if (f->fix)
		json_object_set_new(
			res, "fixes",
			json_pack(
				"[{s:{s:o}, s:[{s:o, s:[{s:{s:i, s:i, s:i}, s:{s:o}}]}]}]",
				"description", "text", jstr(f->fix->text),
				"artifactChanges", "artifactLocation",
				artifact(f->loc.file), "replacements",
				"deletedRegion", "startLine", (int)f->fix->line,
				"startColumn",
				(int)cp_col(f->loc.file, f->fix->line,
					    f->fix->col),
				"endColumn",
				(int)cp_col(f->loc.file, f->fix->line,
					    f->fix->end_col),
				"insertedContent", "text", jstr(f->fix->text)));
	return res;
}

static json_t *sarif_rule(const struct ef_rule *r)
{
	char *full, *help;
	json_t *j;

	full = r->cocci ?
		       xasprintf(
			       "%s. Reported by the Coccinelle rule cocci/%s.cocci, which efcheck-scan runs.",
			       r->doc, r->cocci) :
		       xasprintf("%s. Reported by efcheck's libclang checker.",
				 r->doc);
	help = xasprintf(
		"man efcheck, section CHECKS, \"%s\": the diagnostic, what it means and how to fix it.",
		r->name);
	j = json_pack("{s:s, s:{s:s}, s:{s:s}, s:{s:s}, s:{s:s}}", "id",
		      r->name, "shortDescription", "text", r->doc,
		      "fullDescription", "text", full, "help", "text", help,
		      "defaultConfiguration", "level",
		      severity_names[r->severity]);
	free(full);
	free(help);
	return j;
}

static void print_sarif(struct ef_finding **v, size_t n, char **fp)
{
	json_t *rules = json_array(), *results = json_array(), *log, *bases;
	size_t i;

	for (i = 0; i < ef_nr_rules(); i++)
		json_array_append_new(rules, sarif_rule(ef_rule(i)));
	for (i = 0; i < n; i++)
		json_array_append_new(results, sarif_result(v[i], fp[i]));
	bases = json_pack("{s:{s:{s:s}}, s:{s:s}}", "SRCROOT", "description",
			  "text",
			  roots && roots->nr ?
				  "the tree given with --relative-to" :
				  "the directory efcheck ran in",
			  "ROOT", "uri", "file:///");
	log = json_pack(
		"{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:o, s:s, s:o}]}",
		"$schema", "https://json.schemastore.org/sarif-2.1.0.json",
		"version", "2.1.0", "runs", "tool", "driver", "name", "efcheck",
		"version", EFCHECK_VERSION, "rules", rules,
		"originalUriBaseIds", bases, "columnKind", "unicodeCodePoints",
		"results", results);
	if (!log || json_dumpf(log, stdout, JSON_INDENT(2) | JSON_ENSURE_ASCII))
		die("cannot write SARIF output");
	putchar('\n');
	json_decref(log);
}

/*
 * Sort and deduplicate V[0..N), drop accepted findings and those in the
 * baseline, print the rest.  -1 when the baseline cannot be read.
 */
int report_findings(struct ef_finding **v, size_t n,
		    const struct report_opts *o, unsigned int *nr_errors,
		    unsigned int *nr_warnings)
{
	struct strvec base = { 0 }, lines = { 0 };
	size_t i, j, kept = 0, nr_accepted = 0, nr_known = 0;
	char **fp;
	int b;

	roots = o->roots;
	if (o->roots && o->roots->nr && o->roots->v[0][0] == '/')
		snprintf(srcroot, sizeof(srcroot), "%s", o->roots->v[0]);
	else if (!getcwd(srcroot, sizeof(srcroot)))
		snprintf(srcroot, sizeof(srcroot), "/");
	if (o->baseline && load_baseline(o->baseline, &base))
		return -1;
	if (o->lines && load_lines(o->lines, &lines)) {
		strvec_clear(&base);
		return -1;
	}
	qsort(v, n, sizeof(*v), cmp);
	for (i = 0; i < n; i++) {
		if (kept && !cmp(&v[kept - 1], &v[i]))
			continue;
		if (o->lines && !on_lines(&lines, v[i]))
			continue;
		if (accepted(v[i])) {
			nr_accepted++;
			continue;
		}
		v[kept++] = v[i];
	}
	for (i = 0; o->sources && i < (size_t)o->sources->nr; i++)
		source(o->sources->v[i]);
	fp = fingerprints(v, kept);
	for (i = j = 0; i < kept; i++) {
		for (b = 0; b < base.nr && strcmp(base.v[b], fp[i]); b++)
			;
		if (b < base.nr) {
			nr_known++;
			free(fp[i]);
			continue;
		}
		fp[j] = fp[i];
		v[j++] = v[i];
	}
	kept = j;
	for (i = 0; i < kept; i++) {
		enum ef_severity sev = ef_rule(v[i]->check)->severity;

		*nr_errors += sev == EF_ERROR;
		*nr_warnings += sev == EF_WARNING;
		if (o->fmt == FMT_TEXT)
			print_text(o->text, v[i]);
		else if (o->fmt == FMT_JSON)
			print_json(v[i], fp[i]);
		else if (o->fmt == FMT_B4)
			print_b4(v[i]);
	}
	if (o->fmt == FMT_SARIF)
		print_sarif(v, kept, fp);
	fflush(stdout);
	unused_acceptances();
	if (nr_accepted)
		fprintf(stderr,
			"efcheck: %zu finding%s accepted in the source (efcheck-accept)\n",
			nr_accepted, nr_accepted == 1 ? "" : "s");
	if (o->baseline)
		fprintf(stderr,
			"efcheck: %zu finding%s in the baseline not shown\n",
			nr_known, nr_known == 1 ? "" : "s");
	for (i = 0; i < kept; i++)
		free(fp[i]);
	free(fp);
	strvec_clear(&base);
	strvec_clear(&lines);
	free_sources();
	return 0;
}

int report_all(struct unit *units, int nr_units, const struct report_opts *o,
	       unsigned int *nr_errors, unsigned int *nr_warnings)
{
	struct ef_finding **v;
	struct strvec files = { 0 };
	struct report_opts opts = *o;
	size_t i, n = 0;
	int u, ret;

	for (u = 0; u < nr_units; u++) {
		n += units[u].res.nr;
		if (!units[u].skipped && !units[u].error)
			strvec_push(&files, units[u].file);
	}
	v = xcalloc(n + 1, sizeof(*v));
	for (n = 0, u = 0; u < nr_units; u++)
		for (i = 0; i < units[u].res.nr; i++)
			v[n++] = &units[u].res.v[i];
	opts.sources = &files;
	ret = report_findings(v, n, &opts, nr_errors, nr_warnings);
	strvec_clear(&files);
	free(v);
	return ret;
}
