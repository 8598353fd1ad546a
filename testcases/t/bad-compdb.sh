#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bad-compdb.sh - efcheck -p on build directories it cannot use: each case
# has its exact exit value and stderr.
#
#   no such directory, or no compile_commands.json in it           2
#     efcheck: DIR/compile_commands.json: No such file or directory
#   malformed JSON         efcheck: DB:LINE:COL: <jansson's message> 2
#   JSON but no array      efcheck: DB: not a compile database ...   2
#   an entry without a usable command, directory or file            2
#   a FILE the database does not know (no neighbour's flags)        2
#     efcheck: DB: no entry for FILE
#   an entry whose file is gone     efcheck: FILE: No such file ... 2
set -u
top=${EFCHECK_TOP:-$(pwd)}
efcheck=$top/bin/efcheck
inc=$top/testcases/include
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"

mkdir "$tmp/w" "$tmp/w/b"
w=$tmp/w
cat >"$w/ok.c" <<'EOF'
#include <linux/mm_types.h>
#include <linux/errno.h>

static int demo_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	return 0;
}
EOF
finding="ok.c:6:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]"
db() {
	printf '%s\n' "$1" >"$w/b/compile_commands.json"
}
entry="{\"directory\": \"$w\", \"file\": \"ok.c\", \"arguments\": [\"gcc\", \"-I$inc/v7.2\", \"-I$inc/common\", \"-c\", \"-o\", \"ok.o\", \"ok.c\"]}"

db "[$entry]"
err=$finding
expect "a good database, for reference" 0 "$efcheck" -p b ok.c

err='efcheck: missing/compile_commands.json: No such file or directory'
expect "missing build directory" 2 "$efcheck" -p missing ok.c

mkdir "$w/empty"
err='efcheck: empty/compile_commands.json: No such file or directory'
expect "build directory without a database" 2 "$efcheck" -p empty

db "[$entry,"
err="efcheck: b/compile_commands.json:2:0: ']' expected near end of file"
expect "truncated JSON" 2 "$efcheck" -p b

db '[{"directory": "/tmp", "file": "x.c", "command": "cc -c x.c",}]'
err="efcheck: b/compile_commands.json:1:62: string or '}' expected near '}'"
expect "trailing comma" 2 "$efcheck" -p b

db '{"directory": "/tmp"}'
err='efcheck: b/compile_commands.json: not a compile database (no top-level array)'
expect "object instead of array" 2 "$efcheck" -p b

db "[{\"directory\": \"$w\", \"file\": \"ok.c\"}]"
err='efcheck: b/compile_commands.json: entry 0 has no usable "arguments" or "command"'
expect "entry without a command" 2 "$efcheck" -p b

db '[{"file": "ok.c", "command": "cc -c ok.c"}]'
err='efcheck: b/compile_commands.json: entry 0 has no "directory" or "file"'
expect "entry without a directory" 2 "$efcheck" -p b

db "[$entry]"
cp "$w/ok.c" "$w/other.c"
err='efcheck: b/compile_commands.json: no entry for other.c'
expect "database without the file" 2 "$efcheck" -p b other.c

db "[{\"directory\": \"$w\", \"file\": \"gone.c\", \"arguments\": [\"gcc\", \"-c\", \"gone.c\"]}]"
err="efcheck: $w/gone.c: No such file or directory"
expect "entry whose file is gone" 2 "$efcheck" -p b

db "[]"
expect "empty database" 0 "$efcheck" -p b

if [ "$failed" != 0 ]; then
	echo "$failed bad-compdb cases failed"
	exit 1
fi
