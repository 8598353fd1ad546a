#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# sparse.sh - efcheck --sparse, kbuild's CHECK that runs sparse first, with
# a stand-in sparse that logs its argv and a stand-in checker-valid.sh
# that logs its own and gives a fixed verdict: which argv sparse gets,
# the exit status rules, the verdict kept per build directory, the one
# "skipped" line, and bad input.  The real trees: real-sparse.sh and
# real-checker-valid.sh.
#
#   sparse exits S, efcheck E      exit E, or S when E is 0
#   --sparse=/nonexistent          efcheck: --sparse: cannot run ...    2
#   --sparse=                      efcheck: --sparse= needs a program   2
#   $SPARSE not on PATH            efcheck: --sparse: cannot run ...    2
#   no $SPARSE, no sparse on PATH  efcheck alone, said once             E
set -u
top=${EFCHECK_TOP:-$(pwd)}
efcheck=$top/bin/efcheck
inc=$top/testcases/include
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"

mkdir -p "$tmp/w" "$tmp/bin" "$tmp/tree/scripts"
cat >"$tmp/w/bad.c" <<'EOF'
#include <linux/mm_types.h>
#include <linux/errno.h>

static int demo_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	return 0;
}
EOF
echo 'int clean;' >"$tmp/w/clean.c"
bad="bad.c:6:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]"
# The stand-in sparse: its argv on stdout, one warning, exit $FAKE_RC.
cat >"$tmp/bin/fake-sparse" <<'EOF'
#!/bin/sh
echo "sparse: $*"
echo "w.c:1:1: warning: from sparse" >&2
exit "${FAKE_RC:-0}"
EOF
# The stand-in checker-valid.sh: its argv, to $VALID_LOG; "$VERDICT".
cat >"$tmp/tree/scripts/checker-valid.sh" <<'EOF'
echo "checker-valid.sh: $*" >>"$VALID_LOG"
echo "$VERDICT"
EOF
chmod +x "$tmp/bin/fake-sparse"
fs=$tmp/bin/fake-sparse
kb="-D__linux__ -Wbitwise --arch=x86 -m64 -Wp,-MMD,dep.d -I $inc/v7.2 -I$inc/common"
# No tree here: no scripts/checker-valid.sh under ., so sparse runs.
export srctree="$tmp/none" VALID_LOG="$tmp/valid.log"

# --- argv and exit status ---------------------------------------------------
# shellcheck disable=SC2086 # $kb: kbuild's flags, word-split
out="sparse: $kb bad.c"
err="w.c:1:1: warning: from sparse
$bad"
expect "sparse gets kbuild's argv, less efcheck's options" 0 \
	"$efcheck" --sparse="$fs" --format=text -j 1 $kb bad.c

out="sparse: $kb clean.c"
err="w.c:1:1: warning: from sparse"
expect "sparse fails, efcheck 0: sparse's status" 3 \
	env FAKE_RC=3 "$efcheck" --sparse="$fs" $kb clean.c

out="sparse: $kb bad.c"
err="w.c:1:1: warning: from sparse
$bad"
expect "sparse fails, efcheck 1 (--werror): efcheck's" 1 \
	env FAKE_RC=3 "$efcheck" --werror --sparse="$fs" $kb bad.c

out="sparse: -I $inc/v7.2 missing.c"
err="w.c:1:1: warning: from sparse
efcheck: missing.c: No such file or directory"
expect "sparse fails, efcheck 2: efcheck's" 2 \
	env FAKE_RC=3 "$efcheck" --sparse="$fs" -I "$inc/v7.2" missing.c

out="sparse: $kb clean.c"
err="w.c:1:1: warning: from sparse"
expect "\$SPARSE names sparse" 0 env SPARSE="$fs" "$efcheck" --sparse $kb clean.c
out="sparse: $kb clean.c"
err="w.c:1:1: warning: from sparse"
expect "sparse found on PATH" 0 \
	env PATH="$tmp/bin:$PATH" SPARSE=fake-sparse "$efcheck" --sparse $kb clean.c

out="sparse: $kb clean.c"
err="w.c:1:1: warning: from sparse"
expect "through efcheck-sparse" 3 \
	env FAKE_RC=3 SPARSE="$fs" "$top/bin/efcheck-sparse" $kb clean.c

