#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# install.sh - make install PREFIX= DESTDIR= gives every program, its man
# page and the rules; make install-cocci KDIR= puts the rules where
# coccicheck looks.  The installed bin/ is then symlinked, program by
# program, into a fake ~/bin, and efcheck (also --sparse), efcheck-sparse
# and efcheck-pre-commit run through those links (with nothing of this
# work tree on PATH): each finds its companions and efcheck-clang.so.
# efcheck-scan through the links: install-scan.sh.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
make -s -C "$top" install PREFIX=/opt/ef DESTDIR="$tmp/root" >/dev/null
(cd "$tmp/root/opt/ef" && find . -type f | sort) >"$tmp/files"
diff -u - "$tmp/files" <<'EXP'
./bin/efcheck
./bin/efcheck-pre-commit
./bin/efcheck-scan
./bin/efcheck-sparse
./lib/efcheck/efcheck-clang.so
./share/efcheck/cocci/mmap_error_hook.cocci
./share/efcheck/cocci/mmap_error_override.cocci
./share/efcheck/cocci/mmap_success_hook.cocci
./share/efcheck/cocci/mmap_to_prepare.cocci
./share/man/man1/efcheck-pre-commit.1
./share/man/man1/efcheck-scan.1
./share/man/man1/efcheck-sparse.1
./share/man/man1/efcheck.1
EXP
# Every man page renders without a warning.
for m in "$tmp"/root/opt/ef/share/man/man1/*.1; do
	MANWIDTH=80 man --warnings -l "$m" 2>&1 >/dev/null | diff -u /dev/null - ||
		{ echo "man page $m has warnings"; exit 1; }
done

mkdir -p "$tmp/home/bin"
for p in "$tmp"/root/opt/ef/bin/*; do
	ln -s "$p" "$tmp/home/bin/${p##*/}"
done
PATH=$tmp/home/bin:$(printf '%s' "$PATH" | tr : '\n' | grep -vxF "$top/bin" | paste -sd:)
unset EFCHECK EFCHECK_SCAN
export PATH

cd "$top/testcases/check"
efcheck errno-literal.c -- -I../include/v7.2 -I../include/common 2>"$tmp/out"
diff -u - "$tmp/out" <<'EXP'
errno-literal.c:7:32: warning: error_override = -11 is a bare number: use '-EAGAIN' [errno-literal]
errno-literal.c:8:32: warning: error_override = -12 is a bare number: use '-ENOMEM' [errno-literal]
errno-literal.c:9:32: warning: error_override = -5 is a bare number: use '-EIO' [errno-literal]
EXP
# No scripts/checker-valid.sh here: sparse runs, then efcheck, and no
# verdict is left behind.
# The same from "efcheck --sparse".
cat >"$tmp/sparse.exp" <<'EXP'
errno-literal.c:5:6: warning: symbol 'literal' was not declared. Should it be static?
errno-literal.c:7:32: warning: error_override = -11 is a bare number: use '-EAGAIN' [errno-literal]
errno-literal.c:8:32: warning: error_override = -12 is a bare number: use '-ENOMEM' [errno-literal]
errno-literal.c:9:32: warning: error_override = -5 is a bare number: use '-EIO' [errno-literal]
EXP
for check in efcheck-sparse "efcheck --sparse"; do
	$check -I../include/v7.2 -I../include/common errno-literal.c 2>"$tmp/out"
	[ -z "$(ls -A | grep '^\.efcheck-sparse' || true)" ] || fail "$check left a verdict in $PWD"
	diff -u "$tmp/sparse.exp" "$tmp/out"
done

# The hook on a staged bad file of the demo tree.
cp -a "$top/testcases/demo" "$tmp/tree"
cd "$tmp/tree"
git init -q .
git add -f Makefile include arch drivers/demo/good.c
git -c user.name=t -c user.email=t@localhost commit -q -m base
git add -f drivers/demo/positive.c
ARCH=x86 efcheck-pre-commit >"$tmp/out" 2>&1 && rc=0 || rc=$?
echo "rc=$rc" >>"$tmp/out"
diff -u - "$tmp/out" <<'EXP'
drivers/demo/positive.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
efcheck-pre-commit: commit blocked by the findings above; bypass with 'git commit --no-verify'
rc=1
EXP

mkdir -p "$tmp/linux/scripts/coccinelle/api"
make -s -C "$top" install-cocci KDIR="$tmp/linux" >/dev/null
ls "$tmp/linux/scripts/coccinelle/api" >"$tmp/rules"
diff -u - "$tmp/rules" <<'EXP'
mmap_error_hook.cocci
mmap_error_override.cocci
mmap_success_hook.cocci
mmap_to_prepare.cocci
EXP
