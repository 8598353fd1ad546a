// SPDX-License-Identifier: GPL-2.0
/*
 * scan.c - what efcheck-scan knows, kept in C so the script stays glue:
 *
 *	efcheck --tree-flags=TOP --gen-dir=DIR	flags for an unconfigured tree
 *	efcheck --merge --summary=N,M ...	the scan's summary on stderr
 *	efcheck --split-patch=DIR [--tree=TOP] FILE  a series, patch by patch
 *	efcheck --list-candidates --includers	with a driver header's includers
 *
 * (--grep-patterns is in prefilter.c, next to the rule it must match.)
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#include "front.h"

/*
 * DIR/PREFIX-HASH: a cache entry named after the text it is made from
 * (djb2 of WHAT), so that other inputs get another entry.
 */
char *cache_name(const char *dir, const char *prefix, const char *what)
{
	unsigned long h = 5381;

	for (; *what; what++)
		h = h * 33 + (unsigned char)*what;
	return xasprintf("%s/%s-%08lx", dir, prefix, h & 0xffffffffUL);
}

/* The kernel's ARCH for this machine, as the top Makefile's SUBARCH. */
static const char *host_arch(void)
{
	static const struct {
		const char *prefix, *arch;
	} map[] = { { "x86_64", "x86" },  { "i386", "x86" },
		    { "i486", "x86" },	  { "i586", "x86" },
		    { "i686", "x86" },	  { "aarch64", "arm64" },
		    { "arm", "arm" },	  { "ppc", "powerpc" },
		    { "riscv", "riscv" }, { "s390", "s390" } };
	static struct utsname u;
	size_t i;

	if (getenv("ARCH") && *getenv("ARCH"))
		return getenv("ARCH");
	if (uname(&u))
		return "x86";
	for (i = 0; i < ARRAY_SIZE(map); i++)
		if (!strncmp(u.machine, map[i].prefix, strlen(map[i].prefix)))
			return map[i].arch;
	return u.machine;
}

/* The generated-y headers of the arch's Kbuild files, one a line. */
static char *generated_y(const char *top, const char *arch)
{
	static const char *const kbuild[] = { "include/asm/Kbuild",
					      "include/uapi/asm/Kbuild" };
	char *line = NULL, *out = xstrdup(""), *p, *t;
	size_t alloc = 0, i;

	for (i = 0; i < ARRAY_SIZE(kbuild); i++) {
		char *path = xasprintf("%s/arch/%s/%s", top, arch, kbuild[i]);
		FILE *f = fopen(path, "r");

		free(path);
		while (f && getline(&line, &alloc, f) > 0) {
			p = line + strspn(line, " \t");
			if (strncmp(p, "generated-y", 11))
				continue;
			p += 11 + strspn(p + 11, " \t");
			if (strncmp(p, "+=", 2))
				continue;
			p += 2 + strspn(p + 2, " \t");
			p[strcspn(p, " \t\n#")] = '\0';
			if (!*p || *p == '.' || strchr(p, '/'))
				continue;
			t = xasprintf("%s%s\n", out, p);
			free(out);
			out = t;
		}
		if (f)
			fclose(f);
	}
	free(line);
	return out;
}

static int touch(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name), *slash;
	FILE *f;
	int ret;

	for (slash = strchr(path + strlen(dir) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(path, 0777);
		*slash = '/';
	}
	f = fopen(path, "w");
	ret = !f || fputs(text, f) < 0;
	if (f && fclose(f))
		ret = 1;
	free(path);
	return ret;
}

/* DIR/asm -> TARGET */
static int link_asm(const char *target, const char *dir)
{
	char *path = xasprintf("%s/asm", dir);
	int ret = symlink(target, path);

	free(path);
	return ret;
}

/*
 * The generated directory: empty stand-ins for the headers kbuild would
 * generate (stub/), asm/ falling back to asm-generic as kbuild's
 * generic-y does (k/, u/), and a minimal autoconf.h.
 */
