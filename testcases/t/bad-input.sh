#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# bad-input.sh - efcheck on files, names, flags and options it cannot use:
# each case has its exact exit value and its exact stderr and stdout.
#
# What a kernel developer gets (exit 2 = could not do what was asked):
#   missing file, directory        efcheck: F: <strerror>                   2
#   binary file (NUL bytes)        efcheck: F: not a C source file ...      2
#   a name not .c or .h, no -x     efcheck: F: not a C source file ...      2
#   empty file, garbage without    nothing: the prefilter lets it go        0
#     a candidate name
#   garbage naming the struct      the parse-error summary line             0
#   name with space, non-UTF-8     findings as usual; JSON gets U+FFFD      0
#   name with a leading dash       ./-x.c works; -x.c is a compiler flag    0/2
#   unknown compiler flag          efcheck: warning: ... ignored            0
#   missing include directory      the parse-error summary line             0
#   unknown option, check, format  efcheck: unknown ... (see efcheck --help) 2
set -u
top=${EFCHECK_TOP:-$(pwd)}
efcheck=$top/bin/efcheck
inc=$top/testcases/include
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"

mkdir "$tmp/w" "$tmp/w/dir.c"
cat >"$tmp/w/ok.c" <<'EOF'
#include <linux/mm_types.h>
#include <linux/errno.h>

static int demo_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	return 0;
}
EOF
finding() {
	printf "%s:6:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]" "$1"
}
set -- -- "-I$inc/v7.2" "-I$inc/common"

# --- files -----------------------------------------------------------------
err=$(finding ok.c)
expect "a good file, for reference" 0 "$efcheck" ok.c "$@"

err='efcheck: missing.c: No such file or directory'
expect "missing file" 2 "$efcheck" missing.c "$@"

err="$(finding ok.c)
efcheck: missing.c: No such file or directory"
expect "missing file next to a good one" 2 "$efcheck" ok.c missing.c "$@"

err='efcheck: dir.c: Is a directory'
expect "directory" 2 "$efcheck" dir.c "$@"

: >"$tmp/w/empty.c"
expect "empty file" 0 "$efcheck" empty.c "$@"

head -c 8192 "$efcheck" >"$tmp/w/binary.c"
err='efcheck: binary.c: not a C source file (it contains NUL bytes)'
expect "binary file named .c" 2 "$efcheck" binary.c "$@"

printf 'all:\n\t$(MAKE) -C drivers\n' >"$tmp/w/Makefile"
err='efcheck: Makefile: not a C source file (a .c or .h name, or -x c)'
expect "a Makefile" 2 "$efcheck" Makefile "$@"
err='efcheck: Makefile: not a C source file (a .c or .h name, or -x c)'
expect "a Makefile next to a good file: nothing analysed" 2 "$efcheck" ok.c Makefile "$@"
cp "$tmp/w/ok.c" "$tmp/w/ok.txt"
err=$(finding ok.txt)
expect "a .txt file with -x c" 0 "$efcheck" ok.txt "$@" -x c

# Bytes 1..255 with no NUL: text garbage that passes the prefilter only
# when it names the struct.
awk 'BEGIN { for (i = 0; i < 4096; i++) printf "%c", 1 + (i * 37) % 255 }' \
	</dev/null >"$tmp/w/garbage.c"
expect "garbage without a candidate name" 0 "$efcheck" garbage.c "$@"
{ echo 'x.error_override = 1;'; cat "$tmp/w/garbage.c"; } >"$tmp/w/garbage2.c"
err="efcheck: 1 of 1 files had parse errors, findings may be incomplete; first: garbage2.c:1:1: unknown type name 'x'"
expect "garbage naming the struct" 0 "$efcheck" garbage2.c "$@"

awk 'BEGIN { s = "{{{{{{{{{{"; while (length(s) < 150000) s = s s;
	s = substr(s, 1, 150000); t = s; gsub(/\{/, "}", t); print s t }' \
	</dev/null >"$tmp/w/braces.c"
expect "300 kB line of braces" 0 "$efcheck" braces.c "$@"

# --- names -----------------------------------------------------------------
cp "$tmp/w/ok.c" "$tmp/w/with space.c"
err=$(finding "with space.c")
expect "name with a space" 0 "$efcheck" "with space.c" "$@"

cp "$tmp/w/ok.c" "$tmp/w/-dash.c"
err=$(finding ./-dash.c)
expect "leading dash, as ./-dash.c" 0 "$efcheck" ./-dash.c "$@"

