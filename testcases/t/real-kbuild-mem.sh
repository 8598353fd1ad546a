#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# real-kbuild-mem.sh - efcheck as kbuild's checker on the real /dev/mem
# driver of the newest Debian 7.x tree (O= build):
#   make C=2 CHECK=efcheck <mem.o>   the pristine file: no output at all;
#   make C=1 CHECK=efcheck <mem.o>   after turning "error_override = -EAGAIN"
#       into EAGAIN, -ENOTSUPP, -4096, -11, 0 and |= -EAGAIN: the right
#       check on the right line, and the build goes on (exit 0).
# The file and its line come from the fetched tree (mem.c moved to
# mm/char-mem.c after v7.3).  Mutations go to a hard-linked copy of the
# tree and a copy of the build directory; the cache is never written.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
real_tree
f=drivers/char/mem.c
[ -f "$src/$f" ] || f=mm/char-mem.c
line=$(grep -n 'error_override = -EAGAIN;' "$src/$f" | cut -d: -f1)
[ -n "$line" ] || { echo "no error_override = -EAGAIN in $f"; exit 1; }
o=${f%.c}.o

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cp -al "$src" "$tmp/src"
cp -a "$obj" "$tmp/obj"
kb() {
	make -s -C "$tmp/src" O="$tmp/obj" CHECK="$top/bin/efcheck" "$@" 2>&1
}

# The pristine file, checked even though its object is up to date.
out=$(kb C=2 "$o")
[ -z "$out" ] || { echo "pristine $f: unexpected output:"; echo "$out"; exit 1; }

for m in 'EAGAIN errno-positive' '-ENOTSUPP errno-internal' \
	'-4096 errno-range' '-11 errno-literal' '0 errno-zero' \
	'|= compound-assign'; do
	val=${m% *} check=${m#* }
	rm -f "$tmp/src/$f"
	if [ "$val" = '|=' ]; then
		sed 's/error_override = -EAGAIN;/error_override |= -EAGAIN;/' \
			"$src/$f" >"$tmp/src/$f"
	else
		sed "s/error_override = -EAGAIN;/error_override = $val;/" \
			"$src/$f" >"$tmp/src/$f"
	fi
	kb C=1 "$o" >"$tmp/out" || { cat "$tmp/out"; echo "make failed for $val"; exit 1; }
	got=$(sed -n "s|^$tmp/src/\\($f:[0-9]*\\):[0-9]*: [a-z]*: .* \\[\\([a-z-]*\\)\\]\$|\\1 \\2|p" "$tmp/out")
	want="$f:$line $check"
	if [ "$got" != "$want" ] || [ "$(wc -l <"$tmp/out")" != 1 ]; then
		echo "mutation '$val': expected '$want', got:"
		cat "$tmp/out"
		exit 1
	fi
done
