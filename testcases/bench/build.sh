#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# build.sh - what C=2 CHECK=efcheck adds to a real kernel build
#
# A slice of the x86_64 defconfig build of Debian's linux-source 7.x, not
# the whole tree: the directories mm/ (its internal.h names mmap_action,
# none of its files writes the field) and drivers/char/ (the /dev/mem
# source, a candidate), built from clean objects with
#	make O=<copy of the cached O= dir> -j<cores> C=2 CHECK=...
# once with CHECK=true and once with CHECK=bin/efcheck, in one hyperfine
# call whose --prepare removes the objects of those directories.  With
# CHECK=true kbuild finds no usable checker and runs none ("C=2 specified,
# but true is not available"): the baseline is the build alone.
# Target: efcheck's build costs at most 1.1x in CPU time (user + system of
# every process of the build, which the machine's load moves less than
# wall-clock time).  Also printed: efcheck alone on each file of the slice,
# with the argv kbuild gives it, as a share of the CHECK=true build's CPU
# time.  About 8 minutes on 2 cores.
# Usage: build.sh [--runs N]   (default 1 run of each build)
# EFCHECK_BENCH_DIRS="drivers/char/" builds another slice (a quick try).
# Exit: 0 target met, 1 target missed, 2 a build failed, 77 no tree or tool.
set -eu

top=${EFCHECK_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
efcheck=$top/bin/efcheck
runs=1
[ "${1:-}" != --runs ] || runs=${2:-1}
dirs=${EFCHECK_BENCH_DIRS:-mm/ drivers/char/}
command -v hyperfine >/dev/null || { echo "hyperfine is not installed"; exit 77; }
so=$("$top/testcases/real/fetch-kernel.sh" unstable --configure) ||
	{ echo "cannot fetch the 7.x tree"; exit 77; }
src=${so% *}
cached=${so#* }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
. "$top/testcases/bench/lib.sh"

# A copy of the configured O= dir, with the build's own tools (modpost,
# objtool) built once, outside the timed runs.
cp -a "$cached/." "$tmp/obj"
jobs=$(nproc)
make -s -C "$src" O="$tmp/obj" -j"$jobs" modules_prepare >"$tmp/setup" 2>&1 ||
	{ cat "$tmp/setup"; exit 2; }

# --prepare: the objects of the slice go, the rest of the build stays
for d in $dirs; do
	mkdir -p "$tmp/obj/$d"
done
{
	printf 'exec find'
	for d in $dirs; do
		printf " '%s'" "$tmp/obj/$d"
	done
	printf " '(' -name '*.o' -o -name '*.a' -o -name '*.ko' ')' -delete\n"
} >"$tmp/clean"
build="make -s -C $src O=$tmp/obj -j$jobs C=2"
# shellcheck disable=SC2086
hyperfine -N --style none --runs "$runs" --prepare "sh $tmp/clean" \
	--export-json "$tmp/h.json" \
	"$build CHECK=true $dirs" "$build CHECK=$efcheck $dirs" \
	>"$tmp/out" 2>&1 || {
	cat "$tmp/out"
	sh "$tmp/clean"
	$build CHECK="$efcheck" $dirs 2>&1 | tail -n 20
	exit 2
}
# The argv kbuild gives $(CHECK) for each file of the slice (C=2 checks
# every file again without building it), then efcheck alone on each, one
# after the other: its own CPU time, which the load moves less than the
# difference of two builds.
mkdir "$tmp/argv"
# shellcheck disable=SC2086
record_argv "$tmp/argv" ${build#make } $dirs >/dev/null 2>&1 ||
	{ echo "bench: recording kbuild's argv failed" >&2; exit 2; }

python3 - "$tmp/h.json" "$dirs" "$runs" "$jobs" "$tmp/argv" "$tmp/obj" \
	"$efcheck" <<'PY'
import json, os, resource, subprocess, sys
argvs = sorted(os.listdir(sys.argv[5]))
before = resource.getrusage(resource.RUSAGE_CHILDREN)
for a in argvs:
    args = open(os.path.join(sys.argv[5], a)).read().splitlines()
    subprocess.run([sys.argv[7]] + args, cwd=sys.argv[6], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
after = resource.getrusage(resource.RUSAGE_CHILDREN)
alone = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
n = len(argvs)
r = json.load(open(sys.argv[1]))["results"]
wall = [x["mean"] for x in r]
cpu = [x["user"] + x["system"] for x in r]
print("build bench: x86_64 defconfig, a slice of the tree, not all of it: "
      "%s from clean objects (%d C files), -j%s; hyperfine, %s run(s) each"
      % (sys.argv[2], n, sys.argv[4], sys.argv[3]))
print("  make C=2 CHECK=true (no checker runs): %.0f s wall, %.0f s CPU"
      % (wall[0], cpu[0]))
print("  make C=2 CHECK=efcheck:                %.0f s wall, %.0f s CPU"
      % (wall[1], cpu[1]))
ratio = cpu[1] / cpu[0]
ok = ratio <= 1.1
print("  %-52s %9s  target %-9s %s" % ("C=2 CHECK=efcheck / CHECK=true, CPU time",
      "%.3fx" % ratio, "<= 1.1x", "ok" if ok else "FAIL"))
print("  (wall clock: %.3fx; it moves with the machine's load)"
      % (wall[1] / wall[0]))
print("  (efcheck alone on the %d files, one by one: %.1f s CPU, %.1f%% of the"
      " CHECK=true build's)" % (n, alone, 100 * alone / cpu[0]))
sys.exit(0 if ok else 1)
PY
