#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert-tree.sh - mmap_to_prepare.cocci over the whole newest 7.x tree
#
# MODE=patch and MODE=report on every file of the tree that names a remap
# function (the files coccicheck would hand the rule).
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

# The files that name both file_operations and mmap: what the rule looks
# at (testcases/t/convert-grep.sh).  spatch runs on each, as coccicheck
# would; "make coccicheck" itself is timed by testcases/bench/convert.sh.
exec 9>"$git.lock"
flock 9
git -C "$git" grep -l -w --all-match -e file_operations -e mmap \
	-- '*.c' '*.h' >"$tmp/cand"
exec 9>&-
# each MODE: spatch on every file, two at a time; each writes a file of
# its own, so that their outputs cannot interleave on one pipe
each() {
	rm -rf "$tmp/out" && mkdir "$tmp/out"
	xargs -P2 -n1 sh -c 'cd "$0" && srctree=$0 spatch --very-quiet -D "$1" \
		--no-includes --include-headers --sp-file "$2" "$4" 2>/dev/null \
		>"$3/$(printf %s "$4" | tr / %)"' "$src" "$1" "$rule" "$tmp/out"
	find "$tmp/out" -type f | sort | xargs cat
}
each report <"$tmp/cand" | sort >"$tmp/report"
each patch <"$tmp/cand" | sed -e 's|^--- \([^/]\)|--- a/\1|' \
	-e 's|^+++ /tmp/cocci-output-[0-9]*-[0-9a-f]*-.*|+++ b/FILE|' >"$tmp/patch.raw"
# name the new side after the old one
awk '/^--- a\// { f = substr($2, 3) } /^\+\+\+ b\/FILE$/ { print "+++ b/" f; next } { print }' \
	"$tmp/patch.raw" >"$tmp/patch"

grep -E '^[^ ]+:[0-9]+:[0-9]+-[0-9]+: .* \[mmap-[a-z-]+\]$' "$tmp/report" >"$tmp/lines"
cmp -s "$tmp/report" "$tmp/lines" || { echo "report mode printed something else:"; diff "$tmp/lines" "$tmp/report"; exit 1; }
# Every handler is listed: each "FILE 'handler'" of the report is one
# ".mmap = handler" (not NULL) of a struct file_operations initializer
# or array (not in a #define) in FILE, found by a plain text scan.
sed -n "s/^\([^:]*\):[0-9:-]* '\([A-Za-z0-9_]*\)'.*/\1 \2/p" "$tmp/report" | sort -u >"$tmp/listed"
(cd "$src" && python3 -c '
import re, sys
for f in sys.argv[1:]:
    t = re.sub(r"/[*].*?[*]/|//[^\n]*", " ", open(f, errors="replace").read(), flags=re.S)
    t = re.sub(r"#define([^\n]*\\\n)*[^\n]*", " ", t)
    seen = set()
    for m in re.finditer(r"struct\s+file_operations\s+\w+\s*(?:\[[^]]*\]\s*)?=\s*[{]", t):
        i, d = m.end(), 1
        while d and i < len(t):
            d += {"{": 1, "}": -1}.get(t[i], 0)
            i += 1
        for h in re.findall(r"[.]mmap\s*=\s*(\w+)", t[m.end():i]):
            if h != "NULL" and h not in seen:
                seen.add(h)
                print(f, h)
' $(cat "$tmp/cand")) | sort >"$tmp/census"
diff -u "$tmp/census" "$tmp/listed" >"$tmp/census.diff" ||
	{ echo "report mode does not list every file_operations .mmap handler:"; cat "$tmp/census.diff"; exit 1; }
echo "ok   every file_operations .mmap handler is listed ($(wc -l <"$tmp/listed"))"
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
