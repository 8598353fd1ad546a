#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-install.sh - efcheck-scan installed with "make install PREFIX=" and
# reached through a symlink (bin/ linked into ~/bin) finds its efcheck and
# its cocci rules; without the rules it says so once, still reports
# efcheck's findings, and --diff, which needs them, exits 2.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
export ARCH=x86
unset EFCHECK EFCHECK_COCCI_DIR || true
make -s -C "$top" install PREFIX="$tmp/prefix" >/dev/null || fail "make install failed"
mkdir "$tmp/home-bin"
ln -s "$tmp/prefix/bin/efcheck-scan" "$tmp/home-bin/efcheck-scan"
scan=$tmp/home-bin/efcheck-scan

"$top/bin/efcheck-scan" --diff "$top/testcases/demo" >"$tmp/want.diff"
[ -s "$tmp/want.diff" ] || fail "no migration patch from the work tree"
PATH=/usr/bin:/bin "$scan" --diff "$top/testcases/demo" >"$tmp/got.diff" 2>"$tmp/err" ||
	fail "--diff through a symlink: $(cat "$tmp/err")"
diff -u "$tmp/want.diff" "$tmp/got.diff" || fail "--diff through a symlink differs"
PATH=/usr/bin:/bin "$scan" -q --format=json "$top/testcases/demo" >"$tmp/with" || [ $? = 1 ]
grep -q '"check":"removed-hook"' "$tmp/with" || fail "no finding through a symlink"

rm -rf "$tmp/prefix/share/efcheck/cocci"
PATH=/usr/bin:/bin "$scan" -j2 "$top/testcases/demo" >"$tmp/out" 2>"$tmp/err" && rc=0 || rc=$?
[ "$rc" = 1 ] || fail "a scan without rules: exit $rc, not 1"
[ "$(grep -c 'no cocci rules found' "$tmp/err")" = 1 ] || fail "not said once: $(cat "$tmp/err")"
"$top/bin/efcheck-scan" -q --no-cocci "$top/testcases/demo" >"$tmp/want.out" || [ $? = 1 ]
diff -u "$tmp/want.out" "$tmp/out" || fail "a scan without rules reports other findings"
PATH=/usr/bin:/bin "$scan" --diff "$top/testcases/demo" >"$tmp/out" 2>"$tmp/err" && rc=0 || rc=$?
[ "$rc" = 2 ] || fail "--diff without rules: exit $rc, not 2"
echo "efcheck-scan: no cocci rules found next to efcheck-scan (set EFCHECK_COCCI_DIR)" |
	diff -u - "$tmp/err" || fail "--diff without rules: wrong message"
exit 0
