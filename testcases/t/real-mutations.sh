#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# real-mutations.sh - mutate real drivers of the newest Debian 7.x tree
# that implement mmap_prepare (a sign error, an internal errno, a leftover
# error_hook, a compound assignment) and find each one, with its check and
# line, through the tree scan (-O), make C=1 CHECK=efcheck-sparse (and
# CHECK="efcheck --sparse") and the pre-commit hook on a staged change.
# The drivers and lines are found in the fetched tree; the pristine tree
# and build directory are never written: the mutations go to a hard-linked
# copy (sed -i replaces files, it does not write through the links) and a
# copy of the build directory.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
real_tree
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -a "$obj" "$tmp/obj"

# The first four drivers (sorted) with ".mmap_prepare = fn", fn's
# definition "static int fn(struct vm_area_desc *d)", and fn compiled in
# this configuration (kept by the preprocessor: "make file.i"), and no
# second definition of fn (a stub in an #else branch).
(cd "$src" && grep -rlE --include='*.c' '\.mmap_prepare[[:space:]]*=' drivers) |
	sort | while IFS= read -r f; do
	fn=$(sed -n 's/.*\.mmap_prepare[[:space:]]*=[[:space:]]*\([a-z_0-9]*\),.*/\1/p' "$src/$f" | head -n 1)
	l=$(grep -n "^static int $fn(struct vm_area_desc \*[a-z_]*)\$" "$src/$f" | head -n 1 | cut -d: -f1)
	[ -n "$l" ] || continue
	# One definition only: not a stub in an #else branch.
	[ "$(grep -c "^static int $fn(" "$src/$f")" = 1 ] || continue
	d=$(sed -n "${l}s/.*\*\([a-z_]*\))\$/\1/p" "$src/$f")
	sed -n "$((l + 1))p" "$src/$f" | grep -qx '{' || continue
	make -s -C "$src" O="$tmp/obj" "${f%.c}.i" >/dev/null 2>&1 || continue
	grep -q "$fn(struct vm_area_desc" "$tmp/obj/${f%.c}.i" || continue
	echo "$f $((l + 2)) $d"
done | head -n 4 >"$tmp/targets"
[ "$(wc -l <"$tmp/targets")" = 4 ] || { echo "fewer than 4 mmap_prepare drivers in $src"; exit 1; }

# The four mutations, one per driver, inserted after the function's "{".
cp -al "$src" "$tmp/src"
: >"$tmp/expected"
i=0
while read -r f line d; do
	i=$((i + 1))
	case $i in
	1) m="$d->action.error_override = EAGAIN;" c=errno-positive ;;
	2) m="$d->action.error_override = -ERESTARTSYS;" c=errno-internal ;;
	3) m="$d->action.error_hook = NULL;" c=removed-hook ;;
	4) m="$d->action.error_override |= -EIO;" c=compound-assign ;;
	esac
	sed -i "$((line - 1))a\\	$m" "$tmp/src/$f"
	echo "$f:$line: [$c]" >>"$tmp/expected"
done <"$tmp/targets"
sort -o "$tmp/expected" "$tmp/expected"
cut -d' ' -f1 "$tmp/targets" >"$tmp/files"

# 1. The tree scan with kbuild flags.
"$top/bin/efcheck-scan" -q -j2 -O "$tmp/obj" --format=json "$tmp/src" >"$tmp/scan" || [ $? = 1 ]
jq -r '"\(.file):\(.line): [\(.check)]"' "$tmp/scan" | sort >"$tmp/got.scan"
diff -u "$tmp/expected" "$tmp/got.scan"

# 2. make C=1 CHECK=efcheck-sparse on the mutated objects.  kbuild checks
# a file after compiling it, so the error_hook line, which no longer
# compiles on 7.x, is reported by the compiler at the same line.  Then
# the same with CHECK="efcheck --sparse", and C=2: the objects are built.
c=1
for check in "$top/bin/efcheck-sparse" "$top/bin/efcheck --sparse"; do
	: >"$tmp/kb"
	while IFS= read -r f; do
		make -s -k -C "$tmp/src" O="$tmp/obj" C=$c \
			CHECK="$check" "${f%.c}.o" >>"$tmp/kb" 2>&1 || true
	done <"$tmp/files"
	sed -e "s|^$tmp/src/\([^:]*:[0-9]*\):[0-9]*: error: [^ ]*struct mmap_action[^ ]* has no member named [^ ]*error_hook[^ ]*\$|\1: [removed-hook]|p" \
		-e "s|^$tmp/src/\([^:]*:[0-9]*\):[0-9]*: [a-z]*: .* \(\[[a-z-]*\]\)\$|\1: \2|p" \
		-n "$tmp/kb" | sort >"$tmp/got.kbuild"
	diff -u "$tmp/expected" "$tmp/got.kbuild" || { echo "CHECK=$check"; cat "$tmp/kb"; exit 1; }
	[ "$(grep -c 'sparse skipped' "$tmp/kb" || true)" -le 1 ]
	c=2
done

# 3. The pre-commit hook on the staged change, with kbuild flags
# (EFCHECK_BUILD_DIR): a bare shared clone of the cached git copy, with the
# mutated copy as its work tree and the pristine tree as its index.
gc=$("$top/testcases/real/git-copy.sh" "$src")
git clone -q --bare --shared "$gc" "$tmp/repo.git"
git --git-dir="$tmp/repo.git" config core.bare false
git --git-dir="$tmp/repo.git" config core.worktree "$tmp/src"
export GIT_DIR="$tmp/repo.git"
cd "$tmp/src"
git read-tree HEAD
while IFS= read -r f; do
	git add -f -- "$f"
done <"$tmp/files"
EFCHECK_BUILD_DIR=$tmp/obj \
"$top/bin/efcheck-pre-commit" >"$tmp/hook" 2>&1 && rc=0 || rc=$?
[ "$rc" = 1 ] || { cat "$tmp/hook"; exit 1; }
sed -n 's|^\([^:]*:[0-9]*\):[0-9]*: [a-z]*: .* \(\[[a-z-]*\]\)$|\1: \2|p' "$tmp/hook" |
	sort >"$tmp/got.hook"
diff -u "$tmp/expected" "$tmp/got.hook" || { cat "$tmp/hook"; exit 1; }
exit 0
