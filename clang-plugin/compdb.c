// SPDX-License-Identifier: GPL-2.0
/*
 * compdb.c - read compile_commands.json
 *
 * The database is read with jansson rather than libclang's
 * CXCompilationDatabase: libclang answers a file it does not know with a
 * neighbouring file's command, and the front end must not load libclang
 * before the prefilter has spoken.  An entry is taken for a file only when
 * both resolve to the same path.
 */
#include <errno.h>
#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "front.h"

/*
 * Split a command line as the shell would (quotes and backslashes, no
 * expansion): a compile database's "command", or a line of "make -n".
 */
int split_command(const char *s, struct strvec *out)
{
	char *word = xmalloc(strlen(s) + 1);
	int n, inword = 0;
	char quote = 0;

	for (n = 0;; s++) {
		char c = *s;

		if (!c) {
			if (quote) {
				free(word);
				return -1;
			}
			break;
		}
		if (quote) {
			if (c == quote)
				quote = 0;
			else if (c == '\\' && quote == '"' && s[1] &&
				 strchr("\"\\$`", s[1]))
				word[n++] = *++s;
			else
				word[n++] = c;
			continue;
		}
		if (c == '\'' || c == '"') {
			quote = c;
			inword = 1;
		} else if (c == '\\' && s[1]) {
			word[n++] = *++s;
			inword = 1;
		} else if (c == ' ' || c == '\t' || c == '\n') {
			if (inword) {
				word[n] = '\0';
				strvec_push(out, word);
				n = inword = 0;
			}
		} else {
			word[n++] = c;
			inword = 1;
		}
	}
	if (inword) {
		word[n] = '\0';
		strvec_push(out, word);
	}
	free(word);
	return 0;
}

static char *join(const char *dir, const char *file)
{
	if (file[0] == '/')
		return xstrdup(file);
	return xasprintf("%s/%s", dir, file);
}

/* The real path of P, or a copy of P when it does not exist. */
static char *real(const char *p)
{
	char buf[PATH_MAX];

	return xstrdup(realpath(p, buf) ? buf : p);
}

/* Does ARG, relative to DIR, name the file whose real path is REAL? */
static int same_file(const char *dir, const char *arg, const char *real_path)
{
	char *p = join(dir, arg), *r = real(p);
	int same = !strcmp(r, real_path);

	free(p);
	free(r);
	return same;
}

/*
 * U's flags: the compiler flags RAW[0..N) that a compiler got in
 * directory DIR (a database entry's, or kbuild's), as clang takes them,
 * run in DIR.
 */
void unit_flags(struct unit *u, const char *dir, char **raw, int n)
{
	int i;

	strvec_push(&u->args, "-working-directory");
	strvec_push(&u->args, dir);
	if (n > 0)
		flags_filter(&u->args, raw, n);
	/*
	 * relative -I and -iquote paths are relative to DIR; the prefilter
	 * looks headers up from anywhere
	 */
	for (i = 0; i < u->args.nr; i++) {
		char *a = u->args.v[i];

		if (!strncmp(a, "-I", 2) && a[2] && a[2] != '/') {
			u->args.v[i] = xasprintf("-I%s/%s", dir, a + 2);
			free(a);
		} else if ((!strcmp(a, "-I") || !strcmp(a, "-iquote")) &&
			   i + 1 < u->args.nr && u->args.v[i + 1][0] != '/') {
			a = u->args.v[++i];
			u->args.v[i] = xasprintf("%s/%s", dir, a);
			free(a);
		}
	}
	flags_finish(&u->args);
}

/*
 * Turn one database entry into a unit: drop the compiler and the source
 * file from the command, run it in the entry's directory.
 */
static int entry_unit(json_t *e, const char *src, const char *rsrc,
		      struct unit *u)
{
	json_t *dir = json_object_get(e, "directory");
	json_t *argv = json_object_get(e, "arguments");
	json_t *cmd = json_object_get(e, "command");
	json_t *file = json_object_get(e, "file");
	struct strvec raw = { 0 };
	size_t i;

