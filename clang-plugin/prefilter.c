// SPDX-License-Identifier: GPL-2.0
/*
 * prefilter.c - decide from a file's text whether it can write the field
 *
 * kbuild starts one checker per file, and loading libclang alone costs
 * 20-25 ms, so most files must be let go after reading their text.  The
 * rule: a file is a candidate when it, or a header it includes with
 * #include "..." (recursively, looked up like the compiler does: next to
 * the including file, then in -iquote and -I directories), contains one of
 *	error_override  error_filter  error_hook  success_hook  mmap_action
 * A write always names the field, or the struct for a positional
 * initializer, in the file or in a macro it uses; macros from <...>
 * headers are not followed, as no kernel header defines one that writes
 * the field (see README.md).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "front.h"

#define MAX_HEADERS 256

static const char *const names[] = {
	"error_override", "error_filter", "error_hook",
	"success_hook",	  "mmap_action",
};

struct seen {
	char *v[MAX_HEADERS];
	int nr;
};

/* Read a whole regular file; NULL with errno set on failure. */
static char *slurp(const char *path, size_t *size)
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

static int has_name(const char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (memmem(buf, size, names[i], strlen(names[i])))
			return 1;
	return 0;
}

static int scan(const char *path, const struct strvec *args, struct seen *seen);

/* Find a quoted include as the compiler would, and scan it. */
static int follow(const char *from, const char *name, const struct strvec *args,
		  struct seen *seen)
{
	char path[PATH_MAX];
	const char *slash = strrchr(from, '/');
	int i;

	if (name[0] == '/')
		return scan(name, args, seen);
	if (snprintf(path, sizeof(path), "%.*s%s",
		     slash ? (int)(slash - from + 1) : 0, from,
		     name) < (int)sizeof(path) &&
	    !access(path, R_OK))
		return scan(path, args, seen);
	for (i = 0; i < args->nr; i++) {
		const char *a = args->v[i], *dir = NULL;

		if ((!strcmp(a, "-I") || !strcmp(a, "-iquote")) &&
		    i + 1 < args->nr)
			dir = args->v[++i];
		else if (!strncmp(a, "-I", 2))
			dir = a + 2;
		if (dir &&
		    snprintf(path, sizeof(path), "%s/%s", dir, name) <
			    (int)sizeof(path) &&
		    !access(path, R_OK))
			return scan(path, args, seen);
	}
	return 0;
}

/* The name in a line '#include "name"', NUL-terminated in place, or NULL. */
static char *quoted_include(char *line)
{
	char *q = line + strspn(line, " \t"), *close;

	if (*q != '#')
		return NULL;
	q += 1 + strspn(q + 1, " \t");
	if (strncmp(q, "include", 7))
		return NULL;
	q += 7 + strspn(q + 7, " \t");
	if (*q != '"')
		return NULL;
	close = strchr(q + 1, '"');
	if (!close)
		return NULL;
	*close = '\0';
	return q + 1;
}

/*
 * Does BUF, the text of PATH, or a quoted include it reaches, name the
 * field or struct?  BUF is taken over.
 */
static int scan_text(const char *path, char *buf, size_t size,
		     const struct strvec *args, struct seen *seen)
{
	char real[PATH_MAX], *p, *end;
	int hit = 0;

	if (seen->nr < MAX_HEADERS && realpath(path, real))
		seen->v[seen->nr++] = xstrdup(real);
	if (has_name(buf, size)) {
		free(buf);
		return 1;
	}
	for (p = buf, end = buf + size; p < end && !hit;) {
		char *eol = memchr(p, '\n', end - p), *q;

		if (!eol)
			eol = end;
		*eol = '\0';
		q = quoted_include(p);
		if (q)
			hit = follow(path, q, args, seen);
		p = eol + 1;
	}
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
	buf = slurp(path, &size);
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

	buf = slurp(file, &size);
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
