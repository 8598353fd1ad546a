#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# real-checker-valid.sh - Linux 7.x runs scripts/checker-valid.sh on
# $(CHECK) $(CHECKFLAGS) before a C=1 build and silently turns checking
# off when it fails.  efcheck must pass it ("1"), on a temporary file with
# no .c suffix, and "make C=1" must not print the "not available" warning.
# So must CHECK="efcheck --sparse", which then keeps the tree's verdict on
# sparse alone in its build directory.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
real_tree
[ -f "$src/scripts/checker-valid.sh" ] ||
	{ echo "this tree has no scripts/checker-valid.sh"; exit 77; }
set -- -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise \
	-Wno-return-void -Wno-unknown-attribute -D__x86_64__ --arch=x86 \
	-mlittle-endian -m64
got=$(sh "$src/scripts/checker-valid.sh" "$top/bin/efcheck" "$@")
[ "$got" = 1 ] || { echo "checker-valid.sh printed '$got'"; exit 1; }
out=$(make -s -C "$src" O="$obj" C=1 CHECK="$top/bin/efcheck" \
	scripts/mod/empty.o 2>&1)
case $out in
*"not available"*) echo "$out"; exit 1 ;;
esac

# kbuild runs it from the build directory, with $srctree exported.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; rm -rf "$obj/.efcheck-sparse."*' EXIT
got=$(cd "$tmp" && srctree=$src sh "$src/scripts/checker-valid.sh" \
	"$top/bin/efcheck" --sparse "$@")
[ "$got" = 1 ] || { echo "checker-valid.sh on efcheck --sparse printed '$got'"; exit 1; }
[ "$(sh "$src/scripts/checker-valid.sh" sparse "$@")" = 1 ] && v=valid || v=invalid
[ "$(cd "$tmp" && ls -A)" = ".efcheck-sparse.$v" ] ||
	fail "efcheck --sparse left '$(cd "$tmp" && ls -A)', not .efcheck-sparse.$v"
rm -rf "$obj/.efcheck-sparse."*
out=$(make -s -C "$src" O="$obj" C=1 CHECK="$top/bin/efcheck --sparse" \
	scripts/mod/empty.o 2>&1)
case $out in
*"not available"*) echo "$out"; exit 1 ;;
esac
