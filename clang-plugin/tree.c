// SPDX-License-Identifier: GPL-2.0
/*
 * tree.c - efcheck --tree=TOP: files named relative to a kernel tree
 *
 *	efcheck --tree=TOP [-O OBJ | -p DIR] [--staged=DIR]
 *		--flags-cache=DIR NAME...|-
 *
 * Each NAME gets the flags kbuild gives it for O=OBJ (-O: the tree's own
 * "make -n", whose answer is kept per file in the cache), those of
 * DIR/compile_commands.json (-p), or, with neither, those of the
 * unconfigured tree (tree_flags()).  With --staged, a NAME that has a copy
 * in the staged directory (a commit's or a patch's version of the file)
 * is read from there, with the tree's headers.  efcheck-scan and the
 * pre-commit hook give their files this way.
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "front.h"

/* The file a NAME of the tree is read from: its staged copy, if any. */
static char *source_of(const struct tree_opts *t, const char *name)
{
	char *p;

	if (t->staged) {
		p = xasprintf("%s/%s", t->staged, name);
		if (!access(p, F_OK))
			return p;
		free(p);
	}
	return xasprintf("%s/%s", t->top, name);
}

/*
 * "-iquote TOP/DIR" for NAME: a staged copy's '#include "x.h"' is TOP's
 * x.h; in an unconfigured tree, this is kbuild's -I$(srctree)/$(src).
 */
static void quote_dir(const struct tree_opts *t, struct unit *u,
		      const char *name)
{
	const char *slash = strrchr(name, '/');
	char *d = xasprintf("%s/%.*s", t->top, slash ? (int)(slash - name) : 0,
			    name);

	strvec_push(&u->args, "-iquote");
	strvec_push(&u->args, d);
	free(d);
}

/* The cache entry of NAME in KB: its path with '/' as '%'. */
static char *entry(const char *kb, const char *name)
{
	char *p = xasprintf("%s/%s", kb, name), *c;

	for (c = p + strlen(kb) + 1; *c; c++)
		if (*c == '/')
			*c = '%';
	return p;
}

/* Is ENTRY missing, or older than a file kbuild reads for NAME? */
static int stale(const struct tree_opts *t, const char *entry, const char *name)
{
	const char *slash = strrchr(name, '/');
	int dl = slash ? (int)(slash - name) : 0;
	char *dep[4];
	struct stat e, s;
	int i, old = 0;

	if (stat(entry, &e) || !e.st_size)
		return 1;
	dep[0] = xasprintf("%s/.config", t->obj);
	dep[1] = xasprintf("%s/Makefile", t->top);
	dep[2] = xasprintf("%s/%.*s/Makefile", t->top, dl, name);
	dep[3] = xasprintf("%s/%.*s/Kbuild", t->top, dl, name);
	for (i = 0; i < 4; i++) {
		if (!stat(dep[i], &s) &&
		    (s.st_mtim.tv_sec > e.st_mtim.tv_sec ||
		     (s.st_mtim.tv_sec == e.st_mtim.tv_sec &&
		      s.st_mtim.tv_nsec > e.st_mtim.tv_nsec)))
			old = 1;
		free(dep[i]);
	}
	return old;
}

/* Write LEN bytes of BUF to PATH, whole or not at all. */
static int write_whole(const char *path, const char *buf, size_t len)
{
	char *tmp = xasprintf("%s.%d", path, (int)getpid());
	FILE *f = fopen(tmp, "w");
	int bad = !f || fwrite(buf, 1, len, f) != len;

	if (f && fclose(f))
		bad = 1;
	if (!bad && rename(tmp, path))
		bad = 1;
	if (bad)
		unlink(tmp);
	free(tmp);
	return bad;
}

/* Can NAME go on make's command line as it is? */
static int plain(const char *name)
{
	size_t i, n = strlen(name);

	if (n < 3 || strcmp(name + n - 2, ".c") || name[0] == '-')
		return 0;
	for (i = 0; i < n; i++)
		if (!isalnum((unsigned char)name[i]) &&
		    !strchr("_./+-", name[i]))
			return 0;
	return 1;
}

