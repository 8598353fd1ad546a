#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-series.sh - efcheck-scan --patch judges each patch of a series on
# its own post-image (the blobs of its "index OLD..NEW" lines), as b4's
# per-patch check needs: with the tree at the end of the series, patch 1
# adds a bad line and patch 2 moves it down; patch 1 alone, and the whole
# series, still report it at patch 1's line, and patch 2 reports nothing.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
export ARCH=x86
cp -a "$top/testcases/demo" "$tmp/tree"
cd "$tmp/tree"
git init -q .
git add -f .
c() { git -c user.name=t -c user.email=t@localhost commit -q -a -m "$1"; }
c base
sed -i 's/\t\(desc->action.error_override = -EAGAIN;\)/\t\1\n\tdesc->action.error_override = EBUSY;/' \
	drivers/demo/good.c
c "demo: add a bad override"
sed -i '1a\
/* a comment that moves every line down */' drivers/demo/good.c
c "demo: add a comment"
git format-patch -q -o "$tmp/series" HEAD~2
cat "$tmp"/series/*.patch >"$tmp/mbox"
line=$(git show HEAD~1:drivers/demo/good.c | grep -n 'EBUSY' | cut -d: -f1)
want="ERROR: drivers/demo/good.c:$line: error_override = 16 is positive: every mmap() fails with -EINVAL; use '-EBUSY' [errno-positive]"

"$top/bin/efcheck-scan" --patch "$tmp/series/0001-demo-add-a-bad-override.patch" >out 2>err && rc=0 || rc=$?
[ "$rc" = 1 ] || fail "patch 1: exit $rc: $(cat err)"
echo "$want" | diff -u - out || fail "patch 1"
"$top/bin/efcheck-scan" --patch "$tmp/series/0002-demo-add-a-comment.patch" >out 2>err ||
	fail "patch 2: exit $?: $(cat out err)"
[ ! -s out ] || fail "patch 2 reported: $(cat out)"
"$top/bin/efcheck-scan" --patch - <"$tmp/mbox" >out 2>err && rc=0 || rc=$?
[ "$rc" = 1 ] || fail "the series: exit $rc: $(cat err)"
echo "$want" | diff -u - out || fail "the series"
exit 0