err='efcheck: no input file (see efcheck --help)'
expect "leading dash, bare: a compiler flag" 2 "$efcheck" -dash.c "$@"

latin1=$(printf 'caf\351.c')
cp "$tmp/w/ok.c" "$tmp/w/$latin1"
err=$(finding "$latin1")
expect "non-UTF-8 name" 0 "$efcheck" "$latin1" "$@"

out="{\"file\":\"caf\\uFFFD.c\",\"line\":6,\"column\":32,\"severity\":\"error\",\"check\":\"errno-positive\",\"message\":\"error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN'\",\"notes\":[],\"fix\":{\"line\":6,\"column\":32,\"end_column\":38,\"replacement\":\"-EAGAIN\"},\"fingerprint\":\"fb45bd7542ac096d:1\"}"
expect "non-UTF-8 name, JSON" 0 "$efcheck" --format=json "$latin1" "$@"

# --- compiler flags ----------------------------------------------------------
err="$(finding ok.c)
efcheck: warning: unknown compiler flag '-fno-such-flag' ignored"
expect "unknown compiler flag" 0 "$efcheck" ok.c "$@" -fno-such-flag

err="efcheck: 1 of 1 files had parse errors, findings may be incomplete; first: ok.c:1:10: 'linux/mm_types.h' file not found"
expect "missing include directory" 0 "$efcheck" ok.c -- -I"$tmp/none" -I"$inc/common"

# --- options ---------------------------------------------------------------
err="efcheck: unknown option '--no-such-option' (see efcheck --help)"
expect "unknown option" 2 "$efcheck" --no-such-option ok.c "$@"

err="efcheck: unknown check 'no-such-check' (see efcheck --help)"
expect "unknown check in --enable" 2 "$efcheck" --enable=no-such-check ok.c "$@"

err="efcheck: unknown check 'nope' (see efcheck --help)"
expect "unknown check in --disable" 2 "$efcheck" --disable=errno-zero,nope ok.c "$@"

err="efcheck: unknown format 'bogus' (see efcheck --help)"
expect "--format=bogus" 2 "$efcheck" --format=bogus ok.c "$@"

err="efcheck: -j wants a number from 1 to 64, not '0' (see efcheck --help)"
expect "-j 0" 2 "$efcheck" -j 0 ok.c "$@"

err="efcheck: option '-j' needs a value (see efcheck --help)"
expect "-j without a value" 2 "$efcheck" ok.c -j

err='efcheck: no input file (see efcheck --help)'
expect "no argument at all" 2 "$efcheck"

# --- --merge -----------------------------------------------------------------
err="efcheck: $tmp/w: Is a directory"
expect "--merge of a directory" 2 "$efcheck" --merge "$tmp/w"
err="efcheck: -x.json: No such file or directory"
expect "--merge, a file after --" 2 "$efcheck" --merge -- -x.json

# --- a kernel tree (--tree) --------------------------------------------------
err="efcheck: cannot enter the directory of '--tree=$tmp/none' (see efcheck --help)"
expect "--tree: no such directory" 2 "$efcheck" --tree="$tmp/none" ok.c
err="efcheck: --tree needs --flags-cache=DIR (see efcheck --help)"
expect "--tree without --flags-cache" 2 "$efcheck" --tree=. ok.c
err="efcheck: --kbuild, --staged and --flags-cache need --tree (see efcheck --help)"
expect "--kbuild without --tree" 2 "$efcheck" --kbuild=. ok.c
err="efcheck: --kbuild and -p exclude each other (see efcheck --help)"
expect "--kbuild and -p" 2 "$efcheck" --tree=. --kbuild=. -p . ok.c
# not a kernel tree: make prints no checker command
mkdir "$tmp/t" "$tmp/t/obj" "$tmp/fc"
cp "$tmp/w/ok.c" "$tmp/t/ok.c"
"$efcheck" --tree="$tmp/t" --kbuild="$tmp/t/obj" --flags-cache="$tmp/fc" ok.c \
	>"$tmp/stdout" 2>"$tmp/stderr" </dev/null && rc=0 || rc=$?
echo "efcheck: kbuild printed no checker command for $tmp/t/obj ($(tail -n 1 "$tmp"/fc/kb-*/make.err))" |
	diff -u - "$tmp/stderr" && [ "$rc" = 2 ] && [ ! -s "$tmp/stdout" ] ||
	{ echo "FAIL --kbuild on a tree that is not a kernel's: exit $rc"; failed=$((failed + 1)); }

if [ "$failed" != 0 ]; then
	echo "$failed bad-input cases failed"
	exit 1
fi