static int make_gen(const char *g, const char *top, const char *arch,
		    const char *gen_y)
{
	static const char *const generated[] = {
		"asm-offsets.h",	"bounds.h",	"rq-offsets.h",
		"timeconst.h",		"utsrelease.h", "compile.h",
		"uapi/linux/version.h",
	};
	static const char autoconf[] =
		"#define CONFIG_MMU 1\n#define CONFIG_64BIT 1\n"
		"#define CONFIG_SMP 1\n#define CONFIG_PAGE_SHIFT 12\n"
		"#define CONFIG_HZ 250\n#define CONFIG_NR_CPUS 64\n"
		"#define CONFIG_NODES_SHIFT 0\n#define CONFIG_PGTABLE_LEVELS 4\n"
		"#define CONFIG_TREE_SRCU 1\n#define CONFIG_LOG_BUF_SHIFT 17\n"
		"#define CONFIG_FRAME_WARN 2048\n#define CONFIG_BASE_SMALL 0\n"
		"#define CONFIG_ILLEGAL_POINTER_VALUE 0\n";
	char *k = xasprintf("%s/k", g), *u = xasprintf("%s/u", g), *s, *t;
	const char *p, *nl;
	int bad = mkdir(g, 0777) || mkdir(k, 0777) || mkdir(u, 0777);
	size_t i;

	s = xasprintf("%s/include/asm-generic", top);
	t = xasprintf("%s/include/uapi/asm-generic", top);
	bad = bad || link_asm(s, k) || link_asm(t, u);
	free(s);
	free(t);
	s = xasprintf("%s/stub", g);
	t = xasprintf("%s/asm", s);
	bad = bad || mkdir(s, 0777) || mkdir(t, 0777);
	free(t);
	for (p = gen_y; !bad && *p; p = nl + 1) {
		nl = strchr(p, '\n');
		t = xasprintf("asm/%.*s", (int)(nl - p), p);
		bad = touch(s, t, "");
		free(t);
	}
	for (i = 0; !bad && i < ARRAY_SIZE(generated); i++) {
		t = xasprintf("generated/%s", generated[i]);
		bad = touch(s, t, "");
		free(t);
	}
	free(s);
	s = xasprintf("%s%s", autoconf,
		      strcmp(arch, "x86") ?
			      "" :
			      "#define CONFIG_X86_64 1\n"
			      "#define CONFIG_X86_L1_CACHE_SHIFT 6\n");
	bad = bad || touch(k, "generated/autoconf.h", s);
	free(s);
	free(k);
	free(u);
	return bad;
}

static int rm_one(const char *path, const struct stat *st, int flag,
		  struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static struct strvec *flags_out;

/* One flag, added to flags_out. */
static __printf(1, 2) void flag(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		die("out of memory");
	va_end(ap);
	strvec_push(flags_out, s);
	free(s);
}

/*
 * The flags, added to OUT, for a file of the unconfigured kernel tree TOP
 * (--tree without -O or -p; --tree-flags prints them): the arch and uapi
 * include paths and a
 * generated directory (make_gen) in DIR, named after what it is made
 * from, and made aside and renamed so that concurrent scans share it.
 * Errno macros come from the tree's headers.
 */
int tree_flags(const char *top, const char *dir, struct strvec *out)
{
	static const char *const forced[] = { "compiler-version.h", "kconfig.h",
					      "compiler_types.h" };
	const char *arch = host_arch();
	char *inc = xasprintf("%s/arch/%s/include", top, arch), *gen_y, *g, *t;
	struct stat st;
	size_t i;

	if (stat(inc, &st) || !S_ISDIR(st.st_mode)) {
		fprintf(stderr,
			"efcheck: no arch/%s/include in %s (set ARCH)\n", arch,
			top);
		free(inc);
		return 2;
	}
	gen_y = generated_y(top, arch);
	t = xasprintf("%s %s\n%s", arch, top, gen_y);
	g = cache_name(dir, "gen", t);
	free(t);
	t = xasprintf("%s.%d", g, (int)getpid());
	if (stat(g, &st) && (make_gen(t, top, arch, gen_y) || rename(t, g)))
		nftw(t, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(t);
	free(gen_y);
	if (stat(g, &st)) {
		fprintf(stderr, "efcheck: cannot make %s: %s\n", g,
			strerror(errno));
		free(g);
		free(inc);
		return 2;
	}
	flags_out = out;
	flag("-nostdinc");
	flag("-I%s", inc);
	flag("-I%s/include", top);
	flag("-I%s/uapi", inc);
	flag("-I%s/include/uapi", top);
	flag("-idirafter");
	flag("%s/k", g);
	flag("-idirafter");
	flag("%s/u", g);
	flag("-idirafter");
	flag("%s/stub", g);
	/* those the tree has: a stripped-down tree may lack one */
	for (i = 0; i < ARRAY_SIZE(forced); i++) {
		t = xasprintf("%s/include/linux/%s", top, forced[i]);
		if (!access(t, R_OK)) {
			flag("-include");
			flag("%s", t);
		}
		free(t);
	}
	flag("-D__KERNEL__");
	flag("-std=gnu11");
	flag("-fms-extensions");
	flag("-w");
	flag("-Wno-unknown-warning-option");
	free(g);
	free(inc);
	return 0;
}

struct tally {
	char *key;
	unsigned int n;
};

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct tally *)a)->key,
		      ((const struct tally *)b)->key);
}

