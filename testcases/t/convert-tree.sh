#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert-tree.sh - mmap_to_prepare.cocci over the whole newest 7.x tree
#
# "make coccicheck MODE=patch" and "MODE=report" on a git copy of the tree.
# Report mode names every handler that patch mode converts
# [mmap-convertible], and patch mode converts exactly those.  The patch
# goes to a hard-linked copy of the tree (the cache is never written), and
# then each converted file
#   - is reviewed by convert-review.py: no VMA left, same range, same page
#     protection, error_override exactly where the old handler replaced
#     the remap's error;
#   - compiles with its kbuild flags and -Werror in a copy of the O= dir
#     (files under another arch's arch/ directory cannot: they are counted);
#   - gets no word from efcheck as kbuild's checker (C=2).
# Prints the counts: handlers converted, handlers reported by reason.
set -u
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
command -v spatch >/dev/null || { echo "spatch not installed"; exit 77; }
real_tree
git=$("$top/testcases/real/git-copy.sh" "$src") || fail "cannot make a git copy of $src"
rule=$top/cocci/mmap_to_prepare.cocci
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

exec 9>"$git.lock"
flock 9
coccicheck() {
	make -s -C "$git" coccicheck MODE="$1" COCCI="$rule" J=2 \
		DEBUG_FILE=/dev/null 2>&1 |
		grep -v -e '^$' -e '^Please check for false positives' \
			-e '^When using "patch" mode' -e ' --cocci-file '
}
coccicheck report | sed 's|^\./||' | sort >"$tmp/report"
coccicheck patch >"$tmp/patch"
exec 9>&-

grep -E '^[^ ]+:[0-9]+:[0-9]+-[0-9]+: .* \[mmap-[a-z-]+\]$' "$tmp/report" >"$tmp/lines"
cmp -s "$tmp/report" "$tmp/lines" || { echo "report mode printed something else:"; diff "$tmp/lines" "$tmp/report"; exit 1; }
grep '\[mmap-convertible\]$' "$tmp/report" | cut -d: -f1 | sort -u >"$tmp/want"
sed -n 's|^+++ b/||p' "$tmp/patch" | sort -u >"$tmp/files"
if ! cmp -s "$tmp/want" "$tmp/files"; then
	echo "patch mode changed other files than report mode calls convertible:"
	diff -u "$tmp/want" "$tmp/files"
	exit 1
fi
[ -s "$tmp/files" ] || fail "nothing converted on $src"

cp -al "$src" "$tmp/src"
cp -a "$obj" "$tmp/obj"
(cd "$tmp/src" && patch -s -p1 <"$tmp/patch") || fail "the patch does not apply"
python3 "$top/testcases/t/convert-review.py" "$src" "$tmp/src" $(cat "$tmp/files") ||
	exit 1

arch=$(sed -n 's/^CONFIG_\(X86\)_64=y$/x86/p' "$obj/.config")
other=0
for f in $(cat "$tmp/files"); do
	case $f in
	arch/${arch:-x86}/*) ;;
	arch/*) other=$((other + 1)); continue ;;
	esac
	o=${f%.c}.o
	out=$(make -s -C "$tmp/src" O="$tmp/obj" KCFLAGS=-Werror "$o" 2>&1) ||
		{ echo "$f does not compile:"; echo "$out"; exit 1; }
	out=$(make -s -C "$tmp/src" O="$tmp/obj" C=2 CHECK="$top/bin/efcheck" "$o" 2>&1) ||
		{ echo "$f: efcheck under kbuild failed:"; echo "$out"; exit 1; }
	[ -z "$out" ] || { echo "$f: efcheck is not silent:"; echo "$out"; exit 1; }
	echo "ok   $f compiles (-Werror), efcheck silent"
done
echo "$(wc -l <"$tmp/files") files converted, $other of them for another arch (not compiled)"
echo "handlers by name:"
sed 's/.*\[\(mmap-[a-z-]*\)\]$/\1/' "$tmp/report" | sort | uniq -c | sort -rn
exit 0
