#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert.sh - time mmap_to_prepare.cocci in report mode over a whole tree
#
# Usage: convert.sh [SRC]   (default: the newest Debian 7.x tree, fetched)
# "make coccicheck MODE=report COCCI=cocci/mmap_to_prepare.cocci" on a git
# copy of the tree, against "git grep -l" of the three remap functions in
# the same run.  Fails when the rule costs more than 2 times the git grep.
# So that the reader sees where the time goes, it also prints, in the same
# run, the two floors of any spatch run of this rule:
#   - the git grep that spatch itself runs for the rule's query (the
#     kernel's .cocciconfig gives --use-gitgrep): one "git grep -l -w
#     ( -e NAME )" per name of the query (file_operations, mmap), the
#     files that name both kept;
#   - "spatch --parse-c" of those files, two at a time as coccicheck's
#     --jobs on two cores, which is only Coccinelle's C parser.
# Exit: 0 within budget, 1 over, 77 no tree/spatch.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/testcases/bench/lib.sh"
git_tree "${1:-}"
rule=$top/cocci/mmap_to_prepare.cocci
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

now() { date +%s.%N; }
secs() { awk "BEGIN { print $2 - $1 }"; }
ratio() { awk "BEGIN { printf \"%.2f\", $1 / $2 }"; }

t0=$(now)
git -C "$git" grep -l -w -e remap_pfn_range -e io_remap_pfn_range \
	-e vm_iomap_memory >/dev/null
grep_s=$(secs "$t0" "$(now)")

# spatch prints its query as "a || b" but requires every name in it
# (testcases/t/convert-grep.sh); it runs one git grep per name.
names=$(spatch --parse-cocci -D report --sp-file "$rule" 2>/dev/null |
	sed -n '/^Grep query/{n;s/ || / /g;p;q}')
t0=$(now)
n=0
for w in $names; do
	git -C "$git" grep -l -w '(' -e "$w" ')' -- '*.[ch]' | sort >"$tmp/q$n"
	n=$((n + 1))
done
sgrep_s=$(secs "$t0" "$(now)")
cp "$tmp/q0" "$tmp/sel"
i=1
while [ $i -lt $n ]; do
	comm -12 "$tmp/sel" "$tmp/q$i" >"$tmp/and"
	mv "$tmp/and" "$tmp/sel"
	i=$((i + 1))
done
files=$(wc -l <"$tmp/sel")

t0=$(now)
(cd "$git" && xargs -P2 -n1 spatch --parse-c <"$tmp/sel" >/dev/null 2>&1)
parse_s=$(secs "$t0" "$(now)")

t0=$(now)
make -s -C "$git" coccicheck MODE=report COCCI="$rule" \
	DEBUG_FILE=/dev/null >/dev/null 2>&1
s=$(secs "$t0" "$(now)")
r=$(ratio "$s" "$grep_s")
verdict=ok
[ "$(awk "BEGIN { print ($r > 2) }")" = 1 ] && verdict=OVER
printf '%-44s %6.2f s\n' "git grep -l (remap names): baseline" "$grep_s"
printf '%-44s %6.2f s  %5.2fx\n' "floor: spatch's git grep ($(echo $names | tr ' ' +))" \
	"$sgrep_s" "$(ratio "$sgrep_s" "$grep_s")"
printf '%-44s %6.2f s  %5.2fx\n' "floor: spatch --parse-c of its $files files" \
	"$parse_s" "$(ratio "$parse_s" "$grep_s")"
printf '%-44s %6.2f s  %5.2fx  %s (target 2x)\n' "mmap_to_prepare report (make coccicheck)" \
	"$s" "$r" $verdict
[ $verdict = ok ]
