#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# precommit-framework.sh - the hook under Debian's pre-commit framework,
# offline, with this work tree as a local hook repository, on the git copy
# of the 7.x tree (restored at the end):
# - without efcheck installed, the first run fails with one clear line;
# - a bad value committed with --no-verify fails "run --all-files",
#   "run --files F" and "run --from-ref/--to-ref", on the work tree;
# - a staged change to a local header whose macro writes the field blocks
#   "git commit", and is reported in the .c file that includes it.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
command -v pre-commit >/dev/null ||
	{ echo "pre-commit not installed (make deps)"; exit 77; }
real_tree
gc=$("$top/testcases/real/git-copy.sh" "$src") || fail "cannot make a git copy of $src"
tmp=$(mktemp -d)
cd "$gc"
# A run that was killed may have left its branch checked out: start from
# the copy's own branch.
branch=$(git for-each-ref --format='%(refname:short)' refs/heads |
	grep -vx efcheck-precommit | head -n 1)
git checkout -q -f "$branch"
base=$(git rev-parse HEAD)
restore() {
	cd "$gc"
	rm -f .git/hooks/pre-commit
	git checkout -q -f "$branch"
	git reset -q --hard "$base"
	git branch -q -D efcheck-precommit 2>/dev/null || true
	git clean -q -f -- drivers/char .pre-commit-config.yaml
	git config --unset efcheck.builddir || true
	rm -rf "$tmp" .git/efcheck
}
trap restore EXIT
export ARCH=x86 PRE_COMMIT_HOME="$tmp/pch" PRE_COMMIT_COLOR=never
unset EFCHECK EFCHECK_SCAN EFCHECK_BUILD_DIR
gitc() { git -c user.name=t -c user.email=t@localhost "$@"; }

# The hook repository: this work tree's files, committed (bin/efcheck is
# built, so not in it, as in any clone).
mkdir "$tmp/hooks"
(cd "$top" && git ls-files -z --cached --others --exclude-standard |
	tar --null --verbatim-files-from -T - -cf -) | tar -xf - -C "$tmp/hooks"
(cd "$tmp/hooks" && git init -q && git add -A && gitc commit -q -m hooks)
rev=$(git -C "$tmp/hooks" rev-parse HEAD)

git checkout -q -B efcheck-precommit
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $tmp/hooks
    rev: $rev
    hooks:
      - id: efcheck
EOF
git add -f .pre-commit-config.yaml
gitc commit -q --no-verify -m "pre-commit config"
pre-commit install-hooks >/dev/null

# A bad value, committed past the hooks.
sed -i 's/error_override = -EAGAIN;/error_override = EAGAIN;/' drivers/char/mem.c
git add -f drivers/char/mem.c
gitc commit -q --no-verify -m "char: mem: override"

# run: pre-commit run ARGS..., with efcheck on PATH or not; prints its output
# and "rc=N".
run() {
	(pre-commit run "$@" 2>&1 && echo rc=0) || echo "rc=$?"
}
noef=$(printf '%s' "$PATH" | tr : '\n' | grep -vxF "$top/bin" | paste -sd:)
PATH=$noef run --files drivers/char/mem.c >"$tmp/out"
diff -u - "$tmp/out" <<'EOX'
efcheck (mmap_action error override).....................................Failed
- hook id: efcheck
- exit code: 2

efcheck-pre-commit: efcheck not found: run 'make install' in efcheck's source tree (puts efcheck on PATH), or set EFCHECK: the check could not run; bypass with 'git commit --no-verify'

rc=1
EOX

cat >"$tmp/bad" <<'EOX'
efcheck (mmap_action error override).....................................Failed
- hook id: efcheck
- exit code: 1

drivers/char/mem.c:360:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'

rc=1
EOX
for args in "--all-files" "--files drivers/char/mem.c" \
	"--from-ref HEAD~1 --to-ref HEAD"; do
	# shellcheck disable=SC2086
	run $args >"$tmp/out"
	diff -u "$tmp/bad" "$tmp/out" || fail "pre-commit run $args"
done
run --files mm/util.c drivers/char/random.c >"$tmp/out"
diff -u - "$tmp/out" <<'EOX'
efcheck (mmap_action error override).....................................Passed
rc=0
EOX

# A local header whose macro writes the field, included by mem.c; then a
# staged change to the header alone.  Its LINUX_VERSION_CODE branch needs
# the configured tree's generated headers: kbuild's flags.
git config efcheck.builddir "$obj"
git reset -q --hard HEAD~1
cat >drivers/char/mem_compat.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _MEM_COMPAT_H
#define _MEM_COMPAT_H

#include <linux/version.h>

#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)
#define mem_set_mmap_error(desc, err)                 \
	do {                                          \
		(desc)->action.error_override = (err); \
	} while (0)
#else
#define mem_set_mmap_error(desc, err) do { } while (0)
#endif

#endif
EOF
sed -i -e 's/^#include "mem_compat.h"$//' \
	-e 's/^\(#include <linux\/uaccess.h>\)$/\1\n#include "mem_compat.h"/' \
	-e 's/desc->action.error_override = -EAGAIN;/mem_set_mmap_error(desc, -EAGAIN);/' \
	drivers/char/mem.c
git add -f drivers/char/mem.c drivers/char/mem_compat.h
pre-commit install >/dev/null
gitc commit -q -m "char: mem: compat macro" >"$tmp/out" 2>&1 ||
	{ cat "$tmp/out"; fail "the good macro was blocked"; }
sed -i 's/(desc)->action.error_override = (err);/(desc)->action.error_override = -(err);/' \
	drivers/char/mem_compat.h
git add -f drivers/char/mem_compat.h
if gitc commit -q -m "char: mem: negate" >"$tmp/out" 2>&1; then
	fail "a bad macro in a staged header did not block the commit"
fi
diff -u - "$tmp/out" <<'EOX'
efcheck (mmap_action error override).....................................Failed
- hook id: efcheck
- exit code: 1

drivers/char/mem.c:361:2: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/char/mem_compat.h:10:18: note: the macro writes the field here
efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'

EOX
