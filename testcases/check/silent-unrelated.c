// SPDX-License-Identifier: GPL-2.0
/* silence: a file that names no field, hook or struct of the API */
#include <linux/errno.h>

int unrelated(int x)
{
	return x ? -EAGAIN : EAGAIN;
}

/*
 * check-name: silent-unrelated
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 */
