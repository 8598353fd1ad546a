#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bad-nesting.sh - 300 kB of nesting in a file that names the struct.
#
# clang recurses once per level of brackets, unary operators, casts or
# statements, and clang-19 itself dies of stack overflow on a 300 kB line
# of '{' or '-'.  efcheck parses on a 64 MB stack: the braces are a parse
# error like any other (exit 0 and the summary line), and the 150,000
# unary minus signs, too deep even for that, are one line and exit 2,
# never a core dump.
set -u
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# repeat STRING N: STRING N times, no newline
repeat() {
	awk -v s="$1" -v n="$2" 'BEGIN { r = s; while (length(r) < n * length(s)) r = r r;
		printf "%s", substr(r, 1, n * length(s)) }' </dev/null
}
{ echo 'struct mmap_action;'; repeat '{' 150000; repeat '}' 150000; echo; } >braces.c
{ echo 'struct mmap_action; int x;'; printf 'int f(void) { return '
	repeat '-' 150000; echo 'x; }'; } >minus.c

for f in braces.c minus.c; do
	"$top/bin/efcheck" "$f" </dev/null
	echo "exit $?"
done >out 2>&1
cat >expected <<'EOX'
efcheck: 1 of 1 files had parse errors, findings may be incomplete; first: braces.c:2:1: expected identifier or '('
exit 0
efcheck: minus.c: nested too deep: libclang ran out of stack
exit 2
EOX
diff -u expected out
