#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert.sh - time mmap_to_prepare.cocci in report mode over a whole tree
#
# Usage: convert.sh [SRC]   (default: the newest Debian 7.x tree, fetched)
# "make coccicheck MODE=report COCCI=cocci/mmap_to_prepare.cocci" on a git
# copy of the tree, against "git grep -l" of the three remap functions in
# the same run.  Fails when the rule costs more than 2 times the git grep.
# Exit: 0 within budget, 1 over, 77 no tree/spatch.
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
git -C "$git" grep -l -w -e remap_pfn_range -e io_remap_pfn_range \
	-e vm_iomap_memory >/dev/null
grep_s=$(secs "$t0" "$(now)")
t0=$(now)
make -s -C "$git" coccicheck MODE=report COCCI="$top/cocci/mmap_to_prepare.cocci" \
	DEBUG_FILE=/dev/null >/dev/null 2>&1
s=$(secs "$t0" "$(now)")
ratio=$(awk "BEGIN { printf \"%.2f\", $s / $grep_s }")
verdict=ok
[ "$(awk "BEGIN { print ($ratio > 2) }")" = 1 ] && verdict=OVER
printf '%-26s %6.2f s\n' "git grep -l (remap names)" "$grep_s"
printf '%-26s %6.2f s  %5.2fx  %s\n' "mmap_to_prepare report" "$s" "$ratio" $verdict
[ $verdict = ok ]
