#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# check-docs.sh - the documentation of the checks cannot drift from the
# lists: efcheck --list-checks (check_list.h, then cocci_list.h) must
# name, in order and with the same severity, the checks that efcheck(1)
# (CHECKS) and README.md ("**name** (severity") document.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
"$top/bin/efcheck" --list-checks | awk '{ print $1, $2 }' >"$tmp/list"
[ -s "$tmp/list" ] || fail "efcheck --list-checks printed nothing"
sed -n 's/^\.B \([a-z0-9-]*\) \\fR(\([a-z]*\).*/\1 \2/p' "$top/clang-plugin/efcheck.1" >"$tmp/man"
diff -u "$tmp/list" "$tmp/man" || fail "efcheck.1 (CHECKS) and --list-checks differ"
sed -n 's/^\*\*\([a-z0-9-]*\)\*\* (\([a-z]*\).*/\1 \2/p' "$top/README.md" >"$tmp/readme"
diff -u "$tmp/list" "$tmp/readme" || fail "README.md and --list-checks differ"
exit 0
