/* SPDX-License-Identifier: GPL-2.0 */
/*
 * strvec.h - a NULL-terminated vector of strings, for argv-like lists
 */
#ifndef EFCHECK_STRVEC_H
#define EFCHECK_STRVEC_H

struct strvec {
	char **v;
	int nr, alloc;
};

void strvec_push(struct strvec *sv, const char *s);
void strvec_clear(struct strvec *sv);

#endif /* EFCHECK_STRVEC_H */
