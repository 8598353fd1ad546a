#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# precommit-files.sh - the hook given file names, as the pre-commit
# framework gives them, on the demo tree: a named staged file is checked
# as staged, a named unstaged one as it is in the work tree, names that
# are not .c/.h files are ignored, and a .c/.h name that does not exist,
# one out of the work tree, or an unknown option is an error (exit 2).
# "./x.c", an absolute name and one relative to a subdirectory are the
# same file as "x.c".  A staged local
# header whose macro writes the field brings in the .c files that include
# it, directly, from a subdirectory ("../"), or through another local
# header.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ARCH=x86
gitc() { git -c user.name=t -c user.email=t@localhost "$@"; }
hook() {
	"$top/bin/efcheck-pre-commit" "$@" >"$tmp/out" 2>&1 && rc=0 || rc=$?
	echo "rc=$rc" >>"$tmp/out"
}
blocked="efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'"

cp -a "$top/testcases/demo" "$tmp/tree"
cd "$tmp/tree"
git init -q .
git add -f Makefile include arch drivers/demo/good.c
gitc commit -q -m base

# Staged: good; work tree: bad.  Named, it is checked as staged.
sed -i 's/= -EAGAIN;/= EAGAIN;/' drivers/demo/good.c
sed 's/demo_good/demo_staged/' drivers/demo/good.c >drivers/demo/staged.c
git add -f drivers/demo/staged.c
sed -i 's/= EAGAIN;/= -EAGAIN;/' drivers/demo/staged.c
# "./x.c", "/abs/x.c" and, from a subdirectory, "x.c" name the same file.
for name in drivers/demo/staged.c ./drivers/demo/staged.c "$tmp/tree/drivers/demo/staged.c" \
	"cd drivers/demo && staged.c"; do
	case $name in
	cd*) (cd drivers/demo && hook staged.c) ;;
	*) hook "$name" ;;
	esac
	diff -u - "$tmp/out" <<'EOX' || { echo "named as '$name'"; exit 1; }
drivers/demo/staged.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'
rc=1
EOX
done
# A name out of the work tree is an error, never a copy out of it.
hook ../outside.c
diff -u - "$tmp/out" <<EOX
efcheck-pre-commit: '../outside.c' is outside the work tree $tmp/tree
rc=2
EOX
git reset -q -- drivers/demo/staged.c
git add -f drivers/demo/staged.c
# A missing file, an unknown option: one error line, exit 2.
hook README drivers/demo/gone.c drivers/demo/good.c
diff -u - "$tmp/out" <<'EOX'
efcheck-pre-commit: cannot read 'drivers/demo/gone.c'
rc=2
EOX
hook --bogus drivers/demo/good.c
diff -u - "$tmp/out" <<'EOX'
efcheck-pre-commit: unknown option '--bogus' (see --help; a file name that begins with '-' goes after '--')
rc=2
EOX
# Not staged: the work tree, whatever the index says; other names ignored.
hook -- README drivers/demo/good.c drivers/demo/staged.c
diff -u - "$tmp/out" <<EOX
drivers/demo/good.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
$blocked
rc=1
EOX
git checkout -q -- drivers/demo/good.c
gitc commit -q -m staged

# Local headers.  demo_ovr.h defines the writing macro; wrap.h includes
# it; sub/deep.c reaches it as "../demo_ovr.h"; other/ has its own
# demo_ovr.h, which only declares the field.
mkdir -p drivers/demo/sub drivers/demo/other
cat >drivers/demo/demo_ovr.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _DEMO_OVR_H
#define _DEMO_OVR_H

#define DEMO_MMAP_ERR	(-EAGAIN)
#define demo_set_mmap_error(desc)                              \
	do {                                                   \
		(desc)->action.error_override = DEMO_MMAP_ERR; \
	} while (0)

#endif
EOF
printf '/* SPDX-License-Identifier: GPL-2.0 */\n#include "demo_ovr.h"\n' >drivers/demo/wrap.h
cat >drivers/demo/other/demo_ovr.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
struct demo_other_action {
	int error_override;
};
EOF
for f in direct:demo_ovr.h nested:wrap.h sub/deep:../demo_ovr.h other/other:demo_ovr.h; do
	c=drivers/demo/${f%%:*}.c
	n=$(basename "${f%%:*}")
	cat >"$c" <<EOF
// SPDX-License-Identifier: GPL-2.0
#include <linux/mm.h>
#include "${f#*:}"

static int demo_${n}_mmap_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
#ifdef demo_set_mmap_error
	demo_set_mmap_error(desc);
#endif
	return 0;
}
EOF
done
git add -f drivers/demo/demo_ovr.h drivers/demo/wrap.h drivers/demo/direct.c \
	drivers/demo/nested.c drivers/demo/sub drivers/demo/other
hook
diff -u - "$tmp/out" <<'EOX'
rc=0
EOX
gitc commit -q -m headers

# The staged header now writes a positive value; the work tree's copy is
# still right.  Without names (git's hook) and with the name (the
# framework), the three users are reported.
sed -i 's/(-EAGAIN)/EAGAIN/' drivers/demo/demo_ovr.h
git add drivers/demo/demo_ovr.h
sed -i 's/^#define DEMO_MMAP_ERR\tEAGAIN/#define DEMO_MMAP_ERR\t(-EAGAIN)/' drivers/demo/demo_ovr.h
cat >"$tmp/want" <<EOX
drivers/demo/direct.c:9:2: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/demo_ovr.h:8:18: note: the macro writes the field here
drivers/demo/nested.c:9:2: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/demo_ovr.h:8:18: note: the macro writes the field here
drivers/demo/sub/deep.c:9:2: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/demo_ovr.h:8:18: note: the macro writes the field here
$blocked
rc=1
EOX
hook
diff -u "$tmp/want" "$tmp/out"
hook drivers/demo/demo_ovr.h
diff -u "$tmp/want" "$tmp/out"
# An includer that is not staged is read from the work tree: a line
# added there moves its finding.
sed -i 's|^{$|{\n\t/* work tree only */|' drivers/demo/direct.c
hook
sed 's|direct\.c:9:2|direct.c:10:2|' "$tmp/want" | diff -u - "$tmp/out"
git checkout -q -- drivers/demo/direct.c
# Named but not staged: the work tree's header is right.
git reset -q -- drivers/demo/demo_ovr.h
hook drivers/demo/demo_ovr.h
diff -u - "$tmp/out" <<'EOX'
rc=0
EOX
