// SPDX-License-Identifier: GPL-2.0
/*
 * cache.c - efcheck --result-cache=DIR: keep each parsed file's findings,
 * and give them again without a parse while nothing it read has changed
 *
 * As ccache's direct mode: an entry's name is a hash of efcheck's version,
 * the checks enabled, the working directory, the file's name, its clang
 * flags and its text.  The entry holds the findings and every file the
 * parse read (clang_getInclusions) with its size and mtime; it is used
 * only while all of those are as they were.  Entries are written aside
 * and renamed, so that parallel runs (make -j) never see half of one; an
 * entry that cannot be read back whole is a miss.  Files changed less
 * than CACHE_RACY before the parse began are not stored: a write during
 * the parse could leave the same mtime on a text the parse never saw.
 * Nor are results with parse errors: a header that was not found is
 * not in the list, and adding it later must not go unnoticed.
 */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cache.h"

/* a new form when findings change (2: the macro notes), so no old entry is given */
#define CACHE_FORMAT "efcheck result cache 2"
#define CACHE_RACY 2000000000LL /* ns */

/* FNV-1a, 128 bits */
struct hash {
	unsigned __int128 h;
};

static void hash_init(struct hash *h)
{
	h->h = ((unsigned __int128)0x6c62272e07bb0142ULL << 64) |
	       0x62b821756295c58dULL;
}

static void hash_add(struct hash *h, const void *data, size_t len)
{
	const unsigned __int128 prime = ((unsigned __int128)1 << 88) | 0x13b;
	const unsigned char *p = data;
	size_t i;

	for (i = 0; i < len; i++) {
		h->h ^= p[i];
		h->h *= prime;
	}
}

/* S and its NUL, so that "ab","c" and "a","bc" differ */
static void hash_str(struct hash *h, const char *s)
{
	hash_add(h, s ? s : "", strlen(s ? s : "") + 1);
}

static void hash_hex(const struct hash *h, char hex[33])
{
	snprintf(hex, 33, "%016llx%016llx", (unsigned long long)(h->h >> 64),
		 (unsigned long long)h->h);
}

/* The hash of LEN bytes at TEXT, in hex. */
static void text_sum(const char *text, size_t len, char hex[33])
{
	struct hash h;

	hash_init(&h);
	hash_add(&h, text, len);
	hash_hex(&h, hex);
}

static int64_t mtime_ns(const struct stat *st)
{
	return (int64_t)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
}

void cache_init(struct result_cache *c, const char *dir)
{
	struct timespec now;

	memset(c, 0, sizeof(*c));
	c->dir = dir;
	/* entries get the mode of any new file: mkstemp() makes them 0600 */
	c->mode = umask(0);
	umask(c->mode);
	c->mode = 0666 & ~c->mode;
	clock_gettime(CLOCK_REALTIME, &now);
	c->start = (int64_t)now.tv_sec * 1000000000LL + now.tv_nsec;
}

/* The entry's name for U, in U->key; 0, or -1 when FILE cannot be read. */
static int unit_key(struct unit *u, unsigned int enabled)
{
	static const char *const env[] = { "CPATH", "C_INCLUDE_PATH",
					   "CPLUS_INCLUDE_PATH" };
	char buf[65536], cwd[4096], num[32];
	struct hash h;
	ssize_t n;
	size_t i;
	int fd, j;

	fd = open(u->file, O_RDONLY);
	if (fd < 0)
		return -1;
	hash_init(&h);
	hash_str(&h, CACHE_FORMAT);
	hash_str(&h, EFCHECK_VERSION);
	snprintf(num, sizeof(num), "%u", enabled);
	hash_str(&h, num);
	hash_str(&h, getcwd(cwd, sizeof(cwd)) ? cwd : "");
	for (i = 0; i < ARRAY_SIZE(env); i++)
		hash_str(&h, getenv(env[i]));
	hash_str(&h, u->file);
	snprintf(num, sizeof(num), "%d", u->args.nr);
	hash_str(&h, num);
	for (j = 0; j < u->args.nr; j++)
		hash_str(&h, u->args.v[j]);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		hash_add(&h, buf, n);
	close(fd);
	if (n < 0)
		return -1;
	hash_hex(&h, u->key);
	return 0;
}

/* Entry loading: any field missing or of the wrong type is a miss. */
static int get_uint(json_t *o, const char *k, unsigned int *v)
{
	json_t *j = json_object_get(o, k);

	if (!json_is_integer(j) || json_integer_value(j) < 0 ||
	    json_integer_value(j) > UINT32_MAX)
		return -1;
	*v = json_integer_value(j);
	return 0;
}

static int get_str(json_t *o, const char *k, char **v)
{
	json_t *j = json_object_get(o, k);

	if (!json_is_string(j))
		return -1;
	*v = xstrdup(json_string_value(j));
	return 0;
}

static int load_loc(json_t *o, struct ef_loc *l)
{
	return get_str(o, "file", &l->file) || get_uint(o, "line", &l->line) ||
	       get_uint(o, "col", &l->col);
}

