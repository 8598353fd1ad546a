#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# equivalence.sh - every path reports the same findings.  Drivers are
# planted in a copy of the newest Debian 7.x tree (drivers/misc/efcheck_eq/,
# hooked into drivers/misc/Makefile): every check, every write form, a
# local header's macro and a positional initializer that names only
# struct mmap_action.  Compared by (file, line, column, check):
#	efcheck with kbuild's argv		make -n C=2 gives the argv
#	make C=1 CHECK=efcheck			the files that still compile
#	efcheck -p				a database of kbuild's commands
#	efcheck-scan -O, text, JSON and SARIF
#	efcheck-pre-commit on the staged files	EFCHECK_BUILD_DIR
#	efcheck-scan --patch on the commit	--format=json
# The pristine tree, its build directory and the cached git copy are
# never written: the drivers go to a hard-linked copy of the tree (cp -al;
# sed -i replaces files), a copy of the build directory, and a shared
# clone of the git copy (testcases/real/git-copy.sh).
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
real_tree
tmp=$(mktemp -d)
trap '[ -n "${EFCHECK_KEEP:-}" ] || rm -rf "$tmp"' EXIT
gc=$("$top/testcases/real/git-copy.sh" "$src") || { echo "no git copy of $src"; exit 77; }
cp -a "$obj" "$tmp/obj"
cp -al "$src" "$tmp/src"
s=$tmp/src
d=drivers/misc/efcheck_eq
mkdir "$s/$d"
sed -i '$a\
obj-y += efcheck_eq/' "$s/drivers/misc/Makefile"
cat >"$s/$d/Makefile" <<'EOF'
# SPDX-License-Identifier: GPL-2.0
obj-y += eq_errno.o eq_hook.o eq_filter.o
EOF
cat >"$s/$d/eq_hw.h" <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#ifndef EQ_HW_H
#define EQ_HW_H
#define EQ_FAIL(desc, err)                              \
	do {                                            \
		(desc)->action.error_override = (err);  \
	} while (0)
#endif
EOF
cat >"$s/$d/eq_errno.c" <<'EOF'
// SPDX-License-Identifier: GPL-2.0
/* efcheck equivalence test: one write per check and form */
#include <linux/errno.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include "eq_hw.h"

static void eq_set(struct vm_area_desc *desc, int err)
{
	desc->action.error_override = err;
}

static int eq_values(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	desc->action.error_override = -5000;
	desc->action.error_override = -ENOTSUPP;
	desc->action.error_override = -200;
	desc->action.error_override = -11;
	desc->action.error_override |= -EIO;
	return 0;
}

/* A 0 after a non-zero clears the override on purpose: only a lone 0 is
 * a no-op. */
static int eq_zero(struct vm_area_desc *desc)
{
	desc->action.error_override = 0;
	return 0;
}

static int eq_forms(struct vm_area_desc *desc)
{
	EQ_FAIL(desc, EBUSY);
	eq_set(desc, ENOMEM);
	desc->action = (struct mmap_action){ {}, MMAP_NOTHING, EIO };
	desc->action = (struct mmap_action){ .type = MMAP_NOTHING,
					     .error_override = -ERESTARTSYS };
	return 0;
}

const struct file_operations eq_fops[] = {
	{ .mmap_prepare = eq_values },
	{ .mmap_prepare = eq_forms },
	{ .mmap_prepare = eq_zero },
};
EOF
cat >"$s/$d/eq_hook.c" <<'EOF'
// SPDX-License-Identifier: GPL-2.0
/* efcheck equivalence test: hooks removed in v7.2 */
#include <linux/fs.h>
#include <linux/mm.h>

static int eq_error(int err)
{
	return -EAGAIN;
}

static int eq_hook_prepare(struct vm_area_desc *desc)
{
	desc->action.error_hook = eq_error;
	return 0;
}

const struct file_operations eq_hook_fops = {
	.mmap_prepare = eq_hook_prepare,
};
EOF
cat >"$s/$d/eq_filter.c" <<'EOF'
// SPDX-License-Identifier: GPL-2.0
/* efcheck equivalence test: the v1/v2 name of the field */
#include <linux/fs.h>
#include <linux/mm.h>

