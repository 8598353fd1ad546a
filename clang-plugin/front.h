/* SPDX-License-Identifier: GPL-2.0 */
/*
 * front.h - the parts of efcheck that run without libclang
 */
#ifndef EFCHECK_FRONT_H
#define EFCHECK_FRONT_H

#include <stdio.h>

#include "efcheck.h"

struct strvec {
	char **v;
	int nr, alloc;
};

void strvec_push(struct strvec *sv, const char *s);
void strvec_clear(struct strvec *sv);

/* One file to check, with its clang flags. */
struct unit {
	char *file; /* as given, or made absolute from a database */
	struct strvec args;
	struct ef_result res;
	int skipped; /* prefilter found no candidate */
	char *error; /* could not be checked: the one line to print */
};

/* flags.c */
int flag_takes_value(const char *arg);
void flags_filter(struct strvec *args, char **argv, int argc);
void flags_finish(struct strvec *args);

/* prefilter.c */
int prefilter(const char *file, const struct strvec *args, char **error);

/* compdb.c */
int compdb_load(const char *dir, char **files, int nr_files,
		struct unit **units, int *nr_units, char **error);

/* report.c */
enum format { FMT_TEXT, FMT_JSON, FMT_SARIF };
void report_all(struct unit *units, int nr_units, enum format fmt,
		unsigned int *nr_errors, unsigned int *nr_warnings);

#endif /* EFCHECK_FRONT_H */
