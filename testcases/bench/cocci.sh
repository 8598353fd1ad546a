#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# cocci.sh - time each cocci rule in each mode over a whole kernel tree
#
# Usage: cocci.sh [SRC]   (default: the newest Debian 7.x tree, fetched)
# Runs "make coccicheck MODE=m COCCI=rule" on a git copy of the tree (the
# git grep prefilter needs one) and, in the same run, "git grep -l" for the
# four names.  Prints one line per rule and mode and fails if one takes more
# than 3 times the git grep.  Exit: 0 within budget, 1 over, 77 no tree/spatch.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
command -v spatch >/dev/null || { echo "spatch not installed"; exit 77; }
src=${1:-$("$top/testcases/real/fetch-kernel.sh" unstable)} ||
	{ echo "no kernel tree"; exit 77; }
git=$("$top/testcases/real/git-copy.sh" "$src") || exit 1
exec 9>"$git.lock"
flock 9

now() { date +%s.%N; }
secs() { awk "BEGIN { print $2 - $1 }"; }

t0=$(now)
git -C "$git" grep -l -e error_hook -e success_hook -e error_filter \
	-e error_override >/dev/null
grep_s=$(secs "$t0" "$(now)")
printf '%-26s %-8s %6.2f s\n' "git grep -l" "" "$grep_s"
fail=0
for rule in "$top"/cocci/*.cocci; do
	for mode in patch report context org; do
		grep -q "^virtual $mode\$" "$rule" || continue
		t0=$(now)
		make -s -C "$git" coccicheck MODE=$mode COCCI="$rule" \
			DEBUG_FILE=/dev/null >/dev/null 2>&1
		s=$(secs "$t0" "$(now)")
		ratio=$(awk "BEGIN { printf \"%.2f\", $s / $grep_s }")
		verdict=ok
		[ "$(awk "BEGIN { print ($ratio > 3) }")" = 1 ] && { verdict=OVER; fail=1; }
		printf '%-26s %-8s %6.2f s  %5.2fx  %s\n' "$(basename "$rule")" \
			$mode "$s" "$ratio" $verdict
	done
done
exit $fail