static int eq_filter_prepare(struct vm_area_desc *desc)
{
	desc->action.error_filter = -EAGAIN;
	return 0;
}

const struct file_operations eq_filter_fops = {
	.mmap_prepare = eq_filter_prepare,
};
EOF
# A shared clone of the git copy, with the planted copy as its work
# tree: efcheck-scan uses git grep, and the hook the index.
git clone -q --bare --shared "$gc" "$tmp/repo.git"
git --git-dir="$tmp/repo.git" config core.bare false
git --git-dir="$tmp/repo.git" config core.worktree "$s"
export GIT_DIR="$tmp/repo.git"
cd "$s"
git read-tree HEAD
files="$d/eq_errno.c $d/eq_hook.c $d/eq_filter.c"

# norm: "file:line:col:check" lines, sorted, from text findings on stdin
# (paths made relative to the tree).
norm() {
	sed -n "s|^\\($s/\\)\\{0,1\\}\\([^: ]*\\):\\([0-9]*\\):\\([0-9]*\\): [a-z]*: .* \\[\\([a-z-]*\\)\\]\$|\\2:\\3:\\4:\\5|p" |
		sort -u
}
jnorm() { jq -r '"\(.file):\(.line):\(.column):\(.check)"' | sort -u; }

# kbuild's argv for each file, without building: make -n C=2.
printf '#!/bin/sh\nexit 0\n' >"$tmp/printer"
chmod +x "$tmp/printer"
# shellcheck disable=SC2086
(cd "$s" && make -s -k -n O="$tmp/obj" C=2 CHECK="$tmp/printer" \
	$(for f in $files; do echo "${f%.c}.o"; done)) >"$tmp/make-n" 2>&1 || true
echo '[' >"$tmp/cdb.json"
sep=
for f in $files; do
	grep -F -- "$tmp/printer " "$tmp/make-n" | grep -F -- "$s/$f" | head -n 1 |
		sed "s|.*$tmp/printer ||" | xargs printf '%s\0' >"$tmp/${f##*/}.argv"
	[ -s "$tmp/${f##*/}.argv" ] || { echo "no argv for $f"; cat "$tmp/make-n"; exit 1; }
	(cd "$tmp/obj" && xargs -0 -a "$tmp/${f##*/}.argv" "$top/bin/efcheck") 2>>"$tmp/direct"
	printf '%s{"directory": "%s", "file": "%s", "arguments": [%s]}\n' "$sep" \
		"$tmp/obj" "$s/$f" "$(tr '\0' '\n' <"$tmp/${f##*/}.argv" |
			sed 's/["\\]/\\&/g; s/.*/"&"/' | paste -sd, | sed 's/^/"gcc",/')" >>"$tmp/cdb.json"
	sep=,
done
echo ']' >>"$tmp/cdb.json"
norm <"$tmp/direct" >"$tmp/expected"
# Every check (but the unresolved note, off by default) is in it.
"$top/bin/efcheck" --list-checks | awk '$3 == "on" { print $1 }' | sort >"$tmp/checks"
cut -d: -f4 "$tmp/expected" | sort -u | diff -u "$tmp/checks" - ||
	{ echo "the planted drivers miss a check"; cat "$tmp/direct"; exit 1; }
# Both positional initializers are in it.
grep -cE '^drivers/misc/efcheck_eq/eq_errno.c:(36|38):' "$tmp/expected" | grep -qx 2 ||
	{ echo "a positional initializer was missed"; cat "$tmp/expected"; exit 1; }

fail_path() {
	echo "$1 differs from efcheck with kbuild's argv (in $tmp):"
	diff -u "$tmp/expected" "$2"
	exit 1
}

# efcheck -p, from the drivers' directory, with relative paths (issue 10)
mkdir "$tmp/cdb"
mv "$tmp/cdb.json" "$tmp/cdb/compile_commands.json"
# shellcheck disable=SC2086
(cd "$s/$d" && "$top/bin/efcheck" -p ../../../../cdb eq_errno.c eq_hook.c eq_filter.c) \
	>"$tmp/p.out" 2>&1 || true
