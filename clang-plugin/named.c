// SPDX-License-Identifier: GPL-2.0
/*
 * named.c - efcheck --tree=TOP --list-named: the .c and .h files of a
 * kernel tree that name the field, the struct, or a part of them pasted
 * with ## (the patterns of --grep-patterns).  It is the cheap first cut
 * of a tree scan: --list-candidates then reads each file token by token.
 *
 * In a git work tree, "git grep -F" finds the tracked files that hold a
 * name or "##", and each is read to keep those whose "##" lines match
 * the ERE; untracked and ignored files are read here too (Debian's
 * linux-source trees ignore every file at their top), and so are the
 * files of a git repository nested in the tree (a vendor driver's clone).  Elsewhere the tree is walked.  With
 * --flags-cache=DIR, the answer for the committed tree is kept under its
 * tree id, and a later call reads only the files that differ from HEAD
 * (git diff-index), that did when the answer was kept, or that git does
 * not track.  git runs no code of the tree for any of this.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "front.h"

static regex_t paste_re;

/* Does BUF name the field or the struct, as "grep -E -f ERE" would say? */
static int names_it(const char *buf, size_t size)
{
	const char *end = buf + size, *p, *bol, *eol;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(grep_names); i++)
		if (memmem(buf, size, grep_names[i], strlen(grep_names[i])))
			return 1;
	for (p = buf; (p = memmem(p, end - p, "##", 2)); p = eol) {
		regmatch_t m; /* the line around "##", for REG_STARTEND */

		for (bol = p; bol > buf && bol[-1] != '\n'; bol--)
			;
		eol = memchr(p, '\n', end - p);
		if (!eol)
			eol = end;
		m.rm_so = 0;
		m.rm_eo = eol - bol;
		if (!regexec(&paste_re, bol, 1, &m, REG_STARTEND))
			return 1;
	}
	return 0;
}

/* Does TOP/NAME name the field or the struct? */
static int file_names_it(const char *top, const char *name)
{
	char *path = xasprintf("%s/%s", top, name), *buf;
	size_t size;
	int ret;

	buf = slurp_file(path, &size);
	ret = buf && names_it(buf, size);
	free(buf);
	free(path);
	return ret;
}

/*
 * Run "git -C TOP ARGS..." with stdin and stderr on /dev/null, its
 * stdout in *OUT (NUL-terminated, *LEN bytes; free it).  Its exit
 * status, or -1 if it could not run or was killed.
 */
int git_run(const char *top, const char *const *args, char **out, size_t *len)
{
	struct strvec av = { 0 };
	size_t alloc = 0;
	int fd[2], st;
	ssize_t n;
	pid_t pid;

	strvec_push(&av, "git");
	strvec_push(&av, "-C");
	strvec_push(&av, top);
	for (; *args; args++)
		strvec_push(&av, *args);
	fflush(NULL);
	if (pipe(fd))
		die("cannot make a pipe: %s", strerror(errno));
	pid = fork();
	if (pid < 0)
		die("cannot fork: %s", strerror(errno));
	if (!pid) {
		int null = open("/dev/null", O_RDWR);

		if (null < 0 || dup2(fd[1], 1) < 0 || dup2(null, 2) < 0 ||
		    dup2(null, 0) < 0)
			_exit(127);
		close(fd[0]);
		execvp("git", av.v);
		_exit(127);
	}
	close(fd[1]);
	*out = NULL;
	*len = 0;
	for (;;) {
		if (*len + 1 >= alloc)
			*out = xrealloc(*out,
					alloc = alloc ? 2 * alloc : 65536);
		n = read(fd[0], *out + *len, alloc - *len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		*len += n;
	}
	(*out)[*len] = '\0';
	close(fd[0]);
	strvec_clear(&av);
	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st) == 127 ? -1 : WEXITSTATUS(st);
}

/*
 * The NUL-separated output of "git -C TOP ARGS..." split into OUT;
 * nonzero if git could not run or exited above MAXRC.
 */
static int git(const char *top, const char *const *args, int maxrc,
	       struct strvec *out)
{
	size_t len;
	char *buf, *p;
	int rc = git_run(top, args, &buf, &len);

