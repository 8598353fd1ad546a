#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-cache-list.sh - efcheck-scan --cache never changes the candidates:
# in a git work tree, through a file edited, staged, reverted, deleted,
# emptied of the name, an untracked file with a paste, and a new commit,
# "efcheck-scan --cache=DIR --list" (the same DIR all along, so that a
# re-scan can use what an earlier one kept) lists what a scan without a
# cache lists, and what is expected.
set -u
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
scan=$top/bin/efcheck-scan
mkdir -p "$tmp/k/include/linux" "$tmp/k/drivers/foo"
cd "$tmp/k" || exit 1
printf 'all:\n' >Makefile
cat >drivers/foo/a.c <<'EOF'
// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

static int a_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_override = -EIO;
	return 0;
}
EOF
cat >drivers/foo/paste.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#define FOO_SET(d, what, v) ((d)->action.error_##what = (v))
EOF
cat >drivers/foo/b.c <<'EOF'
// SPDX-License-Identifier: GPL-2.0
#include "paste.h"

static int b_mmap_prepare(struct vm_area_desc *desc)
{
	return FOO_SET(desc, override, -EIO);
}
EOF
printf '// SPDX-License-Identifier: GPL-2.0\nint c;\n' >drivers/foo/c.c
git init -q
git add -A
git -c user.name=t -c user.email=t@t commit -qm one

failed=0
# step NAME WANT: both scans list WANT (names, space-separated)
step() {
	plain=$("$scan" --list . 2>&1 | tr '\0' ' ')
	cached=$("$scan" --cache="$tmp/cache" --list . 2>&1 | tr '\0' ' ')
	if [ "$plain" = "$2 " ] && [ "$cached" = "$2 " ]; then
		echo "ok   $1"
	else
		echo "FAIL $1: want [$2 ], without cache [$plain], with [$cached]"
		failed=$((failed + 1))
	fi
}
ab='drivers/foo/a.c drivers/foo/b.c drivers/foo/paste.h'
step first "$ab"
step again "$ab"
sed -n '2,$p' drivers/foo/a.c >>drivers/foo/c.c
step edited 'drivers/foo/a.c drivers/foo/b.c drivers/foo/c.c drivers/foo/paste.h'
git add drivers/foo/c.c
step staged 'drivers/foo/a.c drivers/foo/b.c drivers/foo/c.c drivers/foo/paste.h'
git checkout -q HEAD -- drivers/foo/c.c
step reverted "$ab"
rm drivers/foo/a.c
step deleted 'drivers/foo/b.c drivers/foo/paste.h'
git checkout -q HEAD -- drivers/foo/a.c
printf '// SPDX-License-Identifier: GPL-2.0\nint a;\n' >drivers/foo/a.c
step emptied 'drivers/foo/b.c drivers/foo/paste.h'
rm -r "$tmp/cache"
step dirty-first 'drivers/foo/b.c drivers/foo/paste.h'
git checkout -q HEAD -- drivers/foo/a.c
step dirty-reverted "$ab"
cat >drivers/d.c <<'EOF'
// SPDX-License-Identifier: GPL-2.0
#define D_SET(d, what, v) ((d)->action.error_##what = (v))

static int d_mmap_prepare(struct vm_area_desc *desc)
{
	return D_SET(desc, override, -EIO);
}
EOF
step untracked "drivers/d.c $ab"
git add drivers/d.c
git -c user.name=t -c user.email=t@t commit -qm two
step committed "drivers/d.c $ab"
step committed-again "drivers/d.c $ab"
[ "$failed" = 0 ]
