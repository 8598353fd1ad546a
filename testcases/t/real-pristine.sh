#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# real-pristine.sh - the pristine Debian trees give no finding: the newest
# 7.x with kbuild flags (-O) and unconfigured, and 6.12 unconfigured.  The
# files grep finds (the names, the struct, a part of them pasted into a
# member) are the candidates the scan analyses (its --list) plus the ones
# efcheck --list-candidates says cannot write the field.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
so=$("$top/testcases/real/fetch-kernel.sh" unstable --configure) ||
	{ echo "cannot fetch the 7.x tree"; exit 77; }
s612=$("$top/testcases/real/fetch-kernel.sh" stable) ||
	{ echo "cannot fetch the 6.12 tree"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() {
	tree=$1
	shift
	"$top/bin/efcheck" --grep-patterns=ere >"$tmp/ere"
	n=$(grep -rlE --include='*.[ch]' -f "$tmp/ere" "$tree" | wc -l)
	m=$("$top/bin/efcheck-scan" --list "$tree" | tr -cd '\0' | wc -c)
	"$top/bin/efcheck-scan" -j2 "$@" "$tree" >"$tmp/out" 2>"$tmp/err" && rc=0 || rc=$?
	{
		echo "rc=$rc"
		cat "$tmp/out"
		grep -v 'results are best effort' "$tmp/err"
	} >"$tmp/got"
	printf 'rc=0\nefcheck-scan: 0 findings in %s candidate file%s%s\n' "$m" \
		"$([ "$m" = 1 ] || echo s)" \
		"$([ "$n" = "$m" ] || echo "; $((n - m)) more name the field or the struct but cannot write it")" \
		>"$tmp/expected"
	diff -u "$tmp/expected" "$tmp/got"
}
check "${so% *}" -O "${so#* }"
check "${so% *}"
check "$s612"
exit 0