static void count(struct tally *t, size_t *nr, char *key)
{
	size_t i;

	for (i = 0; i < *nr; i++) {
		if (!strcmp(t[i].key, key)) {
			t[i].n++;
			free(key);
			return;
		}
	}
	t[*nr].key = key;
	t[(*nr)++].n = 1;
}

static void print_tally(struct tally *t, size_t nr, const char *what)
{
	size_t i;

	qsort(t, nr, sizeof(*t), by_key);
	for (i = 0; i < nr; i++) {
		fprintf(stderr, "efcheck-scan:   %s %s: %u\n", what, t[i].key,
			t[i].n);
		free(t[i].key);
	}
}

/*
 * --summary=N,M with --merge: efcheck-scan's summary on stderr: the
 * findings of its N candidate files (M more name the field or the struct
 * but cannot write it), per check and per top directory.
 */
int scan_summary(struct ef_finding **v, size_t n, const char *arg)
{
	struct tally *checks = xcalloc(n + 1, sizeof(*checks));
	struct tally *dirs = xcalloc(n + 1, sizeof(*dirs));
	size_t i, nr_checks = 0, nr_dirs = 0;
	unsigned long cand, named;
	const char *slash;
	char *end;

	cand = strtoul(arg, &end, 10);
	if (end == arg || *end != ',')
		return -1;
	named = strtoul(end + 1, &end, 10);
	if (*end)
		return -1;
	fprintf(stderr, "efcheck-scan: %zu finding%s in %lu candidate file%s",
		n, n == 1 ? "" : "s", cand, cand == 1 ? "" : "s");
	if (named)
		fprintf(stderr,
			"; %lu more name the field or the struct but cannot write it",
			named);
	fputc('\n', stderr);
	for (i = 0; i < n; i++) {
		count(checks, &nr_checks, xstrdup(ef_rule(v[i]->check)->name));
		slash = strchr(v[i]->loc.file, '/');
		if (slash && v[i]->loc.file[0] != '/')
			count(dirs, &nr_dirs,
			      xasprintf("%.*s/", (int)(slash - v[i]->loc.file),
					v[i]->loc.file));
	}
	print_tally(checks, nr_checks, "check");
	print_tally(dirs, nr_dirs, "in");
	free(checks);
	free(dirs);
	return 0;
}

static int is_source(const char *f)
{
	size_t n = strlen(f);

	return n > 2 && f[n - 2] == '.' && (f[n - 1] == 'c' || f[n - 1] == 'h');
}

static FILE *open_part(const char *dir, int n, const char *ext)
{
	char *path = xasprintf("%s/%d.%s", dir, n, ext);
	FILE *f = fopen(path, "w");

	if (!f)
		fprintf(stderr, "efcheck: cannot write %s: %s\n", path,
			strerror(errno));
	free(path);
	return f;
}

/*
 * DIR/NAME, with the directories it needs, from the blob BLOB of TOP's
 * repository ("git cat-file blob", which runs nothing of the tree), or
 * else a copy of TOP/NAME.  Nonzero if neither could be had.
 */
static int post_image(const char *dir, const char *name, const char *blob,
		      const char *top)
{
	char *path = xasprintf("%s/%s", dir, name), *src, *slash, *buf;
	int fd, ret = 1, st;
	size_t size;
	pid_t pid;

	for (slash = strchr(path + strlen(dir) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(path, 0777);
		*slash = '/';
	}
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	if (fd < 0)
		goto out;
	fflush(NULL);
	pid = *blob && strspn(blob, "0123456789abcdef") == strlen(blob) ?
		      fork() :
		      -1;
	if (!pid) {
		int null = open("/dev/null", O_WRONLY);

		dup2(fd, 1);
		dup2(null, 2);
		execlp("git", "git", "-C", top, "cat-file", "blob", blob,
		       (char *)NULL);
		_exit(127);
	}
	if (pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) &&
	    !WEXITSTATUS(st)) {
		ret = 0;
	} else if (!ftruncate(fd, 0) && !lseek(fd, 0, SEEK_SET)) {
		src = xasprintf("%s/%s", top, name);
		buf = slurp_file(src, &size);
		ret = !buf || write(fd, buf, size) != (ssize_t)size;
		free(buf);
		free(src);
	}
	if (close(fd))
		ret = 1;
	if (ret)
		unlink(path);
out:
	free(path);
	return ret;
}

