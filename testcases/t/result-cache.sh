#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# result-cache.sh - efcheck --result-cache=DIR.  A hit prints byte for
# byte what a parse prints, with the same exit value, in every format and
# from every entry point (files, kbuild's argv, -p); touching the file or
# a header it includes, or changing a -D, is a miss; so is an entry that
# is corrupt or cut short.  An unwritable DIR costs one warning line, not
# a finding.
#
# A hit is told from a miss with a copy of efcheck that has no
# efcheck-clang.so beside it: it can only answer from the cache, and
# otherwise fails with "cannot load".
set -u
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
inc=$top/testcases/include
efcheck=$top/bin/efcheck
mkdir -p "$tmp/w/drivers/foo" "$tmp/nop/bin" "$tmp/build"
cp "$efcheck" "$tmp/nop/bin/efcheck"
nop=$tmp/nop/bin/efcheck
noload="efcheck: cannot load efcheck-clang.so: not found"

cat >"$tmp/w/drivers/foo/foo_hw.h" <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#ifndef FOO_HW_H
#define FOO_HW_H
#define FOO_MMAP_ERR EAGAIN
#define foo_set_err(desc, e) \
	do { \
		(desc)->action.error_override = (e); \
	} while (0)
#endif
EOF
cat >"$tmp/w/drivers/foo/foo.c" <<'EOF'
// SPDX-License-Identifier: GPL-2.0
#include <linux/mm_types.h>
#include "foo_hw.h"

#ifndef FOO_BUSY
#define FOO_BUSY -ENOTSUPP
#endif

static int foo_mmap_prepare(struct vm_area_desc *desc)
{
	if (desc->pgoff)
		foo_set_err(desc, FOO_MMAP_ERR);
	else
		desc->action.error_override = FOO_BUSY;
	return 0;
}
EOF
# Files changed in the last 2 s are not cached: date them back.
old() {
	s=$1
	shift
	touch -d "@$(($(date +%s) - s))" "$@"
}
old 60 "$tmp/w/drivers/foo/foo.c" "$tmp/w/drivers/foo/foo_hw.h"

flags="-I$inc/v7.2 -I$inc/common"
kflags="-D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise -Wno-return-void
-Wno-unknown-attribute -D__x86_64__ --arch=x86 -mlittle-endian -m64
-Wp,-MMD,drivers/foo/.foo.o.d -nostdinc $flags -DKBUILD_MODNAME=\"foo\""
jq -n --arg d "$tmp/w" --arg inc "$inc" '[
  {directory: $d, file: "drivers/foo/foo.c",
   arguments: ["gcc", "-c", ("-I" + $inc + "/v7.2"), ("-I" + $inc + "/common"),
               "-DFOO_BUSY=-ENOTSUPP", "-o", "drivers/foo/foo.o", "drivers/foo/foo.c"]}
]' >"$tmp/build/compile_commands.json"

cache=$tmp/cache
# run NAME EFCHECK ARGS...: in $tmp/w, output to $tmp/NAME.{out,err,rc}
run() {
	n=$1
	shift
	(cd "$tmp/w" && "$@") >"$tmp/$n.out" 2>"$tmp/$n.err" </dev/null
	echo $? >"$tmp/$n.rc"
}
# same A B: the two runs printed the same, byte for byte, and exited alike
same() {
	for x in out err rc; do
		cmp -s "$tmp/$1.$x" "$tmp/$2.$x" || {
			echo "FAIL $1 and $2 differ in $x"
			diff -u "$tmp/$2.$x" "$tmp/$1.$x" | sed 's/^/  /'
			failed=$((failed + 1))
			return
		}
	done
	echo "ok   $1 is $2"
}

# shellcheck disable=SC2086
run plain "$efcheck" drivers/foo/foo.c -- $flags
# Every entry point, every format: the parse fills the cache, the copy
# without libclang gives the same bytes back.
# shellcheck disable=SC2086
for fmt in text json sarif b4; do
	run plain.$fmt "$efcheck" --format=$fmt --werror drivers/foo/foo.c -- $flags
	run fill.$fmt "$efcheck" --result-cache="$cache" --format=$fmt --werror \
		drivers/foo/foo.c -- $flags
	run hit.$fmt "$nop" --result-cache="$cache" --format=$fmt --werror \
		drivers/foo/foo.c -- $flags
	same fill.$fmt plain.$fmt
	same hit.$fmt plain.$fmt
	run kplain.$fmt "$efcheck" --format=$fmt $kflags drivers/foo/foo.c
	run kfill.$fmt "$efcheck" --result-cache="$cache" --format=$fmt $kflags drivers/foo/foo.c
	run khit.$fmt "$nop" --result-cache="$cache" --format=$fmt $kflags drivers/foo/foo.c
	same khit.$fmt kplain.$fmt
	run pplain.$fmt "$efcheck" --format=$fmt -p "$tmp/build"
	run pfill.$fmt "$efcheck" --result-cache="$cache" --format=$fmt -p "$tmp/build"
	run phit.$fmt "$nop" --result-cache="$cache" --format=$fmt -p "$tmp/build"
	same phit.$fmt pplain.$fmt
done
# What the hits gave, so that "same" cannot pass on two empty outputs.
err='drivers/foo/foo.c:12:21: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '\''-EAGAIN'\'' [errno-positive]
drivers/foo/foo_hw.h:7:18: note: the macro writes the field here
drivers/foo/foo.c:14:33: warning: error_override = -ENOTSUPP (-524) is kernel-internal and reaches user space through mmap(): use '\''-EOPNOTSUPP'\'' [errno-internal]'
expect_file() {
	printf '%s\n' "$err" >"$tmp/want"
	if cmp -s "$tmp/want" "$tmp/$1.err" && [ "$(cat "$tmp/$1.rc")" = "$2" ]; then
		echo "ok   $1: the findings, exit $2"
	else
		echo "FAIL $1: exit $(cat "$tmp/$1.rc"), expected $2"
		diff -u "$tmp/want" "$tmp/$1.err" | sed 's/^/  /'
		failed=$((failed + 1))
	fi
	err=
}
expect_file hit.text 1

