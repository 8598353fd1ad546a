// SPDX-License-Identifier: GPL-2.0
/*
 * prefilter.c - decide from a file's tokens whether it can write the field
 *
 * This is efcheck's one definition of a candidate, used by kbuild, -p,
 * efcheck-scan (tree, --files-from, --patch) and, through
 * efcheck --list-candidates, by every script.  kbuild starts one checker
 * per file and loading libclang alone costs 20-25 ms, so a file that
 * cannot write the field must be let go after reading its text.
 *
 * The text is tokenized as the preprocessor would (line splices joined,
 * comments and literals dropped, directives kept with their end), in the
 * file and in the headers it includes that belong to the driver: every
 * #include "..." (next to the includer, then -iquote and -I), and every
 * #include <...> found through an -I directory that is not a kernel
 * include directory (one holding linux/ or asm/).  The file is a
 * candidate when one of them has:
 *
 *	error_filter, error_hook or success_hook		any use
 *	x.error_override = v;  error_override++  .error_override = v
 *	WRITE_ONCE(x.error_override, v)  &x.error_override	not a plain read
 *	#define F(d) (d)->action.error_override			a macro's end
 *	(struct mmap_action){ ... }  struct mmap_action a = { ... }
 *	typedef struct mmap_action t;
 *	.action = { {}, MMAP_NOTHING, ... }	in a file naming vm_area_desc
 *	->error_##w  .w##_override  struct mmap_##w		pasting a part
 *
 * efcheck-scan's git grep finds the files that can be candidates by these
 * names and parts (efcheck --grep-patterns, next to pastes_name()).
 *
 * A plain read (error_override followed by ';', '?', a comparison or a
 * binary operator, with no '&', '++' or '--' earlier in the statement), a
 * declaration and a pointer to struct mmap_action are not writes: mm/
 * files that include mm/internal.h are no candidates.
 */
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "front.h"

#define MAX_HEADERS 256

enum tok_kind { T_IDENT, T_NUM, T_STR, T_PUNCT, T_HASH, T_EOD };

struct tok {
	const char *s;
	unsigned int len;
	enum tok_kind kind;
};

struct toks {
	struct tok *v;
	size_t nr, alloc;
};

struct seen {
	char *v[MAX_HEADERS];
	int nr;
};

/* Read a whole regular file; NULL with errno set on failure. */
char *slurp_file(const char *path, size_t *size)
{
	struct stat st;
	char *buf = NULL;
	size_t len = 0, alloc = 0;
	ssize_t n;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || S_ISDIR(st.st_mode)) {
		errno = S_ISDIR(st.st_mode) ? EISDIR : errno;
		close(fd);
		return NULL;
	}
	for (;;) {
		if (len + 1 >= alloc) {
			alloc = alloc ? 2 * alloc : (size_t)st.st_size + 4096;
			buf = xrealloc(buf, alloc);
		}
		n = read(fd, buf + len, alloc - len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			free(buf);
			close(fd);
			return NULL;
		}
		if (!n)
			break;
		len += n;
	}
	close(fd);
	buf[len] = '\0';
	*size = len;
	return buf;
}

/* Join line splices in place ("\\\n", "\\\r\n"); returns the new size. */
static size_t join_splices(char *buf, size_t size)
{
	size_t i, o = 0;

	for (i = 0; i < size; i++) {
		if (buf[i] == '\\' && i + 1 < size && buf[i + 1] == '\n') {
			i++;
			continue;
		}
		if (buf[i] == '\\' && i + 2 < size && buf[i + 1] == '\r' &&
		    buf[i + 2] == '\n') {
			i += 2;
			continue;
		}
		buf[o++] = buf[i];
	}
	buf[o] = '\0';
	return o;
}

static int is_ident(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c == '$';
}

static void push(struct toks *t, const char *s, size_t len, enum tok_kind kind)
{
	if (t->nr == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 1024;
		t->v = xrealloc(t->v, t->alloc * sizeof(*t->v));
	}
	t->v[t->nr++] = (struct tok){ s, len, kind };
}