static int load_finding(json_t *o, struct ef_result *res)
{
	struct ef_finding *f;
	json_t *notes, *n, *fix, *check = json_object_get(o, "check");
	size_t i;
	int c;

	if (!json_is_string(check))
		return -1;
	for (c = 0; c < EF_NR_CHECKS; c++)
		if (!strcmp(ef_checks[c].name, json_string_value(check)))
			break;
	notes = json_object_get(o, "notes");
	fix = json_object_get(o, "fix");
	if (c == EF_NR_CHECKS || !json_is_array(notes) ||
	    !(json_is_null(fix) || json_is_object(fix)))
		return -1;
	if (res->nr == res->alloc) {
		res->alloc = res->alloc ? 2 * res->alloc : 4;
		res->v = xrealloc(res->v, res->alloc * sizeof(*res->v));
	}
	f = &res->v[res->nr++];
	memset(f, 0, sizeof(*f));
	f->check = c;
	if (load_loc(o, &f->loc) || get_str(o, "msg", &f->msg))
		return -1;
	f->notes = xcalloc(json_array_size(notes) + 1, sizeof(*f->notes));
	for (i = 0; i < json_array_size(notes); i++) {
		struct ef_note *note = &f->notes[f->nr_notes++];

		n = json_array_get(notes, i);
		if (!json_is_object(n) || load_loc(n, &note->loc) ||
		    get_str(n, "msg", &note->msg))
			return -1;
	}
	if (json_is_object(fix)) {
		f->fix = xcalloc(1, sizeof(*f->fix));
		if (get_uint(fix, "line", &f->fix->line) ||
		    get_uint(fix, "col", &f->fix->col) ||
		    get_uint(fix, "end_col", &f->fix->end_col) ||
		    get_str(fix, "text", &f->fix->text))
			return -1;
	}
	return 0;
}

/* 0 when every file in DEPS is as it was when the entry was made */
static int deps_unchanged(json_t *deps)
{
	struct stat st;
	size_t i;

	if (!json_is_array(deps) || !json_array_size(deps))
		return -1;
	for (i = 0; i < json_array_size(deps); i++) {
		json_t *d = json_array_get(deps, i);
		json_t *f = json_object_get(d, "file");
		json_t *s = json_object_get(d, "size");
		json_t *m = json_object_get(d, "mtime_ns");

		if (!json_is_string(f) || !json_is_integer(s) ||
		    !json_is_integer(m) || stat(json_string_value(f), &st) ||
		    st.st_size != json_integer_value(s) ||
		    mtime_ns(&st) != json_integer_value(m))
			return -1;
	}
	return 0;
}

static int load_entry(json_t *e, const char *key, struct ef_result *res)
{
	json_t *v, *x;
	size_t i;

	if (!json_is_object(e) ||
	    !json_is_string(json_object_get(e, "format")) ||
	    strcmp(json_string_value(json_object_get(e, "format")),
		   CACHE_FORMAT) ||
	    !json_is_string(json_object_get(e, "key")) ||
	    strcmp(json_string_value(json_object_get(e, "key")), key) ||
	    deps_unchanged(json_object_get(e, "deps")) ||
	    get_uint(e, "nr_parse_errors", &res->nr_parse_errors))
		return -1;
	x = json_object_get(e, "parse_error");
	if (json_is_string(x))
		res->parse_error = xstrdup(json_string_value(x));
	else if (!json_is_null(x))
		return -1;
	v = json_object_get(e, "unknown_flags");
	if (!json_is_array(v))
		return -1;
	res->unknown_flags = xcalloc(json_array_size(v) + 1, sizeof(char *));
	for (i = 0; i < json_array_size(v); i++) {
		x = json_array_get(v, i);
		if (!json_is_string(x))
			return -1;
		res->unknown_flags[res->nr_unknown_flags++] =
			xstrdup(json_string_value(x));
	}
	v = json_object_get(e, "findings");
	if (!json_is_array(v))
		return -1;
	for (i = 0; i < json_array_size(v); i++) {
		x = json_array_get(v, i);
		if (!json_is_object(x) || load_finding(x, res))
			return -1;
	}
	return 0;
}

int cache_lookup(struct result_cache *c, struct unit *u, unsigned int enabled)
{
	char *path, *text = NULL, sum[33];
	size_t alloc = 0;
	ssize_t len;
	json_t *e = NULL;
	FILE *f;
	int ret;

	u->res.want_deps = 1;
	if (unit_key(u, enabled)) {
		u->key[0] = '\0';
		return 0;
	}
	path = xasprintf("%s/%s", c->dir, u->key);
	f = fopen(path, "r");
	free(path);
	if (!f)
		return 0;
	/* "SUM\nJSON": SUM, the hash of JSON, finds any change to it */
	len = getdelim(&text, &alloc, '\0', f);
	fclose(f);
	if (len > 33 && text[32] == '\n') {
		text_sum(text + 33, len - 33, sum);
		if (!memcmp(sum, text, 32))
			e = json_loadb(text + 33, len - 33, 0, NULL);
	}
	free(text);
	if (!e)
		return 0;
	ret = !load_entry(e, u->key, &u->res);
	json_decref(e);
	if (!ret) {
		ef_result_free(&u->res);
		u->res.want_deps = 1;
	}
	return ret;
}

