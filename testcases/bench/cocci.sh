#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# cocci.sh - time each migration rule in each mode over a whole kernel tree
#
# Usage: cocci.sh [SRC]   (default: the newest Debian 7.x tree, fetched)
# Runs plain "make coccicheck MODE=m COCCI=rule" (no SPFLAGS: the rule's
# own "// Options:" line asks spatch for the git grep prefilter) on a git
# copy of the tree and, in the same run, "git grep -l" for the four names.
# Prints one line per rule and mode and fails if one takes more than 1.5
# times the git grep.  For each rule it also times, in the same run, the
# git grep that spatch itself runs for --use-gitgrep (caught by a git
# wrapper first in PATH): spatch 1.1.1 builds it as "( -e A -e B )", an
# extended expression that git cannot search with its fixed-string
# matcher, so that grep alone is the floor of what the rule can cost.
# Then each rule in report mode outside git (a
# hard-linked copy of Debian's tree), timed for information; it must print
# what it printed in the git copy.
# The conversion rule, mmap_to_prepare.cocci, has its own bench
# (convert.sh) and target.
# Exit: 0 within budget, 1 over or different, 77 no tree/spatch.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
. "$top/testcases/bench/lib.sh"
git_tree "${1:-}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s.%N; }
secs() { awk "BEGIN { print $2 - $1 }"; }
# findings DIR RULE MODE: what coccicheck prints, without its banners
findings() {
	make -s -C "$1" coccicheck MODE="$3" COCCI="$2" DEBUG_FILE=/dev/null 2>/dev/null |
		grep -v -e '^$' -e '^Please check' -e '^When using' -e ' --cocci-file ' \
			-e '^[0-9]* files match$' -e '^fatal: not a git repository' |
		sed "s|^$1/||; s|^\./||" | sort
}

# The baseline, best of three: the first run warms the page cache.
grep_s=
for i in 1 2 3; do
	t0=$(now)
	git -C "$git" grep -l -e error_hook -e success_hook -e error_filter \
		-e error_override >/dev/null
	s=$(secs "$t0" "$(now)")
	[ -z "$grep_s" ] || [ "$(awk "BEGIN { print ($s < $grep_s) }")" = 1 ] && grep_s=$s
done
printf '%-26s %-8s %6.2f s\n' "git grep -l" "" "$grep_s"
# A git that logs its arguments (NUL-separated) and runs the real git.
mkdir "$tmp/shim"
realgit=$(command -v git)
printf '#!/bin/sh\nprintf "%%s\\0" "$@" >>%s/git.log\nprintf "\\n" >>%s/git.log\nexec %s "$@"\n' \
	"$tmp" "$tmp" "$realgit" >"$tmp/shim/git"
chmod +x "$tmp/shim/git"
# floor RULE: the best of three runs of the git grep spatch runs for RULE
floor() {
	: >"$tmp/git.log"
	PATH=$tmp/shim:$PATH findings "$git" "$1" report >/dev/null
	grep -a '^grep' "$tmp/git.log" | head -n 1 | tr -d '\n' >"$tmp/grep.args"
	[ -s "$tmp/grep.args" ] || { echo 0; return; }
	best=
	for i in 1 2 3; do
		t0=$(now)
		(cd "$git" && xargs -0 -a "$tmp/grep.args" git >/dev/null)
		s=$(secs "$t0" "$(now)")
		[ -z "$best" ] || [ "$(awk "BEGIN { print ($s < $best) }")" = 1 ] && best=$s
	done
	echo "$best"
}
fail=0
rules="mmap_error_hook mmap_error_override mmap_success_hook"
for r in $rules; do
	rule=$top/cocci/$r.cocci
	f=$(floor "$rule")
	printf '%-26s %-8s %6.2f s  %5.2fx  floor: the git grep spatch runs\n' \
		"$(basename "$rule")" "" "$f" "$(awk "BEGIN { printf \"%.2f\", $f / $grep_s }")"
	for mode in patch report context org; do
		grep -q "^virtual $mode\$" "$rule" || continue
		t0=$(now)
		findings "$git" "$rule" $mode >"$tmp/$(basename "$rule").$mode"
		s=$(secs "$t0" "$(now)")
		ratio=$(awk "BEGIN { printf \"%.2f\", $s / $grep_s }")
		verdict=ok
		[ "$(awk "BEGIN { print ($ratio > 1.5) }")" = 1 ] && { verdict=OVER; fail=1; }
		printf '%-26s %-8s %6.2f s  %5.2fx  %s\n' "$(basename "$rule")" \
			$mode "$s" "$ratio" $verdict
	done
done
# Outside git (a hard-linked copy of Debian's tree): spatch's git grep
# fails, and spatch scans by itself.
cp -al "$src" "$tmp/src" || exit 1
for r in $rules; do
	rule=$top/cocci/$r.cocci
	t0=$(now)
	findings "$tmp/src" "$rule" report >"$tmp/nogit"
	s=$(secs "$t0" "$(now)")
	same=same
	cmp -s "$tmp/nogit" "$tmp/$(basename "$rule").report" || { same=DIFFERENT; fail=1; }
	printf '%-26s %-8s %6.2f s  %5.2fx  outside git, %s findings\n' \
		"$(basename "$rule")" report "$s" \
		"$(awk "BEGIN { printf \"%.2f\", $s / $grep_s }")" $same
done
exit $fail