/* The length of the punctuator at P: "<<=", "->", "##", "+=", ... */
static size_t punct_len(const char *p)
{
	char c = p[0], d = p[1];

	switch (c) {
	case '<':
	case '>':
		if (d == c)
			return p[2] == '=' ? 3 : 2;
		return d == '=' ? 2 : 1;
	case '.':
		return d == '.' && p[2] == '.' ? 3 : 1;
	case '#':
		return d == '#' ? 2 : 1;
	case '-':
		return d == '>' || d == '-' || d == '=' ? 2 : 1;
	case '+':
	case '&':
	case '|':
		return d == c || d == '=' ? 2 : 1;
	case '*':
	case '/':
	case '%':
	case '^':
	case '=':
	case '!':
		return d == '=' ? 2 : 1;
	}
	return 1;
}

/*
 * Tokenize BUF (spliced, NUL-terminated).  A directive ends with a T_EOD
 * token; comments vanish; a string or character literal is one T_STR.
 */
static void tokenize(const char *buf, size_t size, struct toks *t)
{
	const char *p = buf, *end = buf + size;
	int bol = 1, directive = 0;

	while (p < end) {
		const char *s = p;

		if (*p == '\n') {
			if (directive)
				push(t, p, 0, T_EOD);
			directive = 0;
			bol = 1;
			p++;
			continue;
		}
		if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\f' ||
		    *p == '\v') {
			p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");

			/* a comment spanning lines ends no directive */
			p = e ? e + 2 : end;
			continue;
		}
		if (p[0] == '/' && p[1] == '/') {
			while (p < end && *p != '\n')
				p++;
			continue;
		}
		if (bol && *p == '#') {
			directive = 1;
			bol = 0;
			push(t, p++, 1, T_HASH);
			continue;
		}
		bol = 0;
		if (*p == '"' || *p == '\'') {
			char q = *p++;

			while (p < end && *p != q && *p != '\n')
				p += p[0] == '\\' && p + 1 < end ? 2 : 1;
			if (p < end && *p == q)
				p++;
			push(t, s, p - s, T_STR);
		} else if (is_ident(*p) && !(*p >= '0' && *p <= '9')) {
			while (p < end && is_ident(*p))
				p++;
			push(t, s, p - s, T_IDENT);
		} else if ((*p >= '0' && *p <= '9') ||
			   (*p == '.' && p[1] >= '0' && p[1] <= '9')) {
			while (p < end && (is_ident(*p) || *p == '.' ||
					   ((*p == '+' || *p == '-') &&
					    strchr("eEpP", p[-1]))))
				p++;
			push(t, s, p - s, T_NUM);
		} else {
			p += punct_len(p);
			push(t, s, p - s, T_PUNCT);
		}
	}
	if (directive)
		push(t, end, 0, T_EOD);
}

static int is(const struct tok *t, const char *s)
{
	return t->len == strlen(s) && !memcmp(t->s, s, t->len);
}

static int is_one_of(const struct tok *t, const char *const *set, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (is(t, set[i]))
			return 1;
	return 0;
}

/* Tokens after which error_override is only read. */
static const char *const reads[] = {
	";", "?", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "+",
	"-", "*", "/",	"%",  "&", "|", "^",  "<<", ">>", "]",	"}",
};

/* x.error_override: is this a write, or could it be one? */
static int writes_override(const struct toks *t, size_t i)
{
	size_t j = i + 1;

	while (j < t->nr && is(&t->v[j], ")"))
		j++;
	if (j == t->nr || t->v[j].kind == T_EOD)
		return 1; /* a macro or the file ends with it */
	if (!is_one_of(&t->v[j], reads, ARRAY_SIZE(reads)))
		return 1; /* =, +=, ++, ',' of a macro argument, ':' ... */
	while (i-- > 0) {
		const struct tok *p = &t->v[i];

		if (p->kind == T_EOD || p->kind == T_HASH || is(p, ";") ||
		    is(p, "{") || is(p, "}"))
			break;
		if (is(p, "&") || is(p, "++") || is(p, "--"))
			return 1;
	}
	return 0;
}