static json_t *loc_json(const struct ef_loc *l)
{
	return json_pack("{s:s, s:I, s:I}", "file", l->file, "line",
			 (json_int_t)l->line, "col", (json_int_t)l->col);
}

static json_t *finding_json(const struct ef_finding *f)
{
	json_t *o = loc_json(&f->loc), *notes = json_array();
	size_t i;

	for (i = 0; i < f->nr_notes; i++) {
		json_t *n = loc_json(&f->notes[i].loc);

		json_object_set_new(n, "msg", json_string(f->notes[i].msg));
		json_array_append_new(notes, n);
	}
	json_object_set_new(o, "check", json_string(ef_checks[f->check].name));
	json_object_set_new(o, "msg", json_string(f->msg));
	json_object_set_new(o, "notes", notes);
	json_object_set_new(o, "fix",
			    f->fix ? json_pack("{s:I, s:I, s:I, s:s}", "line",
					       (json_int_t)f->fix->line, "col",
					       (json_int_t)f->fix->col,
					       "end_col",
					       (json_int_t)f->fix->end_col,
					       "text", f->fix->text) :
				     json_null());
	return o;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The entry for U's result, or NULL when it must not be stored: a file it
 * read is gone, or changed too recently (CACHE_RACY).
 */
static json_t *entry_json(const struct result_cache *c, struct unit *u)
{
	const struct ef_result *r = &u->res;
	json_t *e, *deps = json_array(), *v;
	struct stat st;
	size_t i;

	qsort(r->deps, r->nr_deps, sizeof(char *), cmp_str);
	for (i = 0; i < r->nr_deps; i++) {
		if (i && !strcmp(r->deps[i], r->deps[i - 1]))
			continue;
		if (stat(r->deps[i], &st) ||
		    mtime_ns(&st) > c->start - CACHE_RACY) {
			json_decref(deps);
			return NULL;
		}
		json_array_append_new(
			deps, json_pack("{s:s, s:I, s:I}", "file", r->deps[i],
					"size", (json_int_t)st.st_size,
					"mtime_ns", (json_int_t)mtime_ns(&st)));
	}
	e = json_pack("{s:s, s:s, s:o, s:I, s:s?}", "format", CACHE_FORMAT,
		      "key", u->key, "deps", deps, "nr_parse_errors",
		      (json_int_t)r->nr_parse_errors, "parse_error",
		      r->parse_error);
	v = json_array();
	for (i = 0; i < r->nr_unknown_flags; i++)
		json_array_append_new(v, json_string(r->unknown_flags[i]));
	json_object_set_new(e, "unknown_flags", v);
	v = json_array();
	for (i = 0; i < r->nr; i++)
		json_array_append_new(v, finding_json(&r->v[i]));
	json_object_set_new(e, "findings", v);
	return e;
}

/* Write E as DIR/KEY: aside first, then renamed.  0, or an errno. */
static int write_entry(const char *dir, const char *key, mode_t mode, json_t *e)
{
	char *tmp = xasprintf("%s/.tmp.%s.XXXXXX", dir, key);
	char *path = xasprintf("%s/%s", dir, key);
	char *json = json_dumps(e, JSON_COMPACT), *text, sum[33];
	size_t len, done = 0;
	int fd, err = 0;

	text_sum(json, strlen(json), sum);
	text = xasprintf("%s\n%s", sum, json);
	free(json);
	len = strlen(text);

	fd = mkstemp(tmp);
	if (fd < 0 && errno == ENOENT && !mkdir(dir, 0777)) {
		/* mkstemp() leaves the template undefined on failure */
		free(tmp);
		tmp = xasprintf("%s/.tmp.%s.XXXXXX", dir, key);
		fd = mkstemp(tmp);
	}
	if (fd < 0) {
		err = errno;
		goto out;
	}
	if (fchmod(fd, mode))
		err = errno;
	while (!err && done < len) {
		ssize_t n = write(fd, text + done, len - done);

		if (n <= 0) {
			err = n < 0 ? errno : ENOSPC;
			break;
		}
		done += n;
	}
	if (close(fd) && !err)
		err = errno;
	if (!err && rename(tmp, path))
		err = errno;
	if (err)
		unlink(tmp);
out:
	free(text);
	free(tmp);
	free(path);
	return err;
}

void cache_store(struct result_cache *c, struct unit *u)
{
	json_t *e;
	int err;

	/* a header clang did not find is no dependency: never keep that */
	if (!u->key[0] || u->cached || u->skipped || u->error || u->res.fatal ||
	    u->res.nr_parse_errors)
		return;
	e = entry_json(c, u);
	if (!e)
		return;
	err = write_entry(c->dir, u->key, c->mode, e);
	json_decref(e);
	if (err && !c->warned) {
		fprintf(stderr,
			"efcheck: warning: cannot write result cache '%s': %s\n",
			c->dir, strerror(err));
		c->warned = 1;
	}
}
