#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# workflow.sh - benchmark the workflows on the newest Debian 7.x tree and
# print the ratios the issue sets, all measured in this one run:
#   scan      efcheck-scan of the whole tree / git grep -l of the four names
#             (limit 1.5)
#   hook-none pre-commit hook, commit without candidate file (limit 0.3 s)
#   hook-mem  pre-commit hook, commit touching mem.c / one clang-19 parse
#             of mem.c with the same flags (limit 1.2)
# Usage: workflow.sh [--runs N]   (hyperfine, 2 jobs; results on stdout)
# Exit: 0 measured (limits are reported, not enforced), 77 no tree or tool.
set -eu
top=${EFCHECK_TOP:-$(cd -- "$(dirname -- "$0")/../.." && pwd -P)}
runs=5
[ "${1:-}" != --runs ] || runs=${2:-5}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed"; exit 77; }
so=$("$top/testcases/real/fetch-kernel.sh" unstable --configure) ||
	{ echo "cannot fetch the 7.x tree"; exit 77; }
src=${so% *}
gc=$("$top/testcases/real/git-copy.sh" "$src")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TMPDIR="$tmp"
PATH=$top/bin:$PATH

mean() { jq -r '.results[0].mean' "$1"; }
hf() {
	n=$1
	shift
	hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$tmp/$n.json" \
		"$@" >/dev/null 2>&1 || hyperfine --style none --warmup 1 --runs "$runs" \
		--export-json "$tmp/$n.json" "$@" >/dev/null
}

# The memory driver: drivers/char/mem.c up to 7.3, mm/char-mem.c after.
mem=drivers/char/mem.c
[ -f "$src/$mem" ] || mem=mm/char-mem.c
nfiles=$(git -C "$gc" ls-files | wc -l)

cd "$gc"
hf grep "git grep -l -e error_override -e error_filter -e error_hook -e success_hook"
hf scan "efcheck-scan -q -j2 --format=json ."

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
hf none "efcheck-pre-commit"
git read-tree HEAD
sed -i '$a\/* bench */' "$mem"
git add -f -- "$mem"
hf hook "efcheck-pre-commit"
# One clang-19 parse of the same file with the flags the hook gives it.
printf '%s\0' "$mem" >"$tmp/f"
efcheck-scan -q --print-args --files-from="$tmp/f" . |
	tr '\0' '\n' | sed -n '/^--$/,/^$/p' | sed '1d;$d' >"$tmp/flags"
tr '\n' '\0' <"$tmp/flags" >"$tmp/flags0"
printf '#!/bin/sh\nxargs -0 -a %s clang-19 -fsyntax-only %s >/dev/null 2>&1 || true\n' \
	"$tmp/flags0" "$tmp/wt/$mem" >"$tmp/clang.sh"
chmod +x "$tmp/clang.sh"
hf clang "$tmp/clang.sh"

g=$(mean "$tmp/grep.json")
s=$(mean "$tmp/scan.json")
n=$(mean "$tmp/none.json")
h=$(mean "$tmp/hook.json")
c=$(mean "$tmp/clang.json")
awk -v g="$g" -v s="$s" -v n="$n" -v h="$h" -v c="$c" -v f="$nfiles" \
	-v t="$(basename -- "$src")" -v m="$mem" 'BEGIN {
	printf "tree %s, %d files, 2 jobs, means of hyperfine runs\n", t, f
	printf "git grep -l (four names)   %6.3f s\n", g
	printf "efcheck-scan (whole tree)  %6.3f s   ratio %.2f (limit 1.50)\n", s, s / g
	printf "pre-commit, no candidate   %6.3f s   (limit 0.300 s)\n", n
	printf "clang-19 parse of %-8s %6.3f s\n", m, c
	printf "pre-commit, %-14s %6.3f s   ratio %.2f (limit 1.20)\n", m, h, h / c
}'