# miss NAME ARGS...: the copy without libclang must fail to load it
miss() {
	n=$1
	shift
	run "$n" "$nop" --result-cache="$cache" "$@"
	if [ "$(cat "$tmp/$n.rc")" = 2 ] && [ "$(cat "$tmp/$n.err")" = "$noload" ]; then
		echo "ok   $n is a miss"
	else
		echo "FAIL $n: not a miss (exit $(cat "$tmp/$n.rc"))"
		sed 's/^/  /' "$tmp/$n.err"
		failed=$((failed + 1))
	fi
}
# shellcheck disable=SC2086
{
	miss define drivers/foo/foo.c -- $flags -DFOO_BUSY=-EAGAIN
	miss disable --disable=errno-internal drivers/foo/foo.c -- $flags
	old 30 "$tmp/w/drivers/foo/foo_hw.h"
	miss touch-header drivers/foo/foo.c -- $flags
	# the parse after the change stores a new entry: a hit again
	run refill "$efcheck" --result-cache="$cache" drivers/foo/foo.c -- $flags
	run rehit "$nop" --result-cache="$cache" drivers/foo/foo.c -- $flags
	same rehit plain
	old 20 "$tmp/w/drivers/foo/foo.c"
	miss touch-file drivers/foo/foo.c -- $flags
	# an edit of the header that keeps its size and mtime is not seen:
	# that is what mtime caches trust (see efcheck(1))
}

# A corrupt entry and one cut short are misses, then overwritten; so is
# one whose JSON is whole but says something else than it was written
# with (each entry carries the hash of its text).
rm -r "$cache"
# shellcheck disable=SC2086
run fill "$efcheck" --result-cache="$cache" drivers/foo/foo.c -- $flags
entry=$(echo "$cache"/*)
[ -f "$entry" ] || fail "FAIL no one entry in $cache: $entry"
for how in truncate garbage nul empty wrongkey flip; do
	case $how in
	truncate) head -c 200 "$entry" >"$tmp/e" ;;
	garbage) printf 'efcheck\n\377\376{' >"$tmp/e" ;;
	nul) tr 'a' '\0' <"$entry" >"$tmp/e" ;;
	empty) : >"$tmp/e" ;;
	wrongkey) sed 's/"key":"[0-9a-f]*"/"key":"0"/' "$entry" >"$tmp/e" ;;
	flip) sed 's/is positive/is pozitive/' "$entry" >"$tmp/e" ;;
	esac
	cp "$tmp/e" "$entry"
	# shellcheck disable=SC2086
	miss corrupt-$how drivers/foo/foo.c -- $flags
	# shellcheck disable=SC2086
	run fixed-$how "$efcheck" --result-cache="$cache" drivers/foo/foo.c -- $flags
	same fixed-$how plain
done
# shellcheck disable=SC2086
run afterfix "$nop" --result-cache="$cache" drivers/foo/foo.c -- $flags
same afterfix plain

# Parallel runs (make -j) share DIR: the same findings from each, one
# entry, nothing left aside.
rm -r "$cache"
for i in 1 2 3 4; do
	# shellcheck disable=SC2086
	run par$i "$efcheck" --result-cache="$cache" drivers/foo/foo.c -- $flags &
done
wait
for i in 1 2 3 4; do
	same par$i plain
done
# shellcheck disable=SC2012
n=$(ls -A "$cache" | wc -l)
[ "$n" = 1 ] && echo "ok   parallel runs left one entry" ||
	{ echo "FAIL parallel runs left $n files:"; ls -A "$cache"; failed=$((failed + 1)); }

# An unwritable DIR (a path through a regular file, whoever runs this):
# one warning line, then the right findings and exit value.
: >"$tmp/file"
# shellcheck disable=SC2086
run nodir "$efcheck" --result-cache="$tmp/file/c" --werror drivers/foo/foo.c -- $flags
err="efcheck: warning: cannot write result cache '$tmp/file/c': Not a directory
drivers/foo/foo.c:12:21: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/foo/foo_hw.h:7:18: note: the macro writes the field here
drivers/foo/foo.c:14:33: warning: error_override = -ENOTSUPP (-524) is kernel-internal and reaches user space through mmap(): use '-EOPNOTSUPP' [errno-internal]"
expect_file nodir 1

# A file changed just now is checked but not kept.
cp -p "$tmp/w/drivers/foo/foo.c" "$tmp/w/drivers/foo/new.c"
touch "$tmp/w/drivers/foo/new.c"
# shellcheck disable=SC2086
run new "$efcheck" --result-cache="$cache" drivers/foo/new.c -- $flags
# shellcheck disable=SC2086
miss new-racy drivers/foo/new.c -- $flags

# A parse with errors is not kept: a header it did not find is no
# dependency, and adding it must be seen.
printf '#include "foo_missing.h"\n' >"$tmp/w/drivers/foo/broken.c"
cat "$tmp/w/drivers/foo/foo.c" >>"$tmp/w/drivers/foo/broken.c"
old 60 "$tmp/w/drivers/foo/broken.c"
# shellcheck disable=SC2086
run broken "$efcheck" --result-cache="$cache" drivers/foo/broken.c -- $flags
# shellcheck disable=SC2086
miss broken-kept drivers/foo/broken.c -- $flags

[ "$failed" = 0 ] || exit 1
