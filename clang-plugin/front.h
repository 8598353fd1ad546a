/* SPDX-License-Identifier: GPL-2.0 */
/*
 * front.h - the parts of efcheck that run without libclang
 */
#ifndef EFCHECK_FRONT_H
#define EFCHECK_FRONT_H

#include <stdio.h>

#include "efcheck.h"
#include "strvec.h"

/* One file to check, with its clang flags. */
struct unit {
	char *file; /* as given, or made absolute from a database */
	char *shown; /* FILE as the user gave it, when file differs */
	struct strvec args;
	struct ef_result res;
	int skipped; /* prefilter found no candidate */
	char *error; /* could not be checked: the one line to print */
	char key[33]; /* its --result-cache entry */
	int cached; /* res came from the --result-cache */
};

/* flags.c */
int flag_takes_value(const char *arg);
void flags_filter(struct strvec *args, char **argv, int argc);
void flags_finish(struct strvec *args);

/* prefilter.c */
int prefilter(const char *file, const struct strvec *args, char **error);
char *slurp_file(const char *path, size_t *size);
extern const char *const grep_names[6];
extern const char grep_paste_ere[];
void grep_patterns(int ere);

/* named.c */
int list_named(const char *top, const char *cache, int nul);
int git_run(const char *top, const char *const *args, char **out, size_t *len);

/* compdb.c */
int split_command(const char *s, struct strvec *out);
void unit_flags(struct unit *u, const char *dir, char **raw, int n);
int compdb_load(const char *dir, char **files, int nr_files,
		struct unit **units, int *nr_units, char **error);

/*
 * merge.c: every name a finding can carry, efcheck's checks (check_list.h)
 * first, then the names only the cocci rules report (cocci_list.h).  An
 * ef_finding's check indexes this table.
 */
struct ef_rule {
	const char *name;
	enum ef_severity severity;
	int default_on;
	const char *doc;
	const char *cocci; /* the rule's file (cocci/NAME.cocci), or NULL */
};

size_t ef_nr_rules(void);
const struct ef_rule *ef_rule(unsigned int i);
int ef_rule_by_name(const char *name, size_t len);

/* Findings read by efcheck --merge; cocci[i]: finding i is a rule's. */
struct merged {
	struct ef_result res;
	unsigned char *cocci;
	size_t nr_cocci;
};

int merge_load(char **files, int nr, const struct strvec *strip,
	       struct merged *m);

/* report.c */
enum format { FMT_TEXT, FMT_JSON, FMT_SARIF, FMT_B4 };

struct report_opts {
	enum format fmt;
	FILE *text; /* text findings: stderr, or stdout */
	const struct strvec *roots; /* where relative paths are read from */
	const char *baseline; /* earlier JSON Lines: hide those */
	const char *lines; /* "file<TAB>line" lines: show only those */
	const struct strvec *sources; /* files to check acceptances in */
};

int report_findings(struct ef_finding **v, size_t n,
		    const struct report_opts *o, unsigned int *nr_errors,
		    unsigned int *nr_warnings);
int report_all(struct unit *units, int nr_units, const struct report_opts *o,
	       unsigned int *nr_errors, unsigned int *nr_warnings);

/* tree.c: --tree=TOP, files named relative to a kernel tree */
struct tree_opts {
	const char *top; /* the source tree, absolute */
	const char *obj; /* --kbuild: kbuild's O= directory */
	const char *cdb; /* -p: the compile database's directory */
	const char *staged; /* --staged: where staged copies are */
	const char *flags_cache; /* kbuild's flags, the unconfigured stubs */
};

int tree_units(const struct tree_opts *t, char **names, int nr, int list,
	       struct unit **units, int *nr_units, char **error);

/* scan.c: what efcheck-scan asks */
char *cache_name(const char *dir, const char *prefix, const char *what);
int tree_flags(const char *top, const char *dir, struct strvec *out);
int scan_summary(struct ef_finding **v, size_t n, const char *arg);
int split_patch(const char *dir, const char *file, const char *top);
void add_includers(struct strvec *v, const char *top, const char *staged);

/* sparse.c: --sparse, kbuild's CHECK running sparse first */
void sparse_first(const char *prog, int argc, char **argv);

#endif /* EFCHECK_FRONT_H */
