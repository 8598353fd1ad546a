// SPDX-License-Identifier: GPL-2.0
/*
 * removed-hook after more than 20 other errors (clang's default limit):
 * a file parsed with best-effort flags still gets its finding.
 */
#include <linux/mm_types.h>
int bad1 = undefined_1;
int bad2 = undefined_2;
int bad3 = undefined_3;
int bad4 = undefined_4;
int bad5 = undefined_5;
int bad6 = undefined_6;
int bad7 = undefined_7;
int bad8 = undefined_8;
int bad9 = undefined_9;
int bad10 = undefined_10;
int bad11 = undefined_11;
int bad12 = undefined_12;
int bad13 = undefined_13;
int bad14 = undefined_14;
int bad15 = undefined_15;
int bad16 = undefined_16;
int bad17 = undefined_17;
int bad18 = undefined_18;
int bad19 = undefined_19;
int bad20 = undefined_20;
int bad21 = undefined_21;
int bad22 = undefined_22;
int bad23 = undefined_23;
int bad24 = undefined_24;
int bad25 = undefined_25;
int bad26 = undefined_26;
int bad27 = undefined_27;
int bad28 = undefined_28;
int bad29 = undefined_29;
int bad30 = undefined_30;
int f(struct vm_area_desc *desc)
{
	desc->action.error_hook = 0;
	return 0;
}

/*
 * check-name: removed-hook after many errors
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * removed-hook-after-errors.c:39:15: error: 'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it) [removed-hook]
 * efcheck: 1 of 1 files had parse errors, findings may be incomplete; first: removed-hook-after-errors.c:7:12: use of undeclared identifier 'undefined_1'
 * check-error-end
 */
