#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# safety-patch.sh - the cocci rules and efcheck-scan --diff never damage a
# tree, on a copy of the demo tree:
#   - efcheck-scan --diff only reads: no file changes, no mtime moves;
#   - its patch is the same for -j 1 and -j 4, and "git apply" takes it;
#   - after applying it, a second run prints nothing (idempotent);
#   - files the patch does not name keep their content and mtime;
#   - a patch that does not apply leaves every file untouched;
#   - spatch --in-place with each rule rewrites only the files it changes,
#     and a second --in-place run changes nothing.
set -u
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
export ARCH=x86
command -v spatch >/dev/null || { echo "spatch not found"; exit 77; }
scan() { "$top/bin/efcheck-scan" "$@"; }


cp -a "$top/testcases/demo" "$tmp/tree"
cd "$tmp/tree" || exit 1
if ! { git init -q . && git add -A &&
	git -c user.name=t -c user.email=t@localhost commit -q -m base; }; then
	fail "cannot make a git tree"
fi
snap . >"$tmp/before"

scan --diff -j 1 . >"$tmp/d1" 2>"$tmp/err1" || fail "--diff -j 1 failed: $(cat "$tmp/err1")"
scan --diff -j 4 . >"$tmp/d4" 2>"$tmp/err4" || fail "--diff -j 4 failed: $(cat "$tmp/err4")"
[ -s "$tmp/d1" ] || fail "--diff printed no patch for the demo tree"
cmp -s "$tmp/d1" "$tmp/d4" || { diff -u "$tmp/d1" "$tmp/d4"; fail "-j 1 and -j 4 differ"; }
snap . >"$tmp/after-diff"
diff -u "$tmp/before" "$tmp/after-diff" || fail "--diff changed the tree"

# A patch that does not apply: the last file it names was rewritten
# meanwhile, so the files before it must not be patched either.
first=$(sed -n 's|^+++ b/||p' "$tmp/d1" | tail -1)
echo '/* rewritten meanwhile */' >"$first"
snap . >"$tmp/before-bad"
if git apply "$tmp/d1" 2>"$tmp/apply.err"; then
	fail "the patch applied to a changed $first"
fi
snap . >"$tmp/after-bad"
diff -u "$tmp/before-bad" "$tmp/after-bad" || fail "a failed git apply changed files"
git checkout -q -- "$first"
touch -d "@$(sed -n "s|^\./$first [0-9]* \([0-9.]*\) .*|\1|p" "$tmp/before")" "$first"
snap . | diff -u "$tmp/before" - || fail "could not restore $first"

# Apply it: exactly the files it names change, the others keep mtime.
git apply "$tmp/d1" || fail "git apply refused efcheck-scan --diff output"
snap . >"$tmp/after"
sed -n 's|^+++ b/|./|p' "$tmp/d1" | sort >"$tmp/named"
diff "$tmp/before" "$tmp/after" | sed -n 's/^> \([^ ]*\) .*/\1/p' | sort >"$tmp/changed"
diff -u "$tmp/named" "$tmp/changed" || fail "changed files are not the patched ones"

scan --diff -j 4 . >"$tmp/again" 2>&1 || fail "second --diff failed"
diff -u /dev/null "$tmp/again" || fail "second --diff run is not empty"
snap . | diff -u "$tmp/after" - || fail "second --diff run changed the tree"

# spatch --in-place, rule by rule, on a fresh copy.
for rule in "$top"/cocci/*.cocci; do
	r=$(basename "$rule" .cocci)
	rm -rf "$tmp/ip" && cp -a "$top/testcases/demo" "$tmp/ip"
	snap "$tmp/ip" >"$tmp/ip.before"
	# $opts is a word list: split it
	opts=$(sed -n 's|^// Options:||p' "$rule")
	# shellcheck disable=SC2086
	inplace() {
		(cd "$tmp/ip" && find . -name '*.c' -print0 | sort -z |
			xargs -0 spatch --very-quiet -D patch --in-place \
				$opts --sp-file "$rule") >"$tmp/ip.out" 2>&1
	}
	inplace || fail "$r: spatch --in-place failed: $(cat "$tmp/ip.out")"
	snap "$tmp/ip" >"$tmp/ip.after"
	diff "$tmp/ip.before" "$tmp/ip.after" | sed -n 's/^> \([^ ]*\) .*/\1/p' |
		sort >"$tmp/ip.changed"
	(cd "$tmp/ip" && diff -ru "$top/testcases/demo" . |
		sed -n 's|^diff -ru [^ ]* \(.*\)|\1|p' | sort) >"$tmp/ip.differ"
	diff -u "$tmp/ip.differ" "$tmp/ip.changed" ||
		fail "$r: --in-place touched files whose content it did not change"
	[ -s "$tmp/ip.changed" ] || fail "$r: patched nothing in the demo tree"
	inplace || fail "$r: second spatch --in-place failed"
	snap "$tmp/ip" | diff -u "$tmp/ip.after" - ||
		fail "$r: a second --in-place run changed files"
done
echo "ok"
