#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# install-scan.sh - efcheck-scan installed with make install and reached
# through a symlink in a fake ~/bin (nothing of this work tree on PATH)
# must find the installed cocci rules: its scan and its --diff of the
# demo tree (plus a write that only the rules see, in code the
# configuration leaves out) are the same as the work tree's own
# efcheck-scan's.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ARCH=x86
unset EFCHECK EFCHECK_SCAN EFCHECK_COCCI_DIR
make -s -C "$top" install PREFIX=/opt/ef DESTDIR="$tmp/root" >/dev/null
mkdir -p "$tmp/home/bin"
for p in "$tmp"/root/opt/ef/bin/*; do
	ln -s "$p" "$tmp/home/bin/${p##*/}"
done

cp -a "$top/testcases/demo" "$tmp/demo"
cat >"$tmp/demo/drivers/demo/ifdef.c" <<'EOC'
// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>

static int demo_ifdef_mmap_prepare(struct vm_area_desc *desc)
{
#ifdef CONFIG_DEMO_NOT_SET
	desc->action.error_override = EAGAIN;
#endif
	return 0;
}
EOC
cd "$tmp"
"$top/bin/efcheck-scan" -q demo >"$tmp/want.scan" && rc=0 || rc=$?
[ "$rc" = 1 ] || { echo "efcheck-scan demo exited $rc, not 1"; exit 1; }
grep -q '^drivers/demo/ifdef.c:7:15: ' "$tmp/want.scan" ||
	{ cat "$tmp/want.scan"; echo "the rules did not report ifdef.c"; exit 1; }
"$top/bin/efcheck-scan" --diff demo >"$tmp/want.diff"

PATH=$tmp/home/bin:$(printf '%s' "$PATH" | tr : '\n' | grep -vxF "$top/bin" | paste -sd:)
export PATH
efcheck-scan -q demo >"$tmp/scan" 2>&1 && rc=0 || rc=$?
echo "rc=$rc" >>"$tmp/scan"
echo "rc=1" >>"$tmp/want.scan"
diff -u "$tmp/want.scan" "$tmp/scan" || { echo "scan through a symlink differs"; exit 1; }
efcheck-scan --diff demo >"$tmp/diff" 2>&1 && rc=0 || rc=$?
echo "rc=$rc" >>"$tmp/diff"
echo "rc=0" >>"$tmp/want.diff"
diff -u "$tmp/want.diff" "$tmp/diff" || { echo "--diff through a symlink differs"; exit 1; }
