/* SPDX-License-Identifier: GPL-2.0 */
/* Test fixture: an architecture that uses the generic numbers. */
#include <asm-generic/errno.h>
