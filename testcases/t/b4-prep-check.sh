#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# b4-prep-check.sh - "b4 prep --check" with efcheck-scan as the per-patch
# check, with a real b4 that has --check (testcases/real/fetch-b4.sh), on
# a series in the git copy of the 7.x tree (restored at the end).  Patch 1
# makes mem.c's override positive; patch 2 adds a comment above that
# line.  b4 runs the check for each patch with the tree at the end of the
# series, so efcheck-scan --patch must judge patch 1 on its own
# post-image: patch 1 fails, at its own line 360, and patch 2 passes.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
b4bin=$("$top/testcases/real/fetch-b4.sh") || { echo "cannot fetch b4"; exit 77; }
real_tree
gc=$("$top/testcases/real/git-copy.sh" "$src") || fail "cannot make a git copy of $src"
tmp=$(mktemp -d)
cd "$gc"
base=$(git rev-parse HEAD)
branch=$(git symbolic-ref --short HEAD)
restore() {
	cd "$gc"
	git checkout -q -f "$branch"
	git reset -q --hard "$base"
	git branch -q -D b4/efcheck-b4 2>/dev/null || true
	git config --unset b4.prep-perpatch-check-cmd || true
	rm -rf "$tmp"
}
trap restore EXIT
# b4 keeps its cache and data under HOME.
export HOME="$tmp/home" XDG_CACHE_HOME="$tmp/home/.cache" ARCH=x86
mkdir -p "$HOME"
b4() { "$b4bin/b4" "$@"; }
sob="Signed-off-by: efcheck <efcheck@localhost>"

b4 prep -n efcheck-b4 -f "$branch" >/dev/null 2>&1 || fail "b4 prep -n failed"
git config b4.prep-perpatch-check-cmd "$top/bin/efcheck-scan --patch -"
sed -i 's/error_override = -EAGAIN;/error_override = EAGAIN;/' drivers/char/mem.c
git commit -q -a -m "char: mem: return EAGAIN from a failed mmap remap" -m "$sob"
sed -i 's|^\tdesc->action.error_override = EAGAIN;|\t/*\n\t * A failed remap means the range is busy: let the caller retry.\n\t */\n&|' \
	drivers/char/mem.c
git commit -q -a -m "char: mem: say why a failed remap is retried" -m "$sob"

# b4 colours its verdicts even off a terminal: name them.
e=$(printf '\033')
b4 prep --check 2>&1 | sed -E -e "s/${e}\\[32m[^${e}]*${e}\\[0m/success/" \
	-e "s/${e}\\[31;5m[^${e}]*${e}\\[0m/fail/" -e "s/${e}\\[31m[^${e}]*${e}\\[0m/warning/" \
	-e 's/^(success|fail|warning) [0-9a-f]{12}:/\1 COMMIT:/' >"$tmp/out"
diff -u - "$tmp/out" <<EOX
Checking patches using:
  $top/bin/efcheck-scan --patch -
---
fail COMMIT: char: mem: return EAGAIN from a failed mmap remap
  fail efcheck-scan: ERROR: drivers/char/mem.c:360: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
success COMMIT: char: mem: say why a failed remap is retried
---
Success: 1, Warning: 0, Error: 1
EOX