/*
 * struct mmap_action ...: a compound literal or an initialized object
 * (positional initializers name only the struct), or a typedef.
 */
static int inits_action(const struct toks *t, size_t i)
{
	size_t j, depth = 0;
	int declarator = 0;

	for (j = i; j-- > 0;) {
		const struct tok *p = &t->v[j];

		if (p->kind == T_EOD || is(p, ";") || is(p, "{") || is(p, "}"))
			break;
		if (is(p, "typedef"))
			return 1;
	}
	for (j = i + 1; j < t->nr; j++) {
		const struct tok *p = &t->v[j];

		if (p->kind == T_EOD || is(p, ";") || is(p, "("))
			return 0;
		if (is(p, "*") || (p->kind == T_IDENT && !is(p, "const") &&
				   !is(p, "volatile")))
			declarator = 1;
		if (is(p, "["))
			depth++;
		else if (is(p, "]") && depth)
			depth--;
		else if (is(p, "{"))
			return 0; /* the struct's own definition */
		else if (is(p, ")"))
			return !declarator && j + 1 < t->nr &&
			       is(&t->v[j + 1], "{");
		else if (is(p, "=") && !depth)
			return j + 1 < t->nr && is(&t->v[j + 1], "{");
	}
	return 0;
}

/*
 * .action = { {}, MMAP_NOTHING, -EIO }, or { .type = MMAP_NOTHING, -EIO }:
 * an element without a designator, which may be error_override.  All
 * designated, as mm/vma.c's { .type = MMAP_NOTHING }, is no write.  Only
 * an initializer of struct vm_area_desc has this member, so the file must
 * name that struct too (init/init_task.c's .action = { { { ... } } } is a
 * struct sigaction's), which keeps the rule within what git grep finds.
 */
static int inits_member(const struct toks *t, size_t i)
{
	size_t j, depth = 0;

	if (!i || !is(&t->v[i - 1], ".") || i + 2 >= t->nr ||
	    !is(&t->v[i + 1], "=") || !is(&t->v[i + 2], "{"))
		return 0;
	for (j = i + 2; j < t->nr; j++) {
		const struct tok *p = &t->v[j];

		if (depth == 1 &&
		    (is(&t->v[j - 1], "{") || is(&t->v[j - 1], ",")) &&
		    !is(p, ".") && !is(p, "[") && !is(p, "}"))
			return 1;
		if (is(p, "{") || is(p, "(") || is(p, "["))
			depth++;
		else if ((is(p, "}") || is(p, ")") || is(p, "]")) && !--depth)
			return 0;
	}
	return 0;
}

/*
 * A part of one of the names pasted with ## into a member or a struct
 * tag: ->error_##w, .w##_override, struct mmap_##w.  The same parts as
 * efcheck-scan's git grep: the head of a name left of ##, its tail right
 * of it, after '.', '->' or "struct".
 */
static int pastes_name(const struct toks *t, size_t i)
{
	static const char *const heads[] = { "error",	 "error_", "success",
					     "success_", "mmap",   "mmap_" };
	static const char *const tails[] = { "override", "_override", "filter",
					     "_filter",	 "hook",      "_hook",
					     "action",	 "_action" };
	static const char *const before[] = { ".", "->", "struct" };

	if (i < 2 || !is_one_of(&t->v[i - 2], before, ARRAY_SIZE(before)) ||
	    t->v[i - 1].kind != T_IDENT)
		return 0;
	return is_one_of(&t->v[i - 1], heads, ARRAY_SIZE(heads)) ||
	       (i + 1 < t->nr &&
		is_one_of(&t->v[i + 1], tails, ARRAY_SIZE(tails)));
}

/*
 * What a tree scan's first cut looks for (named.c, --grep-patterns): the
 * names, then the parts pastes_name() accepts around ##, as an ERE for a
 * line.  Keep them in step with it.
 */