out="sparse: $kb clean.c"
err="w.c:1:1: warning: from sparse"
expect "--sparse twice: sparse runs once" 3 \
	env FAKE_RC=3 "$efcheck" --sparse="$fs" --sparse $kb clean.c

out="efcheck 1.0"
expect "no file: sparse does not run" 0 "$efcheck" --sparse="$fs" --version

# --- bad input ----------------------------------------------------------------
err="efcheck: --sparse: cannot run '/nonexistent': No such file or directory"
expect "--sparse=/nonexistent" 2 "$efcheck" --sparse=/nonexistent $kb clean.c
err="efcheck: --sparse: cannot run '$tmp': not an executable file"
expect "--sparse=DIRECTORY" 2 "$efcheck" --sparse="$tmp" $kb clean.c
err="efcheck: --sparse= needs a program"
expect "--sparse=" 2 "$efcheck" --sparse= $kb clean.c
err="efcheck: --sparse: cannot run 'no-such-sparse': not found on PATH"
expect "sparse not on PATH" 2 env SPARSE=no-such-sparse "$efcheck" --sparse $kb clean.c
# none named and none installed: efcheck runs alone, as when the tree
# rejects sparse, and says so once per build directory
mkdir "$tmp/nobin"
err="efcheck-sparse: sparse not found on PATH: sparse skipped, efcheck only"
expect "no sparse at all: said once" 0 env -u SPARSE PATH="$tmp/nobin" "$efcheck" --sparse $kb clean.c
expect "no sparse at all: said once, not twice" 0 env -u SPARSE PATH="$tmp/nobin" "$efcheck" --sparse $kb clean.c
rm -rf "$tmp/w/.efcheck-sparse."*

# --- scripts/checker-valid.sh -----------------------------------------------
# kbuild runs the checker from the build directory ($tmp/w) with $srctree
# exported.  The script gets sparse and the CHECKFLAGS: the arguments
# before -Wp,.  It runs once per build directory; the first .c file says
# "skipped", once; the tree's own validation run (a file without .c) not.
export srctree="$tmp/tree"
skipped="efcheck-sparse: $fs fails this tree's scripts/checker-valid.sh: sparse skipped, efcheck only"
: >"$VALID_LOG"
err="efcheck: tmp.XYZ: not a C source file (a .c or .h name, or -x c)"
expect "rejected, validation run: no skipped line" 2 \
	env VERDICT=0 "$efcheck" --sparse="$fs" -D__linux__ --arch=x86 tmp.XYZ
err="$skipped
$bad"
expect "rejected, first .c file: one line" 0 \
	env VERDICT=0 "$efcheck" --sparse="$fs" $kb bad.c
err=$bad
expect "rejected, next .c file: silent" 0 \
	env VERDICT=1 "$efcheck" --sparse="$fs" $kb bad.c
out=".efcheck-sparse.invalid
.efcheck-sparse.said
checker-valid.sh: $fs -D__linux__ --arch=x86"
expect "rejected: the verdict, and one run of the script" 0 \
	sh -c 'ls -A | grep "^\.efcheck-sparse"; cat "$VALID_LOG"'

rm -rf "$tmp/w/.efcheck-sparse."*
: >"$VALID_LOG"
out="sparse: $kb bad.c"
err="w.c:1:1: warning: from sparse
$bad"
expect "accepted: sparse runs" 0 env VERDICT=1 "$efcheck" --sparse="$fs" $kb bad.c
out="sparse: $kb bad.c"
err="w.c:1:1: warning: from sparse
$bad"
expect "accepted, kept: sparse runs" 0 env VERDICT=0 "$efcheck" --sparse="$fs" $kb bad.c
out=".efcheck-sparse.valid
checker-valid.sh: $fs -D__linux__ -Wbitwise --arch=x86 -m64"
expect "accepted: the verdict, and one run of the script" 0 \
	sh -c 'ls -A | grep "^\.efcheck-sparse"; cat "$VALID_LOG"'

# Without $srctree, O='s "source" link names the tree.
rm -rf "$tmp/w/.efcheck-sparse."*
ln -s "$tmp/tree" "$tmp/w/source"
unset srctree
err="$skipped"
expect "the source link, rejected" 0 \
	env VERDICT=0 "$efcheck" --sparse="$fs" $kb clean.c
rm -rf "$tmp/w/.efcheck-sparse."* "$tmp/w/source"

[ "$failed" = 0 ]
