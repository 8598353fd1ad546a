#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-cache.sh - efcheck-scan --cache=DIR: a re-scan of an unchanged tree
# runs no spatch and prints the same; after one file changes, only that
# file goes to spatch, and the findings are those of a scan without a
# cache.  Each efcheck job gets --result-cache=DIR/results, except for
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
for a; do case \$a in ./*) echo "\$a" >>"$tmp/spatch.log" ;; esac; done
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
echo ./drivers/demo/error_hook.c >"$tmp/changed"
sort -u "$tmp/spatch.log" | diff -u - "$tmp/changed" || fail "not only the changed file went to spatch"
"$top/bin/efcheck-scan" -q -j2 --format=json "$tmp/tree" >"$tmp/nocache" || [ $? = 1 ]
cmp "$tmp/nocache" "$tmp/third" || fail "after a change, the cached scan differs from a fresh one"

# Every efcheck job keeps its findings in the cache: --result-cache.
"$top/bin/efcheck-scan" --no-cocci --cache="$tmp/c" --write-jobs="$tmp/jobs" "$tmp/tree"
n=$(ls "$tmp"/jobs/*.args | wc -l)
m=$(cat "$tmp"/jobs/*.args | tr '\0' '\n' | grep -cx -e "--result-cache=$tmp/c/results" || true)
[ "$n" -gt 0 ] && [ "$m" = "$n" ] || fail "$m of $n jobs have --result-cache"
rm -r "$tmp/jobs"
mkdir "$tmp/stage"
(cd "$tmp/tree" && find . -name '*.c' -exec cp --parents {} "$tmp/stage" \;)
(cd "$tmp/tree" && find . -name '*.c' -print0) | sed -z 's|^\./||' >"$tmp/names"
"$top/bin/efcheck-scan" --no-cocci --cache="$tmp/c" --write-jobs="$tmp/jobs" \
	--files-from="$tmp/names" --staged="$tmp/stage" "$tmp/tree"
n=$(ls "$tmp"/jobs/*.args | wc -l)
! cat "$tmp"/jobs/*.args | tr '\0' '\n' | grep -q -e --result-cache ||
	fail "a staged copy's job has --result-cache"
[ "$n" -gt 0 ] || fail "no job for the staged files"
exit 0
