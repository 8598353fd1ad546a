#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# precommit-names.sh - the pre-commit hook on the demo tree: it checks the
# staged content, not the work tree; file names with spaces, a newline, a
# leading dash and shell metacharacters are checked and never executed; a
# commit without candidates passes at once; --install works with git commit.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ARCH=x86
gitc() { git -c user.name=t -c user.email=t@localhost "$@"; }

cp -a "$top/testcases/demo" "$tmp/tree"
cd "$tmp/tree"
git init -q .
git rm -q --cached -r . 2>/dev/null || true
git add -f Makefile include arch drivers/demo/good.c
gitc commit -q -m base

# Hostile names, each with a positive errno in the staged content.
nl='
'
for n in "with space.c" "new${nl}line.c" "-dash.c" "\$(touch PWNED).c" "a;touch PWNED2;.c"; do
	sed 's/= -EAGAIN;/= EAGAIN;/' drivers/demo/good.c >"drivers/demo/$n"
	git add -- "drivers/demo/$n"
done
# good.c: the work tree is wrong, the index is right: no finding.
sed -i 's/= -EAGAIN;/= EAGAIN;/' drivers/demo/good.c

"$top/bin/efcheck-pre-commit" >"$tmp/out" 2>&1 && rc=0 || rc=$?
echo "rc=$rc" >>"$tmp/out"
cat >"$tmp/expected" <<'EOX'
drivers/demo/$(touch PWNED).c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/-dash.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/a;touch PWNED2;.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/new
line.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/with space.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'
rc=1
EOX
diff -u "$tmp/expected" "$tmp/out"
if [ -n "$(find "$tmp" -name 'PWNED*' ! -name '*.c')" ]; then
	echo "a file name was executed"
	exit 1
fi

# --install, then git commit is blocked; the hook refuses to overwrite.
"$top/bin/efcheck-pre-commit" --install >"$tmp/inst"
echo "efcheck-pre-commit: installed $(git rev-parse --git-path hooks)/pre-commit" |
	diff -u - "$tmp/inst"
if gitc commit -q -m bad >/dev/null 2>"$tmp/blocked"; then
	echo "git commit was not blocked"
	exit 1
fi
grep -qx "efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'" \
	"$tmp/blocked" || { cat "$tmp/blocked"; echo "blocked, but not by the hook"; exit 1; }
"$top/bin/efcheck-pre-commit" --install 2>"$tmp/e" && exit 1
grep -q 'exists (use --install --force' "$tmp/e"

# A commit with no candidate file goes through (its speed is measured by
# make bench, not asserted here).
git reset -q
git checkout -q -- drivers/demo/good.c
echo 'x' >notes.txt
sed 's/error_override = -EAGAIN;/return 1;/' drivers/demo/good.c >drivers/demo/other.c
git add notes.txt drivers/demo/other.c
gitc commit -q -m fine
[ "$(git log --format=%s -1)" = fine ]

# efcheck cannot see code that the configuration leaves out; with
# "git config efcheck.cocci true" the cocci rules, which match text, can.
cat >drivers/demo/ifdef.c <<'EOC'
#include <linux/mm.h>

static int demo_ifdef_mmap_prepare(struct vm_area_desc *desc)
{
#ifdef CONFIG_DEMO_NOT_SET
	desc->action.error_override = EAGAIN;
#endif
	return 0;
}
EOC
git add drivers/demo/ifdef.c
"$top/bin/efcheck-pre-commit" >"$tmp/plain" 2>&1 ||
	{ cat "$tmp/plain"; echo "blocked without the cocci rules"; exit 1; }
git config efcheck.cocci true
"$top/bin/efcheck-pre-commit" >"$tmp/cocci" 2>&1 && { echo "efcheck.cocci: not blocked"; exit 1; }
diff -u - "$tmp/cocci" <<'EOX'
drivers/demo/ifdef.c:6:15: error: error_override set to positive 'EAGAIN': every mmap() then fails with -EINVAL; use '-EAGAIN' [errno-positive]
efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'
EOX
exit 0
