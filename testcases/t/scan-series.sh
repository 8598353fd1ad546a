#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-series.sh - efcheck-scan --patch judges each patch of a series on
# its own post-image (the blobs of its "index OLD..NEW" lines), as b4's
# per-patch check needs: with the tree at the end of the series, patch 1
# adds a bad line and patch 2 moves it down; patch 1 alone, and the whole
# series, still report it at patch 1's line, and patch 2 reports nothing.
# Then a series as it comes from a list, on the base tree of another
# repository (its blobs are not there): patch 1 adds a driver header's
# macro, patch 2 a file that uses it, patch 3 breaks a macro that an
# unchanged file expands.  Each patch is judged on its base with the
# patches before it applied, and a finding whose note is on an added
# line (the macro) is the patch's.
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

cd "$tmp/tree"
git checkout -q HEAD~2
cat >drivers/demo/hw.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#define HW_FAIL(d)                                      \
	do {                                            \
		(d)->action.error_override = -EIO;      \
	} while (0)
EOF
cat >drivers/demo/hw.c <<'EOF'
// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>
#include "hw.h"

static int hw_mmap_prepare(struct vm_area_desc *desc)
{
	HW_FAIL(desc);
	return 0;
}

const struct file_operations hw_fops = {
	.mmap_prepare = hw_mmap_prepare,
};
EOF
git add drivers/demo/hw.h drivers/demo/hw.c
c "demo: hw"
cp -a "$tmp/tree" "$tmp/base"
rm -rf "$tmp/base/.git"
(cd "$tmp/base" && git init -q . && git add -f . && c base)
printf '/* SPDX-License-Identifier: GPL-2.0 */\n#define VX_SET(d) ((d)->action.error_override = 7)\n' \
	>drivers/demo/vx.h
git add drivers/demo/vx.h
c "demo: vx.h"
sed 's/hw/vx/g; s/HW_FAIL/VX_SET/' drivers/demo/hw.c >drivers/demo/vx.c
git add drivers/demo/vx.c
c "demo: vx.c"
sed -i 's/= -EIO;  /= EIO;   /' drivers/demo/hw.h
c "demo: hw.h"
git format-patch -q --stdout HEAD~3 >"$tmp/list.mbox"
cd "$tmp/base"
"$top/bin/efcheck-scan" --patch "$tmp/list.mbox" >"$tmp/out" 2>"$tmp/err" && rc=0 || rc=$?
[ "$rc" = 1 ] || fail "the list's series: exit $rc: $(cat "$tmp/err")"
cat >"$tmp/want" <<'EOF'
ERROR: drivers/demo/hw.c:7: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
ERROR: drivers/demo/hw.h:4: error_override set to positive 'EIO': every mmap() then fails with -EINVAL; use '-EIO' [errno-positive]
ERROR: drivers/demo/vx.c:7: error_override = 7 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
ERROR: drivers/demo/vx.h:2: error_override set to positive '7': every mmap() then fails with -EINVAL; use a negative errno name such as -EAGAIN [errno-positive]
EOF
diff -u "$tmp/want" "$tmp/out" || fail "the list's series"
[ -z "$(git status --porcelain)" ] || fail "the base tree changed: $(git status --porcelain)"
exit 0
