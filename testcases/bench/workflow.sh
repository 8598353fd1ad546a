#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# workflow.sh - benchmark the workflows on the newest Debian 7.x tree
# against the targets of issue 4, each a ratio to a baseline measured in
# this same run, back to back in one hyperfine call (medians, after a
# warmup run, which also fills the hook's flags cache):
#   scan      efcheck-scan -j2 -O of the whole tree, again, on the
#             unchanged tree, with its --cache (kbuild flags and, where
#             efcheck-scan passes --result-cache, findings kept: the
#             warmup fills it) / git grep -l of the four names
#                                                         target <= 1.2x
#   cold scan the same with a new --cache each run, for information,
#             against its floor: git grep -l + efcheck on the one
#             candidate with kbuild's argv (one clang parse)   no target
#   kbuild    make C=2 CHECK=efcheck mm/ / the same with CHECK=true
#             (no mm/ file is a candidate), in CPU time (user + system,
#             means of the same runs; wall ratio for information)
#                                                         target <= 1.3x
#   hook-mem  pre-commit hook, commit touching the /dev/mem source / one
#             clang-19 parse of it with the flags the hook gives it
#                                                         target <= 1.2x
#   hook-none pre-commit hook, commit without candidate   target < 0.3 s
# Usage: workflow.sh [--runs N]   (default 5, three times that for the
# short hook runs; results on stdout)
# Exit: 0 every target met, 1 a target missed, 2 a command failed,
# 77 no tree or tool.
set -eu
top=${EFCHECK_TOP:-$(cd -- "$(dirname -- "$0")/../.." && pwd -P)}
runs=5
[ "${1:-}" != --runs ] || runs=${2:-5}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed"; exit 77; }
so=$("$top/testcases/real/fetch-kernel.sh" unstable --configure) ||
	{ echo "cannot fetch the 7.x tree"; exit 77; }
src=${so% *}
obj=${so#* }
gc=$("$top/testcases/real/git-copy.sh" "$src")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TMPDIR="$tmp"
PATH=$top/bin:$PATH

# hf NAME RUNS CMD...: hyperfine CMD... into $tmp/NAME.json; a failing
# command is shown and stops the benchmark.
hf() {
	n=$1
	r=$2
	shift 2
	hyperfine -N --style none --warmup 1 --runs "$r" \
		--export-json "$tmp/$n.json" "$@" >"$tmp/$n.out" 2>&1 || {
		cat "$tmp/$n.out"
		for c; do
			sh -c "$c" >/dev/null 2>"$tmp/err" ||
				{ echo "failed: $c"; cat "$tmp/err"; }
		done
		exit 2
	}
}
# median NAME I: the median time of command I (from 0) of hf NAME
median() { jq -r ".results[$2].median" "$tmp/$1.json"; }
# cpu NAME I: the mean user + system time of command I of hf NAME
cpu() { jq -r ".results[$2] | .user + .system" "$tmp/$1.json"; }

# The memory driver: drivers/char/mem.c up to 7.3, mm/char-mem.c after.
mem=drivers/char/mem.c
[ -f "$src/$mem" ] || mem=mm/char-mem.c
nfiles=$(git -C "$gc" ls-files | wc -l)

# kbuild's argv for the memory driver, as CHECK gets it, run from $obj.
printf '#!/bin/sh\nprintf "%%s\\0" "$@" >%s\n' "$tmp/memargv" >"$tmp/dumpargs"
chmod +x "$tmp/dumpargs"
make -s -C "$src" O="$obj" C=2 CHECK="$tmp/dumpargs" "${mem%.c}.o" >/dev/null
[ -s "$tmp/memargv" ] || { echo "make C=2 ${mem%.c}.o did not run the checker"; exit 2; }
printf '#!/bin/sh\ncd %s && exec xargs -0 -a %s %s\n' "$obj" "$tmp/memargv" \
	"$top/bin/efcheck" >"$tmp/parse.sh"
chmod +x "$tmp/parse.sh"

# One hyperfine call: git grep; the re-scan with its warm --cache; the
# cold scan, whose --prepare empties its --cache before each run; and
# efcheck on the candidate.
cd "$gc"
set -- "git grep -l -e error_override -e error_filter -e error_hook -e success_hook" \
	"efcheck-scan -q -j2 -O $obj --cache=$tmp/scan-cache --format=json ." \
	"efcheck-scan -q -j2 -O $obj --cache=$tmp/cold-cache --format=json ." \
	"$tmp/parse.sh"
hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$tmp/scan.json" \
	--prepare true --prepare true --prepare "rm -rf $tmp/cold-cache" --prepare true \
	"$@" >"$tmp/scan.out" 2>&1 || {
	cat "$tmp/scan.out"
	for c; do
		sh -c "$c" >/dev/null 2>"$tmp/err" ||
			{ echo "failed: $c"; cat "$tmp/err"; }
	done
	exit 2
}
# kbuild over mm/, whose files include mm/internal.h (which names
# struct mmap_action): the warmup builds what is missing.
hf kbuild "$runs" "make -s -C $src O=$obj C=2 CHECK=true mm/" \
	"make -s -C $src O=$obj C=2 CHECK=$top/bin/efcheck mm/"

