#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# prefilter.sh - a file that cannot write the field is let go without
# loading libclang.  A copy of efcheck with no efcheck-clang.so beside it
# must pass such files silently, and must fail to load the module for a
# candidate: a file naming the field, and a file that only uses a macro
# from its local header (#include "...") that writes it.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
mkdir "$tmp/bin"
cp "$top/bin/efcheck" "$tmp/bin/efcheck"
c=$top/testcases/check
inc="-I$top/testcases/include/v7.2 -I$top/testcases/include/common"

# shellcheck disable=SC2086
"$tmp/bin/efcheck" "$c/silent-unrelated.c" -- $inc 2>"$tmp/out" ||
	fail "a file with no candidate failed: $(cat "$tmp/out")"
[ ! -s "$tmp/out" ] || fail "a file with no candidate printed: $(cat "$tmp/out")"

for f in "$c/errno-literal.c" "$c/macro/local-macro.c"; do
	# shellcheck disable=SC2086
	"$tmp/bin/efcheck" "$f" -- $inc 2>"$tmp/out" && fail "$f: not analysed"
	grep -q '^efcheck: cannot load efcheck-clang.so: ' "$tmp/out" ||
		fail "$f: $(cat "$tmp/out")"
done