/*
 * With --tree=TOP: patch N's post-image of the files of DIR/N.files in
 * DIR/N/, and their names, NUL-separated, in DIR/N.names.  A file whose
 * post-image cannot be had (not in the repository, not in the tree) is
 * left out.
 */
static int post_images(const char *dir, int n, const char *top)
{
	char *path = xasprintf("%s/%d.files", dir, n), *l = NULL, *tab;
	char *sub = xasprintf("%s/%d", dir, n);
	FILE *in = fopen(path, "r"), *names = open_part(dir, n, "names");
	size_t alloc = 0;
	ssize_t len;
	int ret = !in || !names || mkdir(sub, 0777);

	while (!ret && (len = getline(&l, &alloc, in)) > 0) {
		l[len - 1] = '\0';
		tab = strchr(l, '\t');
		if (!tab)
			continue;
		*tab = '\0';
		if (!post_image(sub, l, tab + 1, top))
			fprintf(names, "%s%c", l, '\0');
	}
	if (in)
		fclose(in);
	if (names && fclose(names))
		ret = 1;
	if (ret)
		fprintf(stderr, "efcheck: cannot write the post-images in %s\n",
			sub);
	free(l);
	free(sub);
	free(path);
	return ret;
}

/*
 * --split-patch=DIR FILE: split the series FILE ('-': stdin) at its
 * "From <sha>" lines and write, for its N-th patch, DIR/N.files ("file
 * <TAB> blob" of each .c and .h file it changes, blob from its "index
 * OLD..NEW" line) and DIR/N.lines ("file <TAB> line" of each line it
 * adds); with TOP (--tree), its post-images too (post_images()).  Prints
 * the number of patches.
 */
int split_patch(const char *dir, const char *file, const char *top)
{
	FILE *in = strcmp(file, "-") ? fopen(file, "r") : stdin;
	FILE *files = NULL, *lines = NULL;
	char *l = NULL, *f = NULL, *blob = NULL, *p;
	size_t alloc = 0;
	unsigned long line = 0;
	int n = 0, seen = 0, hunks = 0, ret = 0, i;
	ssize_t len;

	if (!in) {
		fprintf(stderr, "efcheck: cannot read patch '%s': %s\n", file,
			strerror(errno));
		return 2;
	}
	while (!ret && (len = getline(&l, &alloc, in)) >= 0) {
		if (len && l[len - 1] == '\n')
			l[--len] = '\0';
		if (!n || (seen && !strncmp(l, "From ", 5) &&
			   strspn(l + 5, "0123456789abcdef") &&
			   l[5 + strspn(l + 5, "0123456789abcdef")] == ' ')) {
			if (files)
				fclose(files);
			if (lines)
				fclose(lines);
			files = open_part(dir, ++n, "files");
			lines = files ? open_part(dir, n, "lines") : NULL;
			ret = !files || !lines ? 2 : 0;
			free(f);
			f = NULL;
		}
		if (!strncmp(l, "diff ", 5)) {
			seen = 1;
			free(f);
			free(blob);
			f = blob = NULL;
		} else if (!strncmp(l, "index ", 6)) {
			p = strstr(l, "..");
			free(blob);
			blob = xstrdup(p ? p + 2 : "");
			blob[strcspn(blob, " ")] = '\0';
		} else if (!strncmp(l, "+++ ", 4)) {
			free(f);
			p = l + 4 + 2 * !strncmp(l + 4, "b/", 2);
			f = xstrdup(p);
			f[strcspn(f, "\t")] = '\0';
			if (is_source(f))
				fprintf(files, "%s\t%s\n", f, blob ? blob : "");
		} else if (!strncmp(l, "@@ ", 3)) {
			hunks++;
			p = strstr(l, " +");
			line = p ? strtoul(p + 2, NULL, 10) : 0;
		} else if (f && is_source(f) && (l[0] == '+' || l[0] == ' ')) {
			if (l[0] == '+')
				fprintf(lines, "%s\t%lu\n", f, line);
			line++;
		}
	}
	if ((files && fclose(files)) || (lines && fclose(lines)))
		ret = 2;
	if (in != stdin)
		fclose(in);
	free(l);
	free(f);
	free(blob);
	/* not a patch: a mistake to say so, not a series without findings */
	if (!ret && !hunks && !seen) {
		fprintf(stderr,
			"efcheck: '%s' holds no patch (no 'diff' line or '@@' hunk)\n",
			file);
		ret = 2;
	}
	for (i = 1; top && !ret && i <= n; i++)
		ret = post_images(dir, i, top) ? 2 : 0;
	if (!ret)
		printf("%d\n", n);
	return ret;
}