/*
 * Run "make -n C=2 CHECK=KB/argv" in TOP for O=OBJ and the objects of
 * the stale NAMES: kbuild prints the checker's command line for each
 * object without building it.  CHECK is a script that prints nothing, so
 * that kbuild's checker validation accepts it.  Each command line is
 * split with the shell's quoting rules; its last word is the file, the
 * others its flags, kept in the file's entry.  scripts/mod/empty.o,
 * which kbuild always prints, gives the flags of a file it has no rule
 * for (headers, files the configuration leaves out).
 */
static int run_make(const struct tree_opts *t, const char *kb,
		    struct strvec *todo, char **error)
{
	char *argv_sh = xasprintf("%s/argv", kb), *mark, *err, *line = NULL;
	struct strvec av = { 0 };
	size_t alloc = 0, tl = strlen(t->top);
	int fd[2], i, status;
	ssize_t n;
	FILE *out;
	pid_t pid;

	if (write_whole(argv_sh, "#!/bin/sh\nexit 0\n", 17) ||
	    chmod(argv_sh, 0755)) {
		*error = xasprintf("cannot write %s: %s", argv_sh,
				   strerror(errno));
		free(argv_sh);
		return -1;
	}
	strvec_push(&av, "make");
	strvec_push(&av, "-s");
	strvec_push(&av, "-k");
	strvec_push(&av, "-n");
	strvec_push(&av, "V=1");
	strvec_push(&av, "C=2");
	strvec_push(&av, (mark = xasprintf("O=%s", t->obj)));
	free(mark);
	strvec_push(&av, (mark = xasprintf("CHECK=%s", argv_sh)));
	free(mark);
	strvec_push(&av, "scripts/mod/empty.o");
	for (i = 0; i < todo->nr; i++) {
		char *o = xasprintf("%.*s.o", (int)strlen(todo->v[i]) - 2,
				    todo->v[i]);

		if (plain(todo->v[i]))
			strvec_push(&av, o);
		free(o);
	}
	err = xasprintf("%s/make.err", kb);
	if (pipe(fd))
		die("cannot make a pipe");
	pid = fork();
	if (pid < 0)
		die("cannot fork");
	if (!pid) {
		int e = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0666);

		if (e < 0 || dup2(e, 2) < 0 || dup2(fd[1], 1) < 0 ||
		    chdir(t->top))
			_exit(127);
		close(fd[0]);
		execvp("make", av.v);
		_exit(127);
	}
	close(fd[1]);
	out = fdopen(fd[0], "r");
	mark = xasprintf("%s ", argv_sh);
	while ((n = getline(&line, &alloc, out)) > 0) {
		struct strvec w = { 0 };
		char *at = strstr(line, mark), *buf, *name, *p;
		size_t len = 0;
		int j;

		if (!at || split_command(at + strlen(mark), &w) || w.nr < 2 ||
		    strncmp(w.v[w.nr - 1], t->top, tl) ||
		    w.v[w.nr - 1][tl] != '/') {
			strvec_clear(&w);
			continue;
		}
		for (j = 0; j < w.nr - 1; j++)
			len += strlen(w.v[j]) + 1;
		buf = p = xmalloc(len + 1);
		for (j = 0; j < w.nr - 1; j++)
			p = stpcpy(p, w.v[j]) + 1;
		name = entry(kb, w.v[w.nr - 1] + tl + 1);
		write_whole(name, buf, len);
		free(name);
		free(buf);
		strvec_clear(&w);
	}
	fclose(out);
	waitpid(pid, &status, 0);
	free(line);
	free(mark);
	strvec_clear(&av);
	free(argv_sh);
	mark = entry(kb, "scripts/mod/empty.c");
	if (access(mark, R_OK)) {
		/* make's last error line: ERR may be in a directory that goes */
		size_t len;
		char *text = slurp_file(err, &len), *last = text;

		while (text && len && text[len - 1] == '\n')
			text[--len] = '\0';
		if (text && strrchr(text, '\n'))
			last = strrchr(text, '\n') + 1;
		*error = xasprintf(
			"kbuild printed no checker command for %s (%s)", t->obj,
			last && *last ? last : "make said nothing");
		free(text);
		free(mark);
		free(err);
		return -1;
	}
	free(mark);
	free(err);
	return 0;
}

/* A NUL-separated flags file -> U's flags, as kbuild ran them in OBJ. */
static int load_entry(const struct tree_opts *t, const char *path,
		      struct unit *u)
{
	struct strvec raw = { 0 };
	size_t size, off;
	char *buf = slurp_file(path, &size);