	if (!json_is_string(dir) || !json_is_string(file))
		return -1;
	if (json_is_array(argv)) {
		for (i = 0; i < json_array_size(argv); i++) {
			json_t *a = json_array_get(argv, i);

			if (!json_is_string(a)) {
				strvec_clear(&raw);
				return -1;
			}
			strvec_push(&raw, json_string_value(a));
		}
	} else if (!json_is_string(cmd) ||
		   split_command(json_string_value(cmd), &raw)) {
		strvec_clear(&raw);
		return -1;
	}
	memset(u, 0, sizeof(*u));
	/* clang runs in the entry's directory: a relative FILE is not there */
	u->file = xstrdup(src[0] == '/' ? src : rsrc);
	u->shown = src[0] == '/' ? NULL : xstrdup(src);
	/* raw.v[0] is the compiler; the source file itself is dropped */
	for (i = 1; i < (size_t)raw.nr; i++) {
		if (raw.v[i][0] == '-') {
			i += flag_takes_value(raw.v[i]);
			continue;
		}
		if (same_file(json_string_value(dir), raw.v[i], rsrc)) {
			free(raw.v[i]);
			memmove(&raw.v[i], &raw.v[i + 1],
				(raw.nr - i - 1) * sizeof(char *));
			raw.nr--;
			i--;
		}
	}
	unit_flags(u, json_string_value(dir), raw.v + 1, raw.nr - 1);
	strvec_clear(&raw);
	return 0;
}

/*
 * Load DIR/compile_commands.json; make a unit for each of FILES, or for
 * every entry when NR_FILES is 0.  -1 with *ERROR set on failure.
 */
int compdb_load(const char *dir, char **files, int nr_files,
		struct unit **units, int *nr_units, char **error)
{
	char *path = xasprintf("%s/compile_commands.json", dir);
	char **want = NULL;
	json_error_t jerr;
	json_t *db, *e;
	size_t i;
	int j, n = 0, ret = -1;

	if (access(path, R_OK)) {
		*error = xasprintf("%s: %s", path, strerror(errno));
		goto out;
	}
	db = json_load_file(path, 0, &jerr);
	if (!db) {
		*error = xasprintf("%s:%d:%d: %s", path, jerr.line, jerr.column,
				   jerr.text);
		goto out;
	}
	if (!json_is_array(db)) {
		*error = xasprintf(
			"%s: not a compile database (no top-level array)",
			path);
		goto out_put;
	}
	want = xcalloc(nr_files + 1, sizeof(char *));
	for (j = 0; j < nr_files; j++)
		want[j] = real(files[j]);
	*units = xcalloc(nr_files ? (size_t)nr_files : json_array_size(db) + 1,
			 sizeof(**units));
	json_array_foreach(db, i, e)
	{
		json_t *d = json_object_get(e, "directory");
		json_t *f = json_object_get(e, "file");
		char *src, *rsrc;

		if (!json_is_object(e) || !json_is_string(d) ||
		    !json_is_string(f)) {
			*error = xasprintf(
				"%s: entry %zu has no \"directory\" or \"file\"",
				path, i);
			goto out_units;
		}
		src = join(json_string_value(d), json_string_value(f));
		rsrc = real(src);
		for (j = 0; j < nr_files; j++)
			if (want[j] && !strcmp(want[j], rsrc))
				break;
		if (!nr_files || j < nr_files) {
			if (entry_unit(e, nr_files ? files[j] : src, rsrc,
				       &(*units)[n])) {
				*error = xasprintf(
					"%s: entry %zu has no usable \"arguments\" or \"command\"",
					path, i);
				free(src);
				free(rsrc);
				goto out_units;
			}
			n++;
			if (nr_files) {
				free(want[j]);
				want[j] = NULL;
			}
		}
		free(src);
		free(rsrc);
	}
	for (j = 0; j < nr_files; j++) {
		if (want[j]) {
			*error = xasprintf("%s: no entry for %s", path,
					   files[j]);
			goto out_units;
		}
	}
	*nr_units = n;
	ret = 0;
	goto out_put;
out_units:
	while (n--) {
		free((*units)[n].file);
		free((*units)[n].shown);
		strvec_clear(&(*units)[n].args);
	}
	free(*units);
	*units = NULL;
out_put:
	json_decref(db);
out:
	for (j = 0; want && j < nr_files; j++)
		free(want[j]);
	free(want);
	free(path);
	return ret;
}
