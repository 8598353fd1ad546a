#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-patch.sh - efcheck-scan --patch, as "b4 prep --check" runs it: only
# findings on lines the patch adds, one line each, ERROR: for errors.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ARCH=x86

cp -a "$top/testcases/demo" "$tmp/tree"
cd "$tmp/tree"
git init -q .
git add -f .
git -c user.name=t -c user.email=t@localhost commit -q -m base
# good.c gains a positive errno and a kernel-internal one; literal.c's
# existing finding is not on an added line and must not show.
sed -i 's/\t\(desc->action.error_override = -EAGAIN;\)/\t\1\n\tdesc->action.error_override = EBUSY;\n\tdesc->action.error_override = -EPROBE_DEFER;/' \
	drivers/demo/good.c
printf '// a trailing comment\n' >>drivers/demo/literal.c
git -c user.name=t -c user.email=t@localhost commit -q -a -m change
git format-patch -q --stdout -1 >"$tmp/p"

"$top/bin/efcheck-scan" --patch - <"$tmp/p" >"$tmp/out" 2>"$tmp/err" && rc=0 || rc=$?
cat >"$tmp/expected" <<'EOX'
ERROR: drivers/demo/good.c:9: error_override = 16 is positive: every mmap() fails with -EINVAL; use '-EBUSY' [errno-positive]
WARNING: drivers/demo/good.c:10: error_override = -EPROBE_DEFER (-517) is kernel-internal and reaches user space through mmap(): use '-EAGAIN' [errno-internal]
rc=1
EOX
echo "rc=$rc" >>"$tmp/out"
cat "$tmp/err" >>"$tmp/out"
diff -u "$tmp/expected" "$tmp/out"

# A patch that adds nothing wrong gives nothing, and exit 0.
git show HEAD~1 --format=email -- drivers/demo/good.c >"$tmp/p0"
"$top/bin/efcheck-scan" --patch "$tmp/p0" >"$tmp/out0" 2>&1
[ ! -s "$tmp/out0" ] || { cat "$tmp/out0"; exit 1; }

# Something that is not a patch is a mistake: one line, exit 2, not a
# series without findings.
printf 'Subject: notes\n\nsee the attached file\n' >"$tmp/notpatch"
for f in "$tmp/notpatch" /dev/null; do
	"$top/bin/efcheck-scan" --patch "$f" >"$tmp/o" 2>"$tmp/e" && rc=0 || rc=$?
	echo "efcheck: '$f' holds no patch (no 'diff' line or '@@' hunk)" |
		diff -u - "$tmp/e" || exit 1
	[ "$rc" = 2 ] && [ ! -s "$tmp/o" ] || { echo "$f: rc=$rc"; exit 1; }
done
exit 0