	if (!buf)
		return -1;
	for (off = 0; off < size; off += strlen(buf + off) + 1)
		strvec_push(&raw, buf + off);
	unit_flags(u, t->obj, raw.v, raw.nr);
	strvec_clear(&raw);
	free(buf);
	return 0;
}

/*
 * -O: each unit's kbuild flags, from its cache entry in
 * CACHE/kb-HASH (HASH: of TOP and OBJ), asked of make again when stale.
 */
static int kbuild_units(const struct tree_opts *t, struct unit *units,
			char **names, int nr, char **error)
{
	struct strvec todo = { 0 };
	char *kb, *e, *empty;
	int i, ret = 0;

	e = xasprintf("%s\n%s", t->top, t->obj);
	kb = cache_name(t->flags_cache, "kb", e);
	free(e);
	if (mkdir(kb, 0777) && errno != EEXIST) {
		*error = xasprintf("cannot make %s: %s", kb, strerror(errno));
		free(kb);
		return -1;
	}
	empty = entry(kb, "scripts/mod/empty.c");
	if (stale(t, empty, "scripts/mod/empty.c"))
		strvec_push(&todo, "scripts/mod/empty.c");
	for (i = 0; i < nr; i++) {
		e = entry(kb, names[i]);
		if (stale(t, e, names[i]))
			strvec_push(&todo, names[i]);
		free(e);
	}
	if (todo.nr && run_make(t, kb, &todo, error))
		ret = -1;
	for (i = 0; !ret && i < nr; i++) {
		e = entry(kb, names[i]);
		/* no command for it: a header, or left out by .config */
		if (stale(t, e, names[i]))
			ret = load_entry(t, empty, &units[i]);
		else
			ret = load_entry(t, e, &units[i]);
		if (ret)
			*error = xasprintf("cannot read %s", e);
		free(e);
	}
	free(empty);
	free(kb);
	strvec_clear(&todo);
	return ret;
}

/*
 * Make a unit of each of NAMES (relative to TOP), with its flags from the
 * source T names.  -1 with *ERROR set when the flags cannot be had.
 * LIST: units for --list-candidates, which reads no flags but the staged
 * copy's -iquote.
 */
int tree_units(const struct tree_opts *t, char **names, int nr, int list,
	       struct unit **units, int *nr_units, char **error)
{
	struct strvec flags = { 0 };
	struct unit *u;
	int i, ret = 0;

	*nr_units = 0;
	*units = NULL;
	for (i = 0; i < nr; i++) {
		size_t tl = strlen(t->top);

		if (!strncmp(names[i], t->top, tl) && names[i][tl] == '/')
			memmove(names[i], names[i] + tl + 1,
				strlen(names[i] + tl));
		while (!strncmp(names[i], "./", 2))
			memmove(names[i], names[i] + 2, strlen(names[i]) - 1);
	}
	if (!list && t->cdb) {
		struct strvec want = { 0 };

		for (i = 0; i < nr; i++) {
			char *w = xasprintf("%s/%s", t->top, names[i]);

			strvec_push(&want, w);
			free(w);
		}
		ret = compdb_load(t->cdb, want.v, want.nr, units, nr_units,
				  error);
		strvec_clear(&want);
		if (ret)
			return ret;
		for (i = 0; i < *nr_units; i++) {
			u = &(*units)[i];
			free(u->file);
			u->file = source_of(t, names[i]);
			free(u->shown);
			u->shown = xstrdup(names[i]);
			if (t->staged)
				quote_dir(t, u, names[i]);
		}
		return 0;
	}
	*units = xcalloc(nr + 1, sizeof(**units));
	if (!list && !t->obj && tree_flags(t->top, t->flags_cache, &flags)) {
		*error = xasprintf("cannot derive the flags of %s", t->top);
		return -1;
	}
	for (i = 0; i < nr; i++) {
		u = &(*units)[i];
		u->file = source_of(t, names[i]);
		u->shown = xstrdup(names[i]);
		if (!list && !t->obj) {
			unit_flags(u, t->top, flags.v, flags.nr);
			quote_dir(t, u, names[i]);
		}
	}
	*nr_units = nr;
	if (!list && t->obj)
		ret = kbuild_units(t, *units, names, nr, error);
	for (i = 0; !ret && t->staged && (list || t->obj) && i < nr; i++)
		quote_dir(t, &(*units)[i], names[i]);
	strvec_clear(&flags);
	return ret;
}
