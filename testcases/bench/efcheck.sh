#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# efcheck.sh - efcheck's cost per file against clang-19 -fsyntax-only
#
# On the real kernel tree (Debian linux-source 7.x, O= build), for the
# /dev/mem source and a file with no candidate, both with kbuild's own
# argv, measure in one run:
#   - efcheck on the /dev/mem file vs clang-19 -fsyntax-only with the
#     same (filtered) flags, in CPU time and in instructions (callgrind,
#     immune to the machine's load): target ratio <= 1.15;
#   - efcheck on a file with no candidate: target < 5 ms, and its ratio to
#     the clang parse of that file.
# Capturing kbuild's argv runs the tree's make (C=2 with a recorder).
set -eu

top=${EFCHECK_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
efcheck=$top/bin/efcheck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
. "$top/testcases/bench/lib.sh"

set -- $("$top/testcases/real/fetch-kernel.sh" unstable --configure)
src=$1 obj=$2

memc=drivers/char/mem.c
[ -f "$src/$memc" ] || memc=mm/char-mem.c
plain=lib/string.c
if [ -n "$(cd "$src" && "$efcheck" --list-candidates "$plain")" ]; then
	echo "bench: $plain is a candidate now; pick another plain file" >&2
	exit 2
fi

# The argv kbuild gives $(CHECK), one argument a line (record_argv).
mkdir "$tmp/argv"
record_argv "$tmp/argv" -s -C "$src" O="$obj" C=2 "${memc%.c}.o" "${plain%.c}.o" \
	>/dev/null 2>&1 || true
for f in "$memc" "$plain"; do
	b=$(basename "$f")
	cat "$tmp/argv/"*_"$b.argv" >"$tmp/$b.argv" 2>/dev/null || true
	[ -s "$tmp/$b.argv" ] || { echo "bench: no kbuild argv for $f" >&2; exit 2; }
	# efcheck's and clang's command lines, as shell-quoted scripts
	{
		printf 'cd %s && exec %s' "$obj" "$efcheck"
		sed "s/'/'\\\\''/g; s/^/ '/; s/\$/'/" "$tmp/$b.argv" | tr -d '\n'
		echo
	} >"$tmp/$b.efcheck"
	(cd "$obj" && tr '\n' '\0' <"$tmp/$b.argv" |
		xargs -0 "$efcheck" --print-clang-args) >"$tmp/$b.clangargs"
	{
		printf 'cd %s && exec clang-19 -fsyntax-only' "$obj"
		sed "s/'/'\\\\''/g; s/^/ '/; s/\$/'/" "$tmp/$b.clangargs" | tr -d '\n'
		printf " '%s'\n" "$(tail -n 1 "$tmp/$b.argv")"
	} >"$tmp/$b.clang"
done

mb=$(basename "$memc") pb=$(basename "$plain")
hyperfine -N --style none --warmup 2 --runs 15 --export-json "$tmp/h.json" \
	"sh $tmp/$mb.efcheck" "sh $tmp/$mb.clang" \
	"sh $tmp/$pb.efcheck" "sh $tmp/$pb.clang" "sh -c true" >/dev/null
# Instructions do not depend on what else the machine is doing.
for t in efcheck clang; do
	valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null \
		sh "$tmp/$mb.$t" 2>&1 >/dev/null |
		sed -n 's/.*Collected : //p' | tail -n 1 >"$tmp/$t.ir"
done

python3 - "$tmp/h.json" "$memc" "$plain" "$tmp/efcheck.ir" "$tmp/clang.ir" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
wall = [x["mean"] for x in r]
cpu = [x["user"] + x["system"] for x in r]
ir = [int(open(f).read() or 0) for f in sys.argv[4:6]]
ok = True
def line(what, val, target, good):
    global ok
    ok &= good
    print("  %-52s %9s  target %-9s %s" % (what, val, target, "ok" if good else "FAIL"))
f, p = sys.argv[2], sys.argv[3]
print("efcheck bench: hyperfine, 15 runs (means), callgrind")
print("  clang-19 -fsyntax-only %s: %.0f ms wall, %.0f ms CPU, %.2fG instructions"
      % (f, wall[1] * 1e3, cpu[1] * 1e3, ir[1] / 1e9))
print("  efcheck %s: %.0f ms wall, %.0f ms CPU, %.2fG instructions"
      % (f, wall[0] * 1e3, cpu[0] * 1e3, ir[0] / 1e9))
line("efcheck / clang-19 parse, CPU time", "%.2fx" % (cpu[0] / cpu[1]), "<= 1.15x",
     cpu[0] / cpu[1] <= 1.15)
line("efcheck / clang-19 parse, instructions", "%.3fx" % (ir[0] / ir[1]), "<= 1.15x",
     ir[0] / ir[1] <= 1.15)
print("  (wall clock: %.2fx; it moves with the machine's load)" % (wall[0] / wall[1]))
# the no-candidate file: the sh wrapper's own start is subtracted
net = max(wall[2] - wall[4], 0)
line("efcheck, file with no candidate (%s)" % p, "%.1f ms" % (net * 1e3), "< 5 ms",
     net < 0.005)
print("  (clang-19 -fsyntax-only %s: %.0f ms; ratio %.3fx)" % (p, wall[3] * 1e3,
                                                              net / wall[3]))
sys.exit(0 if ok else 1)
PY
