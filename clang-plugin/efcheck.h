/* SPDX-License-Identifier: GPL-2.0 */
/*
 * efcheck.h - types shared by the efcheck front end and its libclang module
 *
 * The front end (main.c and friends) never links libclang: it prefilters
 * files by their text and only then dlopen()s efcheck-clang.so, whose one
 * entry point is ef_analyze().  Both sides share the finding list below.
 */
#ifndef EFCHECK_H
#define EFCHECK_H

#include <stddef.h>

/* The one version string: the Makefile's VERSION, for every program. */
#ifndef EFCHECK_VERSION
#define EFCHECK_VERSION "1.0"
#endif

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define __noreturn __attribute__((noreturn))
#define __printf(a, b) __attribute__((format(printf, a, b)))

/* Checks, in the order --list-checks prints them; see check_list.h. */
enum ef_check {
#define CHECK(id, name, sev, on, fn, doc) id,
#include "check_list.h"
#undef CHECK
	EF_NR_CHECKS
};

enum ef_severity { EF_NOTE, EF_WARNING, EF_ERROR };

struct ef_check_info {
	const char *name;
	enum ef_severity severity;
	int default_on;
	const char *doc;
};

extern const struct ef_check_info ef_checks[EF_NR_CHECKS];

struct ef_loc {
	char *file;
	unsigned int line, col;
};

struct ef_note {
	struct ef_loc loc;
	char *msg;
};

/* A replacement of columns [col, end_col) on the finding's own line. */
struct ef_fix {
	unsigned int line, col, end_col;
	char *text;
};

struct ef_finding {
	struct ef_loc loc;
	enum ef_check check;
	char *msg;
	struct ef_note *notes;
	size_t nr_notes;
	struct ef_fix *fix;
};

struct ef_result {
	struct ef_finding *v;
	size_t nr, alloc;
	/* first error diagnostic clang gave that no check explains */
	char *parse_error;
	unsigned int nr_parse_errors;
	/* non-NULL when no AST could be built at all */
	char *fatal;
	/* compiler flags clang did not know and that were dropped */
	char **unknown_flags;
	size_t nr_unknown_flags;
	/* set by the caller: list in deps every file the parse read */
	int want_deps;
	char **deps;
	size_t nr_deps;
};

/*
 * One translation unit: analyse FILE with ARGS (clang driver flags, already
 * filtered) and append findings for the checks set in ENABLED (a bit per
 * enum ef_check) to RES.  Thread-safe: each call has its own index.
 */
typedef void ef_analyze_fn(const char *file, const char *const *args,
			   int nr_args, unsigned int enabled,
			   struct ef_result *res);
ef_analyze_fn ef_analyze;
void ef_analyze_text(const char *file, const char *contents, unsigned long len,
		     const char *const *args, int nr_args, unsigned int enabled,
		     struct ef_result *res);

/* util.c */
void *xmalloc(size_t size);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
__printf(1, 2) char *xasprintf(const char *fmt, ...);
__noreturn __printf(1, 2) void die(const char *fmt, ...);
struct ef_finding *ef_add(struct ef_result *res, enum ef_check check,
			  const char *file, unsigned int line, unsigned int col,
			  char *msg);
void ef_add_note(struct ef_finding *f, const char *file, unsigned int line,
		 unsigned int col, char *msg);
void ef_finding_free(struct ef_finding *f);
void ef_result_free(struct ef_result *res);

#endif /* EFCHECK_H */
