// SPDX-License-Identifier: GPL-2.0
/*
 * strvec.c - a NULL-terminated vector of strings, for argv-like lists
 */
#include <stdlib.h>
#include <string.h>

#include "efcheck.h"
#include "strvec.h"

void strvec_push(struct strvec *sv, const char *s)
{
	if (sv->nr + 1 >= sv->alloc) {
		sv->alloc = sv->alloc ? 2 * sv->alloc : 16;
		sv->v = xrealloc(sv->v, sv->alloc * sizeof(char *));
	}
	sv->v[sv->nr++] = xstrdup(s);
	sv->v[sv->nr] = NULL;
}

void strvec_clear(struct strvec *sv)
{
	int i;

	for (i = 0; i < sv->nr; i++)
		free(sv->v[i]);
	free(sv->v);
	memset(sv, 0, sizeof(*sv));
}
