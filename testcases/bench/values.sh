#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# values.sh - the value analysis scales with the size of the function
#
# Generates one translation unit whose mmap_prepare handler makes 10,000
# writes of a local to the field (err = -EXXX; ...error_override = err;,
# 20,000 statements in one function) and measures, in one run, efcheck
# against a bare clang-19 -fsyntax-only of the same unit with the same
# flags: instructions (callgrind, immune to the machine's load) and CPU
# time (hyperfine).  Target: efcheck costs at most 1.5x the parse.
set -eu

top=${EFCHECK_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
efcheck=$top/bin/efcheck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
N=${EFCHECK_BENCH_WRITES:-10000}

awk -v n="$N" 'BEGIN {
	split("EAGAIN EIO ENOMEM EBUSY EINTR ENODEV EFAULT EINVAL", e, " ")
	print "#include <linux/mm_types.h>"
	print ""
	print "int big_mmap_prepare(struct vm_area_desc *desc)"
	print "{"
	print "\tint err;"
	print ""
	for (i = 0; i < n; i++) {
		printf "\terr = -%s;\n", e[i % 8 + 1]
		print "\tdesc->action.error_override = err;"
	}
	print "\treturn 0;"
	print "}"
}' >"$tmp/big.c"

inc="-I$top/testcases/include/v7.2 -I$top/testcases/include/common"
# shellcheck disable=SC2086
"$efcheck" --print-clang-args "$tmp/big.c" -- $inc >"$tmp/args"
# the analysis must have run and found nothing to report
# shellcheck disable=SC2086
"$efcheck" --enable=all "$tmp/big.c" -- $inc >"$tmp/out" 2>&1 ||
	{ cat "$tmp/out" >&2; exit 2; }
[ ! -s "$tmp/out" ] || { cat "$tmp/out" >&2; exit 2; }
printf 'exec clang-19 -fsyntax-only' >"$tmp/clang"
sed "s/'/'\\\\''/g; s/^/ '/; s/\$/'/" "$tmp/args" | tr -d '\n' >>"$tmp/clang"
printf " '%s'\n" "$tmp/big.c" >>"$tmp/clang"
printf "exec '%s' '%s' -- %s\n" "$efcheck" "$tmp/big.c" "$inc" >"$tmp/efcheck"

for t in efcheck clang; do
	valgrind --tool=callgrind --trace-children=yes --callgrind-out-file=/dev/null \
		sh "$tmp/$t" 2>&1 >/dev/null |
		sed -n 's/.*Collected : //p' | tail -n 1 >"$tmp/$t.ir"
done
hyperfine -N --style none --warmup 1 --runs 10 --export-json "$tmp/h.json" \
	"sh $tmp/efcheck" "sh $tmp/clang" >/dev/null

python3 - "$tmp/h.json" "$tmp/efcheck.ir" "$tmp/clang.ir" "$N" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
cpu = [x["user"] + x["system"] for x in r]
ir = [int(open(f).read() or 0) for f in sys.argv[2:4]]
n = int(sys.argv[4])
print("values bench: one function with %d writes of a local (callgrind; "
      "hyperfine, 10 runs)" % n)
print("  clang-19 -fsyntax-only: %.2fG instructions, %.0f ms CPU"
      % (ir[1] / 1e9, cpu[1] * 1e3))
print("  efcheck:                %.2fG instructions, %.0f ms CPU"
      % (ir[0] / 1e9, cpu[0] * 1e3))
ratio = ir[0] / ir[1]
ok = ratio <= 1.5
print("  %-52s %9s  target %-9s %s" % ("efcheck / clang-19 parse, instructions",
      "%.2fx" % ratio, "<= 1.5x", "PASS" if ok else "FAIL"))
print("  (CPU time: %.2fx; it moves with the machine's load)" % (cpu[0] / cpu[1]))
sys.exit(0 if ok else 1)
PY
