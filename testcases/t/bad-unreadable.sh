#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bad-unreadable.sh - a file efcheck may not read: one line, exit 2.
#
# root reads any file, so as root efcheck runs as nobody (setpriv); when
# that is not possible the test is skipped.
set -u
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
printf 'struct mmap_action;\n' >"$tmp/secret.c"
chmod 000 "$tmp/secret.c"

run=
if [ "$(id -u)" = 0 ]; then
	run="setpriv --reuid=65534 --regid=65534 --clear-groups --"
	if ! command -v setpriv >/dev/null ||
		! $run "$top/bin/efcheck" --version >/dev/null 2>&1; then
		echo "running as root and cannot run efcheck as nobody"
		exit 77
	fi
fi
cd "$tmp" || exit 1
$run "$top/bin/efcheck" secret.c >out 2>err </dev/null
echo "exit $?" >>err
printf '%s\n' 'efcheck: secret.c: Permission denied' 'exit 2' |
	diff -u - err || exit 1
diff -u /dev/null out
