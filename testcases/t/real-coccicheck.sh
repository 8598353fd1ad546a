#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# real-coccicheck.sh - "make coccicheck MODE=report M=drivers/" with each of
# the project's rules (but the diff-only ones) prints no finding on the
# pristine 7.x tree, and does
# report a positive errno put into a hard-linked copy of a real driver
# (sed -i replaces the file: the pristine tree is not written).
set -eu
top=${EFCHECK_TOP:-$(pwd)}
so=$("$top/testcases/real/fetch-kernel.sh" unstable) ||
	{ echo "cannot fetch the 7.x tree"; exit 77; }
src=${so% *}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Report lines look like "file:line:col-col: message", file relative to M=.
reports() {
	make -s -C "$1" coccicheck MODE=report M=drivers/ COCCI="$2" J=2 2>&1 |
		grep -E '^[^ ]+:[0-9]+:[0-9]+-[0-9]+: ' || true
}
for r in "$top"/cocci/*.cocci; do
	# a conversion rule reports what it would convert, pristine or not
	grep -qx '// efcheck-scan: diff-only' "$r" && continue
	reports "$src" "$r" >"$tmp/out"
	if [ -s "$tmp/out" ]; then
		echo "$(basename -- "$r") reports on the pristine tree:"
		cat "$tmp/out"
		exit 1
	fi
done

# The first driver (sorted) that sets error_override gets a positive one.
f=$(cd "$src" && grep -rlE --include='*.c' 'error_override[[:space:]]*=' drivers | sort | head -n 1)
[ -n "$f" ] || { echo "no driver sets error_override in $src"; exit 1; }
l=$(grep -nE 'error_override[[:space:]]*=' "$src/$f" | head -n 1 | cut -d: -f1)
cp -al "$src" "$tmp/src"
sed -i "${l}s/= -\([A-Z]\)/= \1/" "$tmp/src/$f"
reports "$tmp/src" "$top/cocci/mmap_error_override.cocci" |
	sed "s|^$tmp/src/||; s|^\./||; s|^|drivers/|" | cut -d: -f1,2 >"$tmp/got"
echo "$f:$l" | diff -u - "$tmp/got"
exit 0