const char *const grep_names[6] = { "error_override", "error_filter",
				    "error_hook",     "success_hook",
				    "mmap_action",    "vm_area_desc" };
#define PASTE_BEFORE "(\\.|->|struct)[[:space:]]*"
#define PASTE_HEAD "(error|success|mmap)_?[[:space:]]*##"
#define PASTE_TAIL \
	"[A-Za-z0-9_]+[[:space:]]*##[[:space:]]*_?(override|filter|hook|action)"
const char grep_paste_ere[] = PASTE_BEFORE "(" PASTE_HEAD "|" PASTE_TAIL ")";

/*
 * --grep-patterns: the same, for grep, one pattern a line: the names and
 * "##" as fixed strings, or (ERE) the names and grep_paste_ere.
 */
void grep_patterns(int ere)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(grep_names); i++)
		puts(grep_names[i]);
	puts(ere ? grep_paste_ere : "##");
}

/* Can the tokens write the field?  See the head of this file. */
static int writes_field(const struct toks *t)
{
	int member = 0, desc = 0;
	size_t i;

	for (i = 0; i < t->nr; i++) {
		const struct tok *p = &t->v[i];

		if (is(p, "##")) {
			if (pastes_name(t, i))
				return 1;
			continue;
		}
		if (p->kind != T_IDENT)
			continue;
		if (is(p, "error_filter") || is(p, "error_hook") ||
		    is(p, "success_hook"))
			return 1;
		if (is(p, "error_override") && writes_override(t, i))
			return 1;
		if (is(p, "mmap_action") && inits_action(t, i))
			return 1;
		if (is(p, "vm_area_desc"))
			desc = 1;
		if (is(p, "action") && !member)
			member = inits_member(t, i);
	}
	return member && desc;
}

/* Is there anything to tokenize at all?  Most files name nothing. */
static int may_name(const char *buf, size_t size)
{
	static const char *const hints[] = { "error_override", "error_filter",
					     "error_hook",     "success_hook",
					     "mmap_action",    "##",
					     "vm_area_desc" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(hints); i++)
		if (memmem(buf, size, hints[i], strlen(hints[i])))
			return 1;
	return 0;
}

static int scan(const char *path, const struct strvec *args, struct seen *seen);

/*
 * A kernel include directory: its headers write nothing (see README.md).
 * The answer for the last few directories asked is kept.
 */
static int kernel_dir(const char *dir)
{
	static const char *const subdirs[] = { "linux", "asm", "asm-generic" };
	static const char *known[16];
	static int answer[16], next;
	char path[PATH_MAX];
	struct stat st;
	size_t i;
	int r = 0;

	for (i = 0; i < ARRAY_SIZE(known); i++)
		if (known[i] == dir)
			return answer[i];
	for (i = 0; i < ARRAY_SIZE(subdirs) && !r; i++)
		r = snprintf(path, sizeof(path), "%s/%s", dir, subdirs[i]) <
			    (int)sizeof(path) &&
		    !stat(path, &st) && S_ISDIR(st.st_mode);
	known[next] = dir;
	answer[next] = r;
	next = (next + 1) % ARRAY_SIZE(known);
	return r;
}

/*
 * Find an include as the compiler would and scan it: "name" next to the
 * includer, then in -iquote and -I; <name> in -I, unless the directory
 * that has it is the kernel's.
 */
