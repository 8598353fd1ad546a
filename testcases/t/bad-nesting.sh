#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bad-nesting.sh - code that crashes clang-19 itself, in files that name
# the struct: 300 kB of nesting, and the crash the fuzzer found.
#
# clang recurses once per level of brackets, unary operators, casts or
# statements, and clang-19 dies of stack overflow on a 300 kB line of '{'
# or '-'.  efcheck parses on a 64 MB stack: the braces are a parse error
# like any other (exit 0 and the summary line); the 150,000 unary minus
# signs, too deep even for that, (each file writes the field, or the
# prefilter would let it go) and clang-19's crash on a scalar given a
# braced list of two (found by make fuzz) are one line each and exit 2,
# never a core dump, and the other files are still checked.
set -u
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
# libclang's state is abandoned after a crash: not a leak of efcheck's
ASAN_OPTIONS=detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}
export ASAN_OPTIONS

# repeat STRING N: STRING N times, no newline
repeat() {
	awk -v s="$1" -v n="$2" 'BEGIN { r = s; while (length(r) < n * length(s)) r = r r;
		printf "%s", substr(r, 1, n * length(s)) }' </dev/null
}
{ echo 'struct mmap_action;'; printf 'struct mmap_action a = '
	repeat '{' 150000; repeat '}' 150000; echo; } >braces.c
{ echo 'struct mmap_action { int error_override; };'
	printf 'void f(struct mmap_action *a, int x) { a->error_override = '
	repeat '-' 150000; echo 'x; }'; } >minus.c
printf '%s\n' 'enum { MMAP_NOTHING };' 'struct mmap_action { int error_override; };' \
	'#define SET(a) ((a)->error_override = -1)' >mm.h
printf '#include "mm.h"\nf={{},MMAP_NOTHING}\n' >crash.c
printf '%s\n' 'struct mmap_action { int error_override; };' \
	'void f(struct mmap_action *a) { a->error_override = 11; }' >ok.c

for f in braces.c minus.c crash.c; do
	"$top/bin/efcheck" "$f" </dev/null
	echo "exit $?"
done >out 2>&1
"$top/bin/efcheck" -j 2 minus.c crash.c ok.c </dev/null >>out 2>&1
echo "exit $?" >>out
cat >expected <<'EOX'
efcheck: 1 of 1 files had parse errors, findings may be incomplete; first: braces.c:2:280: bracket nesting level exceeded maximum of 256
exit 0
efcheck: minus.c: nested too deep: libclang ran out of stack
exit 2
efcheck: crash.c: libclang crashed (Segmentation fault)
exit 2
ok.c:2:53: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
efcheck: minus.c: nested too deep: libclang ran out of stack
efcheck: crash.c: libclang crashed (Segmentation fault)
exit 2
EOX
diff -u expected out
