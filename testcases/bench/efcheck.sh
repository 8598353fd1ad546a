#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# efcheck.sh - efcheck's cost per file against clang-19 -fsyntax-only
#
# On the real kernel tree (Debian linux-source 7.x, O= build), for the
# /dev/mem source and a file with no candidate, both with kbuild's own
# argv, measure in one run:
#   - efcheck on the /dev/mem file vs clang-19 -fsyntax-only with the
#     same (filtered) flags: target ratio <= 1.15;
#   - efcheck on a file with no candidate: target < 5 ms, and its ratio to
#     the clang parse of that file.
# Capturing kbuild's argv runs the tree's make (C=2 with a recorder).
set -eu

top=${EFCHECK_TOP:-$(cd "$(dirname "$0")/../.." && pwd)}
efcheck=$top/bin/efcheck
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

set -- $("$top/testcases/real/fetch-kernel.sh" unstable --configure)
src=$1 obj=$2

memc=drivers/char/mem.c
[ -f "$src/$memc" ] || memc=mm/char-mem.c
plain=lib/string.c
if grep -qE 'error_override|error_filter|error_hook|success_hook|mmap_action' \
	"$src/$plain"; then
	echo "bench: $plain is a candidate now; pick another plain file" >&2
	exit 2
fi

# The recorder writes the argv kbuild gives $(CHECK), one per line.
cat >"$tmp/record" <<'REC'
#!/bin/sh
for a in "$@"; do last=$a; done
case $last in
*.c) printf '%s\n' "$@" >"$EFCHECK_BENCH_DIR/$(basename "$last").argv" ;;
esac
REC
chmod +x "$tmp/record"
EFCHECK_BENCH_DIR=$tmp make -s -C "$src" O="$obj" C=2 CHECK="$tmp/record" \
	"${memc%.c}.o" "${plain%.c}.o" >/dev/null 2>&1 || true
for f in "$memc" "$plain"; do
	b=$(basename "$f")
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
hyperfine -N --style none --warmup 2 --runs 10 --export-json "$tmp/h.json" \
	"sh $tmp/$mb.efcheck" "sh $tmp/$mb.clang" \
	"sh $tmp/$pb.efcheck" "sh $tmp/$pb.clang" "sh -c true" >/dev/null

python3 - "$tmp/h.json" "$memc" "$plain" <<'PY'
import json, sys
r = [x["mean"] for x in json.load(open(sys.argv[1]))["results"]]
ef, cl, ef0, cl0, sh = r
ok = True
def line(what, val, target, good):
    global ok
    ok &= good
    print("%-58s %s (target %s) %s" % (what, val, target, "ok" if good else "FAIL"))
print("efcheck bench (hyperfine, 10 runs, means)")
print("  clang-19 -fsyntax-only %s: %.0f ms" % (sys.argv[2], cl * 1e3))
print("  efcheck %s: %.0f ms" % (sys.argv[2], ef * 1e3))
line("efcheck / clang parse, " + sys.argv[2], "%.2fx" % (ef / cl), "<= 1.15x", ef / cl <= 1.15)
# the no-candidate file: the sh wrapper's own start is subtracted
net = max(ef0 - sh, 0)
line("efcheck on a file with no candidate, " + sys.argv[3], "%.1f ms" % (net * 1e3), "< 5 ms", net < 0.005)
print("  (clang-19 -fsyntax-only %s: %.0f ms, ratio %.4fx)" % (sys.argv[3], cl0 * 1e3, net / cl0))
sys.exit(0 if ok else 1)
PY
