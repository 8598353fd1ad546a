// SPDX-License-Identifier: GPL-2.0
/*
 * fuzz.c - libFuzzer target: arbitrary C text through efcheck's analysis
 *
 * Each input is parsed as the text of a .c file, against the v7.2 fixture
 * headers, by ef_analyze_text(): the same parse, walk and checks that
 * efcheck-clang.so runs for a file on disk, with every check enabled.
 * Built and run by "make fuzz"; a crash input found here becomes a case
 * under testcases/.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "efcheck.h"

#ifndef EF_FUZZ_INCLUDE
#error "build with -DEF_FUZZ_INCLUDE='\"<top>/testcases/include\"'"
#endif

/* What flags_finish() and a test case's check-command give efcheck */
static const char *const args[] = {
	"-I" EF_FUZZ_INCLUDE "/v7.2",
	"-I" EF_FUZZ_INCLUDE "/common",
	"-w",
	"-Wno-unknown-warning-option",
	"-x",
	"c",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ef_result res;

	memset(&res, 0, sizeof(res));
	ef_analyze_text("fuzz.c", (const char *)data, size, args,
			ARRAY_SIZE(args), (1u << EF_NR_CHECKS) - 1, &res);
	ef_result_free(&res);
	return 0;
}
