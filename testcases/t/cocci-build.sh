#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# cocci-build.sh - every patched cocci case builds as the real 7.2 tree
# builds drivers/char/mem.o (kbuild's gcc flags from make -n, -Werror,
# x86_64 defconfig, O= build), against the headers the case targets.
#
# For each testcases/cocci/RULE/X.c the result is X.res, or X.c when the
# rule changes nothing; a local header X.h is replaced by X.h.res the same
# way.  The headers are the tree's, except that -D field=error_filter (the
# v1/v2 series) and -D field=error_hook (v6.19-v7.1) in X.opts put a copy
# of include/linux/mm_types.h with that struct mmap_action first on the
# include path.  X.build holds the expected gcc "error:" lines (file
# name:line:col: error: ...) of code that must stay untouched because it
# targets other headers; without it the result must build with no output.
# The migration rules' cases only: mmap_to_prepare's results are built in
# the real tree by convert-tree.sh.
# Exit: 0 pass, 1 fail, 77 skip (no gcc, or no tree could be fetched).
set -u
export LC_ALL=C
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
command -v gcc >/dev/null || { echo "gcc not installed"; exit 77; }
real_tree
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# kbuild's preprocessor command for drivers/char/mem.i: the c_flags of
# drivers/char/mem.o, which a built mem.o would not print.  Under "make
# check", the outer make's MAKEFLAGS would reach this make.
env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
	make -n -s -C "$src" O="$obj" drivers/char/mem.i 2>/dev/null |
	grep -o 'gcc -E -Wp,-MMD,drivers/char/\.mem\.i\.d [^;]* -o drivers/char/mem\.i ' |
	head -n 1 >"$tmp/cmd"
[ -s "$tmp/cmd" ] || fail "no gcc command for drivers/char/mem.i in make -n"
# shellcheck disable=SC2046
set -- $(sed 's/ -Wp,-MMD,[^ ]*//; s/ -o drivers\/char\/mem\.i *$//; s/^gcc -E //' "$tmp/cmd")
# The flags carry quoted -DKBUILD_* values: drop them, they name mem.o.
flags=
for a; do
	case $a in
	-DKBUILD_* | -D__KBUILD_*) ;;
	*) flags="$flags $a" ;;
	esac
done
case " $flags " in *" -Werror "*) ;; *) fail "kbuild's flags have no -Werror" ;; esac

# overlay FIELD: an include dir whose linux/mm_types.h declares FIELD
overlay() {
	o=$tmp/inc-$1
	[ -d "$o" ] && return
	mkdir -p "$o/linux"
	case $1 in
	error_filter)
		sed 's/^\tint error_override;$/\tint error_filter;/' \
			"$src/include/linux/mm_types.h" >"$o/linux/mm_types.h" ;;
	error_hook)
		sed 's/^\tint error_override;$/\tint (*success_hook)(const struct vm_area_struct *vma);\n\tint (*error_hook)(int err);/' \
			"$src/include/linux/mm_types.h" >"$o/linux/mm_types.h" ;;
	esac
	cmp -s "$src/include/linux/mm_types.h" "$o/linux/mm_types.h" &&
		fail "cannot make a struct mmap_action with $1"
}

failed=0 n=0
for dir in "$top"/testcases/cocci/*/; do
	rule=$(basename "$dir")
	# The conversion rule's cases are handler excerpts; what it converts is
	# built in place, in the real tree, by convert-tree.sh.
	[ "$rule" != mmap_to_prepare ] || continue
	mkdir -p "$tmp/$rule"
	for f in "$dir"*.c "$dir"*.h; do
		[ -e "$f" ] || continue
		b=$(basename "$f")
		if [ -f "${f%.c}.res" ] && [ "${f%.c}" != "$f" ]; then
			cp "${f%.c}.res" "$tmp/$rule/$b"
		elif [ -f "$f.res" ]; then
			cp "$f.res" "$tmp/$rule/$b"
		else
			cp "$f" "$tmp/$rule/$b"
		fi
	done
	for f in "$dir"*.c; do
		[ -e "$f" ] || continue
		x=$(basename "$f" .c)
		inc=
		field=$(sed -n 's/.*-D field=\([a-z_]*\).*/\1/p' "$dir$x.opts" 2>/dev/null)
		if [ -n "$field" ] && [ "$field" != error_override ]; then
			overlay "$field"
			inc="-I$tmp/inc-$field"
		fi
		# shellcheck disable=SC2086
		(cd "$obj" && gcc -nostdinc $inc $flags -DKBUILD_MODFILE='"efcheck"' \
			-DKBUILD_BASENAME='"'"$x"'"' -DKBUILD_MODNAME='"efcheck"' \
			-D__KBUILD_MODNAME=kmod_efcheck -c -o /dev/null \
			"$tmp/$rule/$x.c") >"$tmp/out" 2>&1
		rc=$?
		sed -n "s|^$tmp/$rule/||p" "$tmp/out" | grep ': error: ' >"$tmp/got"
		n=$((n + 1))
		want=/dev/null
		[ -f "$dir$x.build" ] && want=$dir$x.build
		if { [ "$want" = /dev/null ] && [ $rc != 0 -o -s "$tmp/out" ]; } ||
			{ [ "$want" != /dev/null ] && [ $rc = 0 ]; } ||
			! cmp -s "$want" "$tmp/got"; then
			echo "FAIL $rule/$x: gcc exit $rc"
			diff -u "$want" "$tmp/got" | sed 's/^/  /'
			[ "$want" != /dev/null ] || sed 's/^/  /' "$tmp/out" | head -n 20
			failed=$((failed + 1))
		fi
	done
done
echo "$n cases built, $failed failed"
[ $failed = 0 ]
