#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-cache.sh - efcheck-scan --cache=DIR: a re-scan of an unchanged tree
# runs no spatch and prints the same; after one file changes, only the
# rules whose files include it run again (on their files: a header lends
# the files of its group its hooks), and the findings are those of a scan
# without a cache.  efcheck keeps its findings in DIR/results, except for
# staged copies (the pre-commit hook, --patch), which live in a new
# temporary directory each time and would only pile up entries.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
command -v spatch >/dev/null || { echo "spatch is not installed"; exit 77; }
export ARCH=x86
cp -a "$top/testcases/demo" "$tmp/tree"
scan() { "$top/bin/efcheck-scan" -q -j2 --format=json --cache="$tmp/c" "$@" "$tmp/tree"; }
# spatch, logging the files it is given
cat >"$tmp/spatch" <<EOS
#!/bin/sh
l=
for a; do case \$a in ./*) l="\$l \$a" ;; esac; done
echo "\$l" >>"$tmp/spatch.log"
exec spatch "\$@"
EOS
chmod +x "$tmp/spatch"
export SPATCH="$tmp/spatch"

scan >"$tmp/first" || [ $? = 1 ]
grep -q '"check":"removed-hook"' "$tmp/first" || fail "no cocci finding in the first scan"
[ -s "$tmp/spatch.log" ] || fail "the first scan ran no spatch"
rm "$tmp/spatch.log"
scan >"$tmp/second" || [ $? = 1 ]
[ ! -e "$tmp/spatch.log" ] || fail "an unchanged tree ran spatch on: $(cat "$tmp/spatch.log")"
cmp "$tmp/first" "$tmp/second" || fail "the cached scan differs"

sed -i '1i\
/* moved down */' "$tmp/tree/drivers/demo/error_hook.c"
scan >"$tmp/third" || [ $? = 1 ]
[ -s "$tmp/spatch.log" ] || fail "the changed file went to no spatch"
! grep -v ' \./drivers/demo/error_hook\.c\( \|$\)' "$tmp/spatch.log" ||
	fail "a rule without the changed file ran again"
"$top/bin/efcheck-scan" -q -j2 --format=json "$tmp/tree" >"$tmp/nocache" || [ $? = 1 ]
cmp "$tmp/nocache" "$tmp/third" || fail "after a change, the cached scan differs from a fresh one"

# efcheck keeps its findings in DIR/results, but not those of staged copies.
rm -rf "$tmp/c"
"$top/bin/efcheck-scan" -q --no-cocci --cache="$tmp/c" "$tmp/tree" >/dev/null || [ $? = 1 ]
n=$(find "$tmp/c/results" -type f | wc -l)
[ "$n" -gt 0 ] || fail "no --result-cache entry after a scan"
mkdir "$tmp/stage"
(cd "$tmp/tree" && find . -name '*.c' -exec cp --parents {} "$tmp/stage" \;)
(cd "$tmp/tree" && find . -name '*.c' -print0) | sed -z 's|^\./||' >"$tmp/names"
"$top/bin/efcheck-scan" -q --no-cocci --cache="$tmp/c" --files-from="$tmp/names" \
	--staged="$tmp/stage" "$tmp/tree" >/dev/null || [ $? = 1 ]
[ "$(find "$tmp/c/results" -type f | wc -l)" = "$n" ] ||
	fail "a staged copy got a --result-cache entry"

# The cache does not grow for ever: what was not written for 30 days goes,
# except the unconfigured tree's stubs.
for f in results/old cocci/old.cocci.1 kb-1/old grep.old gen-1/stub/old.h; do
	mkdir -p "$(dirname "$tmp/c/$f")"
	: >"$tmp/c/$f"
	touch -d '40 days ago' "$tmp/c/$f"
done
: >"$tmp/c/results/new"
"$top/bin/efcheck-scan" -q --no-cocci --cache="$tmp/c" "$tmp/tree" >/dev/null || [ $? = 1 ]
for f in results/old cocci/old.cocci.1 kb-1/old grep.old; do
	[ ! -e "$tmp/c/$f" ] || fail "$f was not pruned"
done
[ -e "$tmp/c/gen-1/stub/old.h" ] || fail "a stub of gen-* was pruned"
[ -e "$tmp/c/results/new" ] || fail "a new entry was pruned"
exit 0
