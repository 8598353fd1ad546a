#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# style.sh - efcheck's own C as kernel developers check theirs: Debian's
# sparse with -Wsparse-error (make selfcheck), checkpatch.pl --no-tree and
# clang-format with the kernel's .clang-format, both from the fetched 7.x
# tree.  Two findings are by design and filtered:
# the X-macro CHECK() does not use every argument (MACRO_ARG_UNUSED), and
# efcheck.h defines __noreturn and __printf themselves.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
cd "$top"
out=$(make -s selfcheck 2>&1 | grep -v '^  SPARSE  ' || true)
[ -z "$out" ] || { echo "sparse:"; echo "$out"; exit 1; }

src=$("$top/testcases/real/fetch-kernel.sh" unstable) ||
	{ echo "no kernel tree for checkpatch.pl"; exit 77; }
out=$(perl "$src/scripts/checkpatch.pl" --no-tree --terse --ignore MACRO_ARG_UNUSED \
	-f clang-plugin/*.c clang-plugin/*.h 2>&1 |
	grep -v '^total:' |
	grep -v '^clang-plugin/efcheck.h:[0-9]*: WARNING: Prefer __\(noreturn\|printf\)' || true)
[ -z "$out" ] || { echo "checkpatch.pl:"; echo "$out"; exit 1; }

command -v clang-format >/dev/null || { echo "clang-format is not installed"; exit 77; }
for f in clang-plugin/*.c clang-plugin/*.h; do
	clang-format --style="file:$src/.clang-format" "$f" | diff -u "$f" - ||
		{ echo "$f: not in the kernel's clang-format style"; exit 1; }
done