# The hook runs in a bare shared clone of the git copy whose work tree is
# a hard-linked copy of the tree; the index is the pristine commit.
cp -al "$src" "$tmp/wt"
git clone -q --bare --shared "$gc" "$tmp/repo.git"
git --git-dir="$tmp/repo.git" config core.bare false
git --git-dir="$tmp/repo.git" config core.worktree "$tmp/wt"
export GIT_DIR="$tmp/repo.git"
cd "$tmp/wt"
git read-tree HEAD
printf '// SPDX-License-Identifier: GPL-2.0\nint efcheck_bench;\n' >drivers/efcheck-bench.c
git add -f -- drivers/efcheck-bench.c
hf none "$runs" "efcheck-pre-commit"
git read-tree HEAD
sed -i '$a\/* bench */' "$mem"
git add -f -- "$mem"
# One clang-19 parse of the same file with the flags the hook gives it.
mkdir "$tmp/fc"
efcheck --tree=. --flags-cache="$tmp/fc" --print-clang-args "$mem" |
	tr '\n' '\0' >"$tmp/flags0"
printf '#!/bin/sh\nxargs -0 -a %s clang-19 -fsyntax-only %s >/dev/null 2>&1 || true\n' \
	"$tmp/flags0" "$tmp/wt/$mem" >"$tmp/clang.sh"
chmod +x "$tmp/clang.sh"
hf hook "$((3 * runs))" "$tmp/clang.sh" "efcheck-pre-commit"

awk -v g="$(median scan 0)" -v s="$(median scan 1)" -v n="$(median none 0)" \
	-v cs="$(median scan 2)" -v cp="$(median scan 3)" \
	-v c="$(median hook 0)" -v h="$(median hook 1)" -v f="$nfiles" \
	-v kt="$(median kbuild 0)" -v ke="$(median kbuild 1)" \
	-v kct="$(cpu kbuild 0)" -v kce="$(cpu kbuild 1)" \
	-v t="$(basename -- "$src")" -v m="$mem" -v r="$runs" '
function line(what, val, target, good) {
	ok = ok && good
	printf "  %-50s %8s  target %-8s %s\n", what, val, target, good ? "ok" : "FAIL"
}
BEGIN {
	ok = 1
	printf "workflow bench: %s, %d files, hyperfine medians of %d runs (hook: %d)\n", t, f, r, 3 * r
	printf "  git grep -l, the four names: %.3f s; efcheck-scan -j2, re-scan with --cache: %.3f s\n", g, s
	printf "  efcheck-scan -j2, cold (new --cache): %.3f s; efcheck on %s, kbuild argv: %.3f s\n", cs, m, cp
	printf "  cold scan / git grep -l: %.2fx; its floor, (git grep -l + that parse) / git grep -l: %.2fx (no target)\n", cs / g, (g + cp) / g
	printf "  clang-19 -fsyntax-only %s: %.3f s; pre-commit hook: %.3f s\n", m, c, h
	printf "  make C=2 mm/, CHECK=true: %.3f s (%.3f s CPU); CHECK=efcheck: %.3f s (%.3f s CPU)\n", kt, kct, ke, kce
	line("efcheck-scan -O, tree, re-scan / git grep -l", sprintf("%.2fx", s / g), "<= 1.2x", s / g <= 1.2)
	line("make C=2 mm/, CHECK=efcheck / CHECK=true, CPU", sprintf("%.2fx", kce / kct), "<= 1.3x", kce / kct <= 1.3)
	printf "  (make C=2 mm/, wall clock: %.2fx; it moves with the load of the machine)\n", ke / kt
	line("pre-commit, " m " / clang-19 parse", sprintf("%.2fx", h / c), "<= 1.2x", h / c <= 1.2)
	line("pre-commit, no candidate file", sprintf("%.3f s", n), "< 0.3 s", n < 0.3)
	exit !ok
}'
