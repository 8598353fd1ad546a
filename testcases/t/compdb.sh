#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# compdb.sh - efcheck -p BUILD_DIR: every entry, named entries, "command"
# strings with quotes, relative -I paths, and the same output for any -j.
# A file the database does not know is an error, never a neighbour's flags.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
inc=$top/testcases/include
mkdir -p "$tmp/src/drv" "$tmp/build"
cp "$top/testcases/check/errno-positive.c" "$tmp/src/drv/a.c"
cp "$top/testcases/check/compound-assign.c" "$tmp/src/drv/b c.c"
cp "$top/testcases/check/silent-valid.c" "$tmp/src/drv/c.c"
ln -s "$inc/v7.2" "$tmp/src/v72"
# a.c: "arguments" with an -I relative to "directory"; "b c.c": a shell
# "command" with quoting; c.c: clean.
jq -n --arg d "$tmp/src" --arg inc "$inc" '[
  {directory: $d, file: "drv/a.c",
   arguments: ["gcc", "-c", "-Iv72", ("-I" + $inc + "/common"),
               "-Wp,-MMD,drv/.a.o.d", "-o", "drv/a.o", "drv/a.c"]},
  {directory: $d, file: "drv/b c.c",
   command: ("gcc -c -DNAME=\"\\\"x y\\\"\" -I" + $inc + "/v7.2 -I" + $inc + "/common -o \"drv/b c.o\" \"drv/b c.c\"")},
  {directory: $d, file: ($d + "/drv/c.c"),
   arguments: ["gcc", "-c", "-Iv72", ("-I" + $inc + "/common"), "drv/c.c"]}
]' >"$tmp/build/compile_commands.json"

cd "$tmp/src"
efcheck -p "$tmp/build" 2>"$tmp/all" || { cat "$tmp/all"; exit 1; }
sed "s|$tmp/src/||" "$tmp/all" >"$tmp/all.rel"
diff -u - "$tmp/all.rel" <<'EXP'
drv/a.c:7:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drv/a.c:13:32: error: error_override = 3 is positive: every mmap() fails with -EINVAL; use a negative errno [errno-positive]
drv/a.c:19:32: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
drv/b c.c:7:15: error: compound assignment '|=' to error_override: assign one negative errno instead [compound-assign]
drv/b c.c:8:15: error: compound assignment '+=' to error_override: assign one negative errno instead [compound-assign]
drv/b c.c:9:10: error: compound assignment '-=' to error_override: assign one negative errno instead [compound-assign]
drv/b c.c:10:10: error: compound assignment '++' to error_override: assign one negative errno instead [compound-assign]
drv/b c.c:11:17: error: compound assignment '--' to error_override: assign one negative errno instead [compound-assign]
EXP
# no dependency file was written
[ ! -e drv/.a.o.d ] || { echo "efcheck wrote drv/.a.o.d"; exit 1; }

# -j gives the same bytes
efcheck -j 3 -p "$tmp/build" 2>"$tmp/j3"
cmp "$tmp/all" "$tmp/j3"

# a named entry, given relative to the current directory
efcheck -p "$tmp/build" "drv/b c.c" 2>"$tmp/one"
grep -v '^drv/b c.c:' "$tmp/one" && { echo "other files reported"; exit 1; }
[ "$(wc -l <"$tmp/one")" = 5 ]

# a file the database does not know: an error, not a neighbour's command
cp drv/a.c drv/d.c
set +e
efcheck -p "$tmp/build" drv/d.c 2>"$tmp/unknown"
rc=$?
set -e
[ "$rc" = 2 ] || { echo "exit $rc for an unknown file"; exit 1; }
diff -u - "$tmp/unknown" <<EXP
efcheck: $tmp/build/compile_commands.json: no entry for drv/d.c
EXP
