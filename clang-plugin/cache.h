/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cache.h - efcheck --result-cache=DIR: findings kept across runs
 */
#ifndef EFCHECK_CACHE_H
#define EFCHECK_CACHE_H

#include <stdint.h>
#include <sys/types.h>

#include "front.h"

struct result_cache {
	const char *dir;
	int64_t start; /* when this run began, ns since the epoch */
	mode_t mode; /* of the entries: 0666 less the umask */
	int warned; /* the one "cannot write" warning was given */
};

void cache_init(struct result_cache *c, const char *dir);
/*
 * 1: U's result is in the cache and nothing it read has changed; U->res
 * holds it.  0: parse U; its key is kept for cache_store().
 */
int cache_lookup(struct result_cache *c, struct unit *u, unsigned int enabled);
/* Keep U's result, if it was parsed and all is well; warns once. */
void cache_store(struct result_cache *c, struct unit *u);

#endif /* EFCHECK_CACHE_H */