	for (p = buf; rc >= 0 && rc <= maxrc && p < buf + len;
	     p += strlen(p) + 1)
		if (*p)
			strvec_push(out, p);
	free(buf);
	return rc < 0 || rc > maxrc;
}

static struct strvec *walk_out;
static size_t walk_root;

static int is_c_or_h(const char *name)
{
	size_t n = strlen(name);

	return n >= 2 && name[n - 2] == '.' &&
	       (name[n - 1] == 'c' || name[n - 1] == 'h');
}

static int walk_one(const char *path, const struct stat *st, int flag,
		    struct FTW *ftw)
{
	size_t n;
	char *buf;

	if (flag == FTW_D && !strcmp(path + ftw->base, ".git"))
		return FTW_SKIP_SUBTREE;
	if (flag != FTW_F || !S_ISREG(st->st_mode) || !is_c_or_h(path))
		return FTW_CONTINUE;
	buf = slurp_file(path, &n);
	if (buf && names_it(buf, n))
		strvec_push(walk_out, path + walk_root);
	free(buf);
	return FTW_CONTINUE;
}

/* The files under TOP/SUB that name the field or the struct, into OUT. */
static int walk(const char *top, const char *sub, struct strvec *out)
{
	char *dir = xasprintf("%s/%s", top, sub);
	int ret;

	walk_out = out;
	walk_root = strlen(top) + 1;
	ret = nftw(dir, walk_one, 64, FTW_PHYS | FTW_ACTIONRETVAL) ? 2 : 0;
	free(dir);
	return ret;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Is NAME in the sorted V? */
static int in(const struct strvec *v, const char *name)
{
	return v->nr &&
	       bsearch(&name, v->v, v->nr, sizeof(*v->v), by_name) != NULL;
}

/*
 * DIR/grep-HASH: the answer for the tree TREE, with the files that were
 * not read as the tree has them (they differed from it) after an empty
 * name.  0 if there was one.
 */
static int kept_load(const char *path, struct strvec *named,
		     struct strvec *unknown)
{
	size_t size, i = 0;
	char *buf = slurp_file(path, &size), *p;
	struct strvec *v = named;

	if (!buf)
		return -1;
	for (p = buf; i < size; i += strlen(buf + i) + 1, p = buf + i) {
		if (!*p)
			v = unknown;
		else
			strvec_push(v, p);
	}
	free(buf);
	return 0;
}

static void kept_write(const char *path, const struct strvec *named,
		       const struct strvec *unknown)
{
	char *tmp = xasprintf("%s.%d", path, (int)getpid());
	FILE *f = fopen(tmp, "w");
	int i, bad = !f;

	for (i = 0; f && i < named->nr; i++)
		fprintf(f, "%s%c", named->v[i], '\0');
	if (f)
		fputc('\0', f);
	for (i = 0; f && i < unknown->nr; i++)
		fprintf(f, "%s%c", unknown->v[i], '\0');
	if (f && fclose(f))
		bad = 1;
	if (bad || rename(tmp, path))
		unlink(tmp);
	free(tmp);
}

/*
 * The tracked files that name the field or the struct, with the kept
 * answer of CACHE when there is one for HEAD's tree: its files, less
 * those that differ from HEAD now, plus those that differ now or did
 * then, read again.  Otherwise git grep's, kept for the next call.
 */
static int tracked(const char *top, const char *cache, struct strvec *out)
{
	static const char *const head[] = { "rev-parse", "-q", "--verify",
					    "HEAD^{tree}", NULL };
	static const char *const diff[] = { "diff-index",  "-z",
					    "--name-only", "--no-renames",
					    "HEAD",	   "--",
					    "*.c",	   "*.h",
					    NULL };
	const char *grep[4 + 2 * ARRAY_SIZE(grep_names) + 6], **g = grep;
	struct strvec id = { 0 }, changed = { 0 }, named = { 0 };
	struct strvec unknown = { 0 }, hits = { 0 };
	char *path = NULL, *what;
	size_t i;
	int j, ret = 0;

	if (cache && !git(top, head, 0, &id) && id.nr == 1 &&
	    !git(top, diff, 0, &changed)) {
		what = xasprintf("%s\n%s", id.v[0], EFCHECK_VERSION);
		path = cache_name(cache, "grep", what);
		free(what);
		if (changed.nr)
			qsort(changed.v, changed.nr, sizeof(*changed.v),
			      by_name);
		if (!kept_load(path, &named, &unknown)) {
			for (j = 0; j < named.nr; j++)
				if (!in(&changed, named.v[j]))
					strvec_push(out, named.v[j]);
			for (j = 0; j < changed.nr; j++)
				if (file_names_it(top, changed.v[j]))
					strvec_push(out, changed.v[j]);
			for (j = 0; j < unknown.nr; j++)
				if (!in(&changed, unknown.v[j]) &&
				    file_names_it(top, unknown.v[j]))
					strvec_push(out, unknown.v[j]);
			goto out;
		}
	}
	*g++ = "grep";
	*g++ = "-lz";
	*g++ = "-F";
	for (i = 0; i < ARRAY_SIZE(grep_names); i++) {
		*g++ = "-e";
		*g++ = grep_names[i];
	}
	*g++ = "-e";
	*g++ = "##";
	*g++ = "--";
	*g++ = "*.c";
	*g++ = "*.h";
	*g = NULL;
	if (git(top, grep, 1, &hits)) {
		ret = -1;
		goto out;
	}
	strvec_clear(&named);
	strvec_clear(&unknown);
	for (j = 0; j < hits.nr; j++) {
		if (!file_names_it(top, hits.v[j]))
			continue;
		strvec_push(out, hits.v[j]);
		if (!in(&changed, hits.v[j]))
			strvec_push(&named, hits.v[j]);
	}
	if (path)
		kept_write(path, &named, &changed);
out:
	free(path);
	strvec_clear(&id);
	strvec_clear(&changed);
	strvec_clear(&named);
	strvec_clear(&unknown);
	strvec_clear(&hits);
	return ret;
}

/*
 * --list-named: print, sorted and NUL-separated (newline-separated
 * without NUL), the files of TOP that name the field or the struct.
 */
int list_named(const char *top, const char *cache, int nul)
{
	static const char *const toplevel[] = { "rev-parse", "--show-toplevel",
						NULL };
	/* no pathspec: a nested repository is listed as "dir/" */
	static const char *const others[] = { "ls-files", "-z", "-o", NULL };
	struct strvec out = { 0 }, v = { 0 };
	char *real = realpath(top, NULL);
	int i, ret = 0, in_git;

	if (regcomp(&paste_re, grep_paste_ere, REG_EXTENDED))
		die("cannot compile the ## pattern");
	/* git says its top with a newline, -z or not */
	in_git = !git(top, toplevel, 0, &v) && v.nr == 1 && real &&
		 !strncmp(v.v[0], real, strlen(real)) &&
		 v.v[0][strlen(real)] == '\n';
	strvec_clear(&v);
	if (in_git) {
		if (tracked(top, cache, &out) || git(top, others, 0, &v))
			ret = 2;
		/* "dir/": an untracked directory with a git repository */
		for (i = 0; !ret && i < v.nr; i++)
			if (v.v[i][strlen(v.v[i]) - 1] == '/')
				ret = walk(top, v.v[i], &out);
			else if (is_c_or_h(v.v[i]) &&
				 file_names_it(top, v.v[i]))
				strvec_push(&out, v.v[i]);
	} else {
		ret = walk(top, "", &out);
	}
	if (ret)
		fprintf(stderr, "efcheck: cannot search the tree %s\n", top);
	if (out.nr) /* qsort() takes no NULL */
		qsort(out.v, out.nr, sizeof(*out.v), by_name);
	for (i = 0; !ret && i < out.nr; i++)
		if (!i || strcmp(out.v[i], out.v[i - 1]))
			printf("%s%c", out.v[i], nul ? '\0' : '\n');
	strvec_clear(&out);
	strvec_clear(&v);
	regfree(&paste_re);
	free(real);
	return ret;
}