static int follow(const char *from, const char *name, int quoted,
		  const struct strvec *args, struct seen *seen)
{
	char path[PATH_MAX];
	const char *slash = strrchr(from, '/');
	int i;

	if (name[0] == '/')
		return quoted ? scan(name, args, seen) : 0;
	if (quoted &&
	    snprintf(path, sizeof(path), "%.*s%s",
		     slash ? (int)(slash - from + 1) : 0, from,
		     name) < (int)sizeof(path) &&
	    !access(path, R_OK))
		return scan(path, args, seen);
	for (i = 0; i < args->nr; i++) {
		const char *a = args->v[i], *dir = NULL;
		int iquote = 0;

		if ((!strcmp(a, "-I") || !strcmp(a, "-iquote")) &&
		    i + 1 < args->nr) {
			iquote = a[1] == 'i';
			dir = args->v[++i];
		} else if (!strncmp(a, "-iquote", 7)) {
			iquote = 1;
			dir = a + 7;
		} else if (!strncmp(a, "-I", 2)) {
			dir = a + 2;
		}
		if (!dir || (iquote && !quoted))
			continue;
		if (snprintf(path, sizeof(path), "%s/%s", dir, name) >=
			    (int)sizeof(path) ||
		    access(path, R_OK))
			continue;
		if (!quoted && kernel_dir(dir))
			return 0;
		return scan(path, args, seen);
	}
	return 0;
}

/*
 * Follow the #include lines of BUF (spliced): '#', blanks, "include",
 * blanks, then "name" or <name>.
 */
static int includes_write(const char *path, char *buf, size_t size,
			  const struct strvec *args, struct seen *seen)
{
	char *p = buf, *end = buf + size, *q, *close;

	while ((p = memmem(p, end - p, "include", 7))) {
		q = p;
		p += 7;
		while (q > buf && (q[-1] == ' ' || q[-1] == '\t'))
			q--;
		if (q == buf || q[-1] != '#')
			continue;
		for (q--; q > buf && (q[-1] == ' ' || q[-1] == '\t'); q--)
			;
		if (q > buf && q[-1] != '\n')
			continue;
		p += strspn(p, " \t");
		if (*p != '"' && *p != '<')
			continue;
		close = strpbrk(p + 1, *p == '"' ? "\"\n" : ">\n");
		if (!close || *close == '\n')
			continue;
		*close = '\0';
		if (follow(path, p + 1, *p == '"', args, seen))
			return 1;
		*close = *p == '"' ? '"' : '>';
		p = close;
	}
	return 0;
}

/*
 * Can BUF, the text of PATH, or a driver header it reaches, write the
 * field?  BUF is taken over.
 */
static int scan_text(const char *path, char *buf, size_t size,
		     const struct strvec *args, struct seen *seen)
{
	struct toks t = { 0 };
	char real[PATH_MAX];
	int hit;

	if (seen->nr < MAX_HEADERS && realpath(path, real))
		seen->v[seen->nr++] = xstrdup(real);
	size = join_splices(buf, size);
	hit = 0;
	if (may_name(buf, size)) {
		tokenize(buf, size, &t);
		hit = writes_field(&t);
		free(t.v);
	}
	if (!hit)
		hit = includes_write(path, buf, size, args, seen);
	free(buf);
	return hit;
}

/* Scan a header PATH once, however often it is included. */
static int scan(const char *path, const struct strvec *args, struct seen *seen)
{
	char real[PATH_MAX], *buf;
	size_t size;
	int i;

	if (!realpath(path, real) || seen->nr == MAX_HEADERS)
		return 0;
	for (i = 0; i < seen->nr; i++)
		if (!strcmp(seen->v[i], real))
			return 0;
	buf = slurp_file(path, &size);
	return buf ? scan_text(path, buf, size, args, seen) : 0;
}

/*
 * 1: FILE is a candidate, 0: it cannot write the field, -1: it cannot be
 * read or is no C source (*ERROR says why).  FILE is read once.
 */
int prefilter(const char *file, const struct strvec *args, char **error)
{
	struct seen seen = { .nr = 0 };
	size_t size;
	char *buf;
	int i, r;

	buf = slurp_file(file, &size);
	if (!buf) {
		*error = xasprintf("%s: %s", file, strerror(errno));
		return -1;
	}
	if (memchr(buf, '\0', size)) {
		*error = xasprintf(
			"%s: not a C source file (it contains NUL bytes)",
			file);
		free(buf);
		return -1;
	}
	r = scan_text(file, buf, size, args, &seen);
	for (i = 0; i < seen.nr; i++)
		free(seen.v[i]);
	return r;
}
