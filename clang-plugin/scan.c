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

/* DIR/NAME, with the directories it needs, holding LEN bytes of BUF. */
static int write_file(const char *dir, const char *name, const char *buf,
		      size_t len)
{
	char *path = xasprintf("%s/%s", dir, name), *slash;
	FILE *f;
	int bad;

	for (slash = strchr(path + strlen(dir) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		mkdir(path, 0777);
		*slash = '/';
	}
	f = fopen(path, "w");
	bad = !f || fwrite(buf, 1, len, f) != len;
	if (f && fclose(f))
		bad = 1;
	free(path);
	return bad;
}

static int touch(const char *dir, const char *name, const char *text)
{
	return write_file(dir, name, text, strlen(text));
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
/*
 * The tree's linux/version.h, as kbuild makes it from the top Makefile's
 * VERSION, PATCHLEVEL and SUBLEVEL, for a driver's compat branches
 * (#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)).
 */
static char *version_h(const char *top)
{
	static const char *const names[] = { "VERSION", "PATCHLEVEL",
					     "SUBLEVEL" };
	char *path = xasprintf("%s/Makefile", top), *buf, *p;
	unsigned long v[3] = { 0 };
	size_t size, i, n;

	buf = slurp_file(path, &size);
	free(path);
	for (p = buf; buf && p < buf + size; p = strchr(p, '\n') + 1) {
		for (i = 0; i < ARRAY_SIZE(names); i++) {
			n = strlen(names[i]);
			if (!strncmp(p, names[i], n) &&
			    p[n + strspn(p + n, " \t")] == '=')
				v[i] = strtoul(p + n + strspn(p + n, " \t") + 1,
					       NULL, 10);
		}
		if (!strchr(p, '\n'))
			break;
	}
	free(buf);
	return xasprintf(
		"#define LINUX_VERSION_CODE %lu\n"
		"#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + ((c) > 255 ? 255 : (c)))\n"
		"#define LINUX_VERSION_MAJOR %lu\n"
		"#define LINUX_VERSION_PATCHLEVEL %lu\n"
		"#define LINUX_VERSION_SUBLEVEL %lu\n",
		(v[0] << 16) + (v[1] << 8) + (v[2] > 255 ? 255 : v[2]), v[0],
		v[1], v[2]);
}

static int make_gen(const char *g, const char *top, const char *arch,
		    const char *gen_y)
{
	static const char *const generated[] = {
		"asm-offsets.h", "bounds.h",	 "rq-offsets.h",
		"timeconst.h",	 "utsrelease.h", "compile.h",
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
	s = version_h(top);
	bad = bad || touch(k, "linux/version.h", s) ||
	      touch(k, "generated/uapi/linux/version.h", s);
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
	/* "2": the stubs' second form, with linux/version.h */
	t = xasprintf("2 %s %s\n%s", arch, top, gen_y);
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
 * A patch's path, as "--- ", "+++ " or "diff --git" give it: unquoted
 * when git quoted it (C style), without its "a/" or "b/", and without
 * the date a plain diff adds after a tab.  NULL for /dev/null.
 */
static char *patch_path(const char *s)
{
	char *out = xmalloc(strlen(s) + 1), *o = out;

	if (*s == '"') {
		for (s++; *s && *s != '"'; s++) {
			if (*s != '\\' || !s[1]) {
				*o++ = *s;
				continue;
			}
			s++;
			if (*s >= '0' && *s <= '7') {
				int c = 0, i;

				for (i = 0; i < 3 && *s >= '0' && *s <= '7';
				     i++)
					c = c * 8 + (*s++ - '0');
				*o++ = (char)c;
				s--;
				continue;
			}
			*o++ = *s == 'n' ? '\n' :
			       *s == 't' ? '\t' :
			       *s == 'r' ? '\r' :
			       *s == 'a' ? '\a' :
			       *s == 'b' ? '\b' :
			       *s == 'f' ? '\f' :
			       *s == 'v' ? '\v' :
					   *s;
		}
		*o = '\0';
	} else {
		memcpy(out, s, strcspn(s, "\t"));
		out[strcspn(s, "\t")] = '\0';
	}
	if (!strcmp(out, "/dev/null")) {
		free(out);
		return NULL;
	}
	if ((out[0] == 'a' || out[0] == 'b') && out[1] == '/')
		memmove(out, out + 2, strlen(out + 2) + 1);
	return out;
}

/* May a patch write NAME under a directory: relative, without ".."? */
static int safe_path(const char *name)
{
	const char *p = name;

	if (!*name || *name == '/')
		return 0;
	for (; *p; p += strcspn(p, "/"), p += !!*p)
		if (!strncmp(p, "..", 2) && (p[2] == '/' || !p[2]))
			return 0;
	return 1;
}

/* One file of a patch: its names, its blobs, its hunks' lines. */
struct pfile {
	char *from, *to; /* the "---" and "+++" paths; NULL: /dev/null */
	char *old_id, *new_id; /* from "index OLD..NEW", or NULL */
	struct strvec body; /* the lines of its hunks, "@@" lines too */
};

/* Post-images written so far: the patch that last wrote each file. */
struct images {
	struct strvec name;
	int *patch; /* 0: the patch deleted or renamed it away */
};

static int image_of(const struct images *im, const char *name)
{
	int i;

	for (i = im->name.nr - 1; i >= 0; i--)
		if (!strcmp(im->name.v[i], name))
			return im->patch[i];
	return -1;
}

static void set_image(struct images *im, const char *name, int n)
{
	strvec_push(&im->name, name);
	im->patch = xrealloc(im->patch, im->name.nr * sizeof(*im->patch));
	im->patch[im->name.nr - 1] = n;
}

/* The blob ID of TOP's repository, or NULL; an all-zero ID is none. */
static char *blob(const char *top, const char *id, size_t *len)
{
	const char *args[4] = { "cat-file", "blob" };
	char *buf;

	args[2] = id;

	if (!id || !*id || strspn(id, "0") == strlen(id) ||
	    strspn(id, "0123456789abcdef") != strlen(id))
		return NULL;
	if (git_run(top, args, &buf, len)) {
		free(buf);
		return NULL;
	}
	return buf;
}

/* Is TOP/NAME the blob ID already (git hash-object)? */
static int is_blob(const char *top, const char *name, const char *id)
{
	const char *args[4] = { "hash-object", "--" };
	size_t len;
	char *buf;

	args[2] = name;
	int ret;

	if (!id || !*id)
		return 0;
	ret = !git_run(top, args, &buf, &len) && !strncmp(buf, id, strlen(id));
	free(buf);
	return ret;
}

/* Append LINE and a newline to *OUT (*O bytes of *ALLOC). */
static void emit(char **out, size_t *o, size_t *alloc, const char *line)
{
	size_t n = strlen(line);

	if (*o + n + 2 > *alloc)
		*out = xrealloc(*out, *alloc = 2 * (*o + n + 2));
	memcpy(*out + *o, line, n);
	*o += n;
	(*out)[(*o)++] = '\n';
}

/*
 * BASE (LEN bytes) with the hunks of BODY applied, as "patch" without
 * fuzz does: every context and removed line must be there.  NULL if it
 * does not apply.
 */
static char *apply(const char *base, size_t len, const struct strvec *body,
		   size_t *out_len)
{
	struct strvec in = { 0 };
	char *out = NULL, *l;
	size_t alloc = 0, o = 0, at = 0;
	int i, ok = 1;
	const char *p = base, *end = base + len, *nl;

	for (; p < end; p = nl + 1) {
		nl = memchr(p, '\n', end - p);
		if (!nl)
			nl = end;
		l = xmalloc(nl - p + 1);
		memcpy(l, p, nl - p);
		l[nl - p] = '\0';
		strvec_push(&in, l);
		free(l);
	}
	for (i = 0; ok && i < body->nr; i++) {
		const char *b = body->v[i];

		if (!strncmp(b, "@@ -", 4)) {
			size_t start = strtoul(b + 4, NULL, 10);
			size_t count =
				strchr(b + 4, ',') &&
						strchr(b + 4, ',') <
							strchr(b + 4, ' ') ?
					strtoul(strchr(b + 4, ',') + 1, NULL,
						10) :
					1;

			/* "-0,0" and "-N,0": the lines go after line N */
			if (count)
				start--;
			ok = start >= at && start <= (size_t)in.nr;
			while (ok && at < start)
				emit(&out, &o, &alloc, in.v[at++]);
		} else if (*b == ' ' || *b == '-' || !*b) {
			ok = at < (size_t)in.nr &&
			     !strcmp(in.v[at], *b ? b + 1 : b);
			if (ok && *b != '-')
				emit(&out, &o, &alloc, in.v[at]);
			at++;
		} else if (*b == '+') {
			emit(&out, &o, &alloc, b + 1);
		} /* "\\ No newline at end of file": see below */
	}
	while (ok && at < (size_t)in.nr)
		emit(&out, &o, &alloc, in.v[at++]);
	strvec_clear(&in);
	if (!ok) {
		free(out);
		return NULL;
	}
	*out_len = o; /* every line ends in a newline: no matter to a parse */
	if (!out)
		out = xstrdup("");
	return out;
}

/*
 * The post-image of PF in patch N, into DIR/N: its new blob from TOP's
 * repository when it is there; otherwise its hunks applied to its
 * pre-image, which is the post-image of an earlier patch of the series,
 * its old blob, or TOP's file (which may be the post-image already).
 * Nonzero, with the reason said, if it cannot be had.
 */
static int post_image(const char *dir, int n, const char *top, struct pfile *pf,
		      struct images *im)
{
	char *sub = xasprintf("%s/%d", dir, n), *buf = NULL, *out, *path;
	int k = pf->from ? image_of(im, pf->from) : -1, ret;
	size_t len = 0, olen;

	out = blob(top, pf->new_id, &olen);
	if (!out && k > 0) {
		path = xasprintf("%s/%d/%s", dir, k, pf->from);
		buf = slurp_file(path, &len);
		free(path);
	} else if (!out && pf->from && k < 0) {
		buf = blob(top, pf->old_id, &len);
		path = xasprintf("%s/%s", top, pf->from);
		if (!buf && is_blob(top, pf->from, pf->new_id))
			out = slurp_file(path, &olen);
		else if (!buf)
			buf = slurp_file(path, &len);
		free(path);
	} else if (!out && !pf->from) {
		buf = xstrdup("");
	}
	if (!out && buf)
		out = apply(buf, len, &pf->body, &olen);
	ret = !out || write_file(sub, pf->to, out, olen);
	if (ret)
		fprintf(stderr,
			"efcheck: patch %d: cannot build the post-image of %s (%s)\n",
			n, pf->to,
			!buf && !out ?
				"no pre-image in the tree or repository" :
			!out ? "its hunks do not apply to the tree" :
			       strerror(errno));
	free(buf);
	free(out);
	free(sub);
	return ret;
}

static void pfile_clear(struct pfile *pf)
{
	free(pf->from);
	free(pf->to);
	free(pf->old_id);
	free(pf->new_id);
	strvec_clear(&pf->body);
	memset(pf, 0, sizeof(*pf));
}

/* The series being split: the patch at hand and its files' lists. */
struct split {
	const char *dir, *top;
	int n, ret;
	FILE *files, *lines, *names;
	struct pfile pf;
	int have; /* pf is a file of the patch */
	struct images im;
};

/* The file at hand is complete: list it, and write its post-image. */
static void end_file(struct split *s)
{
	struct pfile *pf = &s->pf;

	if (!s->have || s->ret)
		goto out;
	if ((pf->from && !safe_path(pf->from)) ||
	    (pf->to && !safe_path(pf->to))) {
		fprintf(stderr,
			"efcheck: patch %d names a path outside the tree: '%s'\n",
			s->n, pf->to && !safe_path(pf->to) ? pf->to : pf->from);
		s->ret = 2;
		goto out;
	}
	if (pf->from && pf->to && strcmp(pf->from, pf->to))
		set_image(&s->im, pf->from, 0);
	if (!pf->to || !is_source(pf->to))
		goto out;
	fprintf(s->files, "%s\t%s\n", pf->to, pf->new_id ? pf->new_id : "");
	if (s->top) {
		if (post_image(s->dir, s->n, s->top, pf, &s->im)) {
			s->ret = 2;
			goto out;
		}
		set_image(&s->im, pf->to, s->n);
		fprintf(s->names, "%s%c", pf->to, '\0');
	}
out:
	pfile_clear(pf);
	s->have = 0;
}

/*
 * The patch at hand is complete.  With TOP, its directory gets the
 * latest post-image of every file the series changed so far, so that a
 * patch sees what the ones before it added.
 */
static void end_patch(struct split *s)
{
	int i, k;

	end_file(s);
	for (i = 0; s->top && !s->ret && i < s->im.name.nr; i++) {
		char *from, *to, *buf;
		size_t len;

		k = image_of(&s->im, s->im.name.v[i]);
		if (k <= 0 || k == s->n)
			continue;
		from = xasprintf("%s/%d/%s", s->dir, k, s->im.name.v[i]);
		to = xasprintf("%s/%d", s->dir, s->n);
		buf = slurp_file(from, &len);
		if (!buf || write_file(to, s->im.name.v[i], buf, len))
			s->ret = 2;
		free(buf);
		free(from);
		free(to);
	}
	if (s->files && fclose(s->files))
		s->ret = 2;
	if (s->lines && fclose(s->lines))
		s->ret = 2;
	if (s->names && fclose(s->names))
		s->ret = 2;
	s->files = s->lines = s->names = NULL;
}

static void start_patch(struct split *s)
{
	char *sub;

	s->n++;
	s->files = open_part(s->dir, s->n, "files");
	s->lines = s->files ? open_part(s->dir, s->n, "lines") : NULL;
	s->names = s->lines && s->top ? open_part(s->dir, s->n, "names") : NULL;
	sub = xasprintf("%s/%d", s->dir, s->n);
	if (s->lines && s->top && s->names && mkdir(sub, 0777))
		fprintf(stderr, "efcheck: cannot make %s: %s\n", sub,
			strerror(errno));
	else if (s->lines && (!s->top || s->names))
		sub[0] = '\0';
	if (*sub)
		s->ret = 2;
	free(sub);
}

/*
 * --split-patch=DIR FILE: split the series FILE ('-': stdin) at its
 * "From <sha>" lines and write, for its N-th patch, DIR/N.files ("file
 * <TAB> blob" of each .c and .h file it changes, blob from its "index
 * OLD..NEW" line) and DIR/N.lines ("file <TAB> line" of each line it
 * adds).  With TOP (--tree), also DIR/N/, the post-images of the files
 * the series changed up to patch N (post_image()), and DIR/N.names, the
 * files of patch N, NUL-separated.  A path outside the tree, or a
 * post-image that cannot be built, is an error.  Prints the number of
 * patches.
 */
int split_patch(const char *dir, const char *file, const char *top)
{
	FILE *in = strcmp(file, "-") ? fopen(file, "r") : stdin;
	struct split s = { .dir = dir, .top = top };
	unsigned long line = 0, old_left = 0, new_left = 0;
	char *l = NULL, *p;
	size_t alloc = 0;
	int seen = 0, hunks = 0;
	ssize_t len;

	if (!in) {
		fprintf(stderr, "efcheck: cannot read patch '%s': %s\n", file,
			strerror(errno));
		return 2;
	}
	start_patch(&s);
	while (!s.ret && (len = getline(&l, &alloc, in)) >= 0) {
		if (len && l[len - 1] == '\n')
			l[--len] = '\0';
		if (len && l[len - 1] == '\r') /* a mailer's CRLF */
			l[--len] = '\0';
		if (old_left || new_left) {
			/* a hunk's line, whatever it looks like */
			if (*l == '+' || *l == ' ' || !*l) {
				if (*l == '+' && s.pf.to && is_source(s.pf.to))
					fprintf(s.lines, "%s\t%lu\n", s.pf.to,
						line);
				line++;
				new_left -= !!new_left;
			}
			if (*l == '-' || *l == ' ' || !*l)
				old_left -= !!old_left;
			strvec_push(&s.pf.body, l);
			continue;
		}
		if (seen && !strncmp(l, "From ", 5) &&
		    strspn(l + 5, "0123456789abcdef") &&
		    l[5 + strspn(l + 5, "0123456789abcdef")] == ' ') {
			end_patch(&s);
			if (!s.ret)
				start_patch(&s);
		} else if (!strncmp(l, "diff ", 5)) {
			end_file(&s);
			seen = s.have = 1;
		} else if (s.have && !strncmp(l, "index ", 6)) {
			p = strstr(l, "..");
			free(s.pf.old_id);
			free(s.pf.new_id);
			s.pf.old_id = xasprintf(
				"%.*s", (int)(p ? p - l - 6 : 0), l + 6);
			s.pf.new_id = xstrdup(p ? p + 2 : "");
			s.pf.new_id[strcspn(s.pf.new_id, " ")] = '\0';
		} else if (s.have && !strncmp(l, "--- ", 4)) {
			free(s.pf.from);
			s.pf.from = patch_path(l + 4);
		} else if (s.have && !strncmp(l, "+++ ", 4)) {
			free(s.pf.to);
			s.pf.to = patch_path(l + 4);
		} else if (s.have && !strncmp(l, "@@ -", 4)) {
			hunks++;
			p = l + 4;
			old_left =
				strchr(p, ',') && strchr(p, ',') <
							  strchr(p, ' ') ?
					strtoul(strchr(p, ',') + 1, NULL, 10) :
					1;
			p = strstr(l, " +");
			line = p ? strtoul(p + 2, NULL, 10) : 0;
			new_left =
				p && strchr(p, ',') &&
						strchr(p, ',') <
							strchr(p + 1, ' ') ?
					strtoul(strchr(p, ',') + 1, NULL, 10) :
					1;
			strvec_push(&s.pf.body, l);
		}
	}
	end_patch(&s);
	if (in != stdin)
		fclose(in);
	free(l);
	free(s.im.patch);
	strvec_clear(&s.im.name);
	/* not a patch: a mistake to say so, not a series without findings */
	if (!s.ret && !hunks && !seen) {
		fprintf(stderr,
			"efcheck: '%s' holds no patch (no 'diff' line or '@@' hunk)\n",
			file);
		s.ret = 2;
	}
	if (!s.ret)
		printf("%d\n", s.n);
	return s.ret;
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
