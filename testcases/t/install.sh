#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# install.sh - make install PREFIX= DESTDIR= gives a working efcheck (it
# finds efcheck-clang.so in PREFIX/lib/efcheck), its man page and the
# rules; make install-cocci KDIR= puts the rules where coccicheck looks.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
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
./share/man/man1/efcheck.1
EXP
cd "$top/testcases/check"
"$tmp/root/opt/ef/bin/efcheck" errno-literal.c -- -I../include/v7.2 \
	-I../include/common 2>"$tmp/out"
diff -u - "$tmp/out" <<'EXP'
errno-literal.c:7:32: warning: error_override = -11 is a bare number: use '-EAGAIN' [errno-literal]
errno-literal.c:8:32: warning: error_override = -12 is a bare number: use '-ENOMEM' [errno-literal]
errno-literal.c:9:32: warning: error_override = -5 is a bare number: use '-EIO' [errno-literal]
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