/* Does an #include line of BUF name a header whose last part is BASE? */
static int includes(const char *buf, size_t size, const char *base)
{
	const char *p = buf, *end = buf + size, *name, *close;
	size_t blen = strlen(base);

	while ((p = memchr(p, '#', end - p))) {
		const char *bol = p;

		while (bol > buf && (bol[-1] == ' ' || bol[-1] == '\t'))
			bol--;
		p++;
		if (bol > buf && bol[-1] != '\n')
			continue;
		p += strspn(p, " \t");
		if (strncmp(p, "include", 7))
			continue;
		name = p + 7 + strspn(p + 7, " \t");
		if (*name != '"' && *name != '<')
			continue;
		close = strpbrk(++name, "\">\n");
		if (!close || *close == '\n' || (size_t)(close - name) < blen)
			continue;
		if (!memcmp(close - blen, base, blen) &&
		    (close - blen == name || close[-blen - 1] == '/'))
			return 1;
	}
	return 0;
}

static struct strvec *walk_out;
static const char *walk_base;
static size_t walk_root; /* the length of the walk's "ROOT/" */

static int walk_one(const char *path, const struct stat *st, int flag,
		    struct FTW *ftw)
{
	size_t size;
	char *buf;

	(void)ftw;
	if (flag != FTW_F || !S_ISREG(st->st_mode) || !is_source(path))
		return 0;
	buf = slurp_file(path, &size);
	if (buf && includes(buf, size, walk_base))
		strvec_push(walk_out,
			    path + walk_root +
				    2 * !strncmp(path + walk_root, "./", 2));
	free(buf);
	return 0;
}

/* A header of a kernel include directory: a driver cannot include it. */
static int kernel_header(const char *h)
{
	const char *s;

	if (!strncmp(h, "include/", 8) || !strncmp(h, "tools/include/", 14) ||
	    strstr(h, "/include/uapi/"))
		return 1;
	if (strncmp(h, "arch/", 5))
		return 0;
	s = strchr(h + 5, '/');
	return s && !strncmp(s, "/include/", 9);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * --list-candidates --includers: a candidate driver header (not in a
 * kernel include directory) brings the .c and .h files of its driver's
 * directory (the one above include/) that include it, with "..." or
 * <...>, and so on for four rounds.  V is sorted and made unique.  The
 * names are relative to TOP, or to the working directory when TOP is
 * NULL; the files of STAGED (if not NULL) are walked too.
 */
void add_includers(struct strvec *v, const char *top, const char *staged)
{
	struct strvec found = { 0 };
	int i, j, k, from = 0, round;

	for (round = 0; round < 4 && from < v->nr; round++) {
		int end = v->nr;

		for (i = from; i < end; i++) {
			const char *h = v->v[i], *slash = strrchr(h, '/');
			size_t n = strlen(h);
			char *dir;

			if (n < 2 || strcmp(h + n - 2, ".h") ||
			    kernel_header(h))
				continue;
			dir = slash ? xasprintf("%.*s", (int)(slash - h), h) :
				      xstrdup(".");
			n = strlen(dir);
			if (n > 8 && !strcmp(dir + n - 8, "/include"))
				dir[n - 8] = '\0';
			walk_out = &found;
			walk_base = slash ? slash + 1 : h;
			for (k = 0; k < 2; k++) {
				const char *root = k ? staged : top;
				char *d;

				if (root) {
					d = xasprintf("%s/%s", root, dir);
					walk_root = strlen(root) + 1;
				} else if (k) {
					continue;
				} else {
					d = xstrdup(dir);
					walk_root = 0;
				}
				nftw(d, walk_one, 16, FTW_PHYS);
				free(d);
			}
			free(dir);
		}
		from = end;
		for (j = 0; j < found.nr; j++) {
			for (k = 0; k < v->nr && strcmp(v->v[k], found.v[j]);
			     k++)
				;
			if (k == v->nr)
				strvec_push(v, found.v[j]);
		}
		strvec_clear(&found);
	}
	if (v->nr)
		qsort(v->v, v->nr, sizeof(*v->v), by_name);
	for (i = j = 0; i < v->nr; i++) {
		if (j && !strcmp(v->v[j - 1], v->v[i]))
			free(v->v[i]);
		else
			v->v[j++] = v->v[i];
	}
	v->nr = j;
	if (v->v)
		v->v[j] = NULL;
}