sed "s|^eq_|$d/eq_|" "$tmp/p.out" | norm >"$tmp/got.p"
cmp -s "$tmp/expected" "$tmp/got.p" || { cat "$tmp/p.out"; fail_path "efcheck -p" "$tmp/got.p"; }

# efcheck-scan: text, JSON, SARIF
for fmt in text json sarif; do
	"$top/bin/efcheck-scan" -q -j2 -O "$tmp/obj" --format=$fmt "$s" >"$tmp/scan.$fmt" || [ $? = 1 ]
done
norm <"$tmp/scan.text" >"$tmp/got.text"
jnorm <"$tmp/scan.json" >"$tmp/got.json"
jq -r '.runs[0].results[] | (.locations[0].physicalLocation) as $p |
	"\($p.artifactLocation.uri):\($p.region.startLine):\($p.region.startColumn):\(.ruleId)"' \
	"$tmp/scan.sarif" | sort -u >"$tmp/got.sarif"
for fmt in text json sarif; do
	cmp -s "$tmp/expected" "$tmp/got.$fmt" || fail_path "efcheck-scan --format=$fmt" "$tmp/got.$fmt"
done

# make C=1 CHECK=efcheck: kbuild checks a file after compiling it, so the
# hook and the old name, which no longer compile, are the compiler's
# errors, at the same line and column.
# gcc counts a tab as 8 columns unless told to count bytes, and puts a
# missing member at the '.' before it: one column left of efcheck's.
(cd "$s" && make -s -k O="$tmp/obj" C=1 CHECK="$top/bin/efcheck" \
	KCFLAGS=-fdiagnostics-column-unit=byte "$d/") >"$tmp/kb" 2>&1 || true
sed -e "s|^$s/\\([^:]*:[0-9]*:[0-9]*\\): error: [^ ]*struct mmap_action[^ ]* has no member named [^ ]*error_hook[^ ]*\$|\\1:removed-hook|p" \
	-e "s|^$s/\\([^:]*:[0-9]*:[0-9]*\\): error: [^ ]*struct mmap_action[^ ]* has no member named [^ ]*error_filter[^ ]*\$|\\1:renamed-field|p" \
	-e "s|^$s/\\([^:]*:[0-9]*:[0-9]*\\): [a-z]*: .* \\[\\([a-z-]*\\)\\]\$|\\1:\\2|p" \
	-n "$tmp/kb" |
	awk -F: -v OFS=: '$4 ~ /^(removed-hook|renamed-field)$/ { $3++ } { print }' |
	sort -u >"$tmp/got.kbuild"
cmp -s "$tmp/expected" "$tmp/got.kbuild" || { cat "$tmp/kb"; fail_path "make C=1" "$tmp/got.kbuild"; }

# The pre-commit hook on the staged files, and --patch on their commit.
git add -f -- drivers/misc/Makefile "$d"
EFCHECK_BUILD_DIR=$tmp/obj "$top/bin/efcheck-pre-commit" >"$tmp/hook" 2>&1 && rc=0 || rc=$?
[ "$rc" = 1 ] || { cat "$tmp/hook"; exit 1; }
norm <"$tmp/hook" >"$tmp/got.hook"
cmp -s "$tmp/expected" "$tmp/got.hook" || fail_path "efcheck-pre-commit" "$tmp/got.hook"

git -c user.name=t -c user.email=t@localhost commit -q --no-verify -m "efcheck_eq: plant"
git format-patch -q --stdout -1 >"$tmp/patch"
"$top/bin/efcheck-scan" --patch - -O "$tmp/obj" --format=json "$s" <"$tmp/patch" >"$tmp/patch.json" || [ $? = 1 ]
jnorm <"$tmp/patch.json" >"$tmp/got.patch"
cmp -s "$tmp/expected" "$tmp/got.patch" || fail_path "efcheck-scan --patch" "$tmp/got.patch"
exit 0
