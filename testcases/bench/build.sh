#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# build.sh - what C=2 CHECK=efcheck adds to the whole x86_64 defconfig build
#
# Method, additive: under C=2 kbuild runs $(CHECK) as its own command after
# each compile, so a C=2 build costs the build plus the checker's runs.  Two
# whole builds would take too long on 2 cores, so on a copy of the cached
# configured O= dir of Debian's linux-source 7.x (make modules_prepare run
# first, outside the timing):
#   B   the whole build from clean objects, everything make builds by
#       default (vmlinux, modules, bzImage):
#		make O=<copy> -j<cores> C=2 CHECK=true
#       kbuild finds "true" no usable checker ("C=2 specified, but true is
#       not available") and runs none: this is the build alone;
#   Wt  then, the objects built, C=2 checks every file again without
#       rebuilding it: make C=2 CHECK=true, make's walk alone;
#   We  make C=2 CHECK=bin/efcheck, make's walk and efcheck on every file;
#       Wt and We run --runs times each (default 3), alternately: medians.
#   D = We - Wt is efcheck's share of a C=2 build, and the ratio judged is
#   (B + D) / B: target <= 1.1x.
# All figures are CPU time, user + system of every process a make waited
# for (getrusage RUSAGE_CHILDREN), which the machine's load moves less than
# wall-clock time; wall-clock figures are printed for information.  The
# files checked are counted with record_argv (lib.sh), untimed.
# On 7.2 the build takes about 45 CPU-minutes (2,983 C files checked),
# each walk under half a minute; the O= copy takes some GB of $TMPDIR and
# is removed on every exit.
# Usage: build.sh [--runs N]
# EFCHECK_BENCH_DIRS="drivers/char/" builds only those directories, with
# the same method (a quick try, not the target's figure).
# Exit: 0 target met, 1 target missed, 2 a build failed (or interrupted),
# 77 no tree or tool.
set -eu

top=${EFCHECK_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
efcheck=$top/bin/efcheck
runs=3
[ "${1:-}" != --runs ] || runs=${2:-3}
dirs=${EFCHECK_BENCH_DIRS:-}
for t in python3 make gcc; do
	command -v $t >/dev/null || { echo "$t is not installed"; exit 77; }
done
[ -x "$efcheck" ] || { echo "$efcheck is not built"; exit 77; }
so=$("$top/testcases/real/fetch-kernel.sh" unstable --configure) ||
	{ echo "cannot fetch the 7.x tree"; exit 77; }
src=${so% *}
cached=${so#* }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 2' HUP INT TERM
. "$top/testcases/bench/lib.sh"

# timed NAME CMD...: run CMD, its output into $tmp/NAME.log; write its
# wall-clock and CPU seconds into $tmp/NAME.t; return its status.
timed() {
	n=$1
	shift
	python3 -c '
import resource, subprocess, sys, time
w = time.monotonic()
r = subprocess.run(sys.argv[2:], stdin=subprocess.DEVNULL).returncode
w = time.monotonic() - w
u = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    f.write("%.3f %.3f\n" % (w, u.ru_utime + u.ru_stime))
sys.exit(r)
' "$tmp/$n.t" "$@" >"$tmp/$n.log" 2>&1
}

# failed NAME: show the end of what the make NAME said, and stop.
failed() {
	echo "bench: $1 failed:"
	tail -n 20 "$tmp/$1.log"
	exit 2
}

# A copy of the configured O= dir without the objects of earlier builds
# (the cache's users build slices in it), then the build's own tools
# (modpost, objtool) built once, outside the timing.
cp -a "$cached/." "$tmp/obj"
find "$tmp/obj" '(' -path "$tmp/obj/scripts" -o -path "$tmp/obj/tools" ')' \
	-prune -o '(' -name '*.o' -o -name '*.a' -o -name '*.ko' ')' \
	-type f -exec rm -f {} +
jobs=$(nproc)
make -s -C "$src" O="$tmp/obj" -j"$jobs" modules_prepare >"$tmp/setup.log" 2>&1 ||
	failed setup

make="make -s -C $src O=$tmp/obj -j$jobs C=2"
# shellcheck disable=SC2086
timed build $make CHECK=true $dirs || failed build
touch "$tmp/built"
i=1
while [ "$i" -le "$runs" ]; do
	# shellcheck disable=SC2086
	timed walk-true-$i $make CHECK=true $dirs || failed walk-true-$i
	# shellcheck disable=SC2086
	timed walk-efcheck-$i $make CHECK="$efcheck" $dirs || failed walk-efcheck-$i
	i=$((i + 1))
done
mkdir "$tmp/argv"
# shellcheck disable=SC2086
record_argv "$tmp/argv" ${make#make } $dirs >"$tmp/record.log" 2>&1 ||
	failed record
grep -q 'C=2 specified, but true is not' "$tmp/build.log" ||
	{ echo "bench: make C=2 CHECK=true ran a checker"; exit 2; }
# The walks must only check: objects they rebuilt would be timed as D.
rebuilt=$(find "$tmp/obj" -newer "$tmp/built" -name '*.o' | wc -l)

python3 - "$tmp" "$runs" "$jobs" "${dirs:-}" \
	"$(find "$tmp/argv" -name '*.argv' | wc -l)" "$rebuilt" <<'PY'
import os, statistics, sys
tmp, runs, jobs, dirs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
n, rebuilt = int(sys.argv[5]), int(sys.argv[6])
def t(name):
    return [float(x) for x in open(os.path.join(tmp, name + ".t")).read().split()]
def med(kind, i):
    return statistics.median(t("walk-%s-%d" % (kind, r))[i]
                             for r in range(1, runs + 1))
bw, b = t("build")
tw, tc = med("true", 0), med("true", 1)
ew, ec = med("efcheck", 0), med("efcheck", 1)
d, dw = ec - tc, ew - tw
what = ("the whole tree (vmlinux, modules, bzImage)" if not dirs else
        "only %s (EFCHECK_BENCH_DIRS: a quick try, not the target)" % dirs)
print("build bench: x86_64 defconfig, %s, from clean objects, -j%s; "
      "%d C files checked" % (what, jobs, n))
print("  additive: the checker runs as its own command after each compile, "
      "so a C=2 build costs the build plus the checker's runs")
print("  B, make C=2 CHECK=true (no checker runs):   %8.1f s CPU  (%.1f s wall)"
      % (b, bw))
print("  C=2 again on the built objects, medians of %d runs each:" % runs)
print("    make C=2 CHECK=true, make's walk:         %8.1f s CPU  (%.1f s wall)"
      % (tc, tw))
print("    make C=2 CHECK=efcheck, walk + efcheck:   %8.1f s CPU  (%.1f s wall)"
      % (ec, ew))
print("  D, efcheck's share: %.1f s CPU, %.1f ms a file (%.1f s wall)"
      % (d, 1000 * d / max(n, 1), dw))
ratio = (b + d) / b
ok = ratio <= 1.1
print("  %-52s %9s  target %-9s %s" % ("C=2 build, (B + D) / B, CPU time",
      "%.3fx" % ratio, "<= 1.1x", "ok" if ok else "FAIL"))
print("  (wall clock, (B + D) / B: %.3fx; it moves with the machine's load)"
      % ((bw + dw) / bw))
if rebuilt:
    print("bench: the C=2 walks rebuilt %d objects: D is not efcheck's alone"
          % rebuilt)
    sys.exit(2)
sys.exit(0 if ok else 1)
PY
