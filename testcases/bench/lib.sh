# SPDX-License-Identifier: GPL-2.0
# lib.sh - sourced by the benches: what more than one of them needs.

# git_tree [SRC]: set $src to SRC or the newest Debian 7.x tree (fetched),
# and $git to its git copy, locked for this bench (fd 9) so that no other
# bench or test changes it meanwhile.  Exits 77 without spatch or a tree.
git_tree() {
	command -v spatch >/dev/null || { echo "spatch not installed"; exit 77; }
	src=${1:-$("$top/testcases/real/fetch-kernel.sh" unstable)} ||
		{ echo "no kernel tree"; exit 77; }
	git=$("$top/testcases/real/git-copy.sh" "$src") || exit 1
	exec 9>"$git.lock"
	flock 9
}

# record_argv DIR MAKE-ARGS...: run make with a CHECK that writes the argv
# kbuild gives the checker for each .c file into DIR/<path with / as _>.argv,
# one argument a line.  make's own status is returned.
record_argv() {
	d=$1
	shift
	cat >"$d/.record" <<'REC'
#!/bin/sh
for a in "$@"; do last=$a; done
case $last in
*.c) printf '%s\n' "$@" >"$EFCHECK_BENCH_DIR/$(printf '%s' "$last" | tr / _).argv" ;;
esac
REC
	chmod +x "$d/.record"
	EFCHECK_BENCH_DIR=$d make "$@" CHECK="$d/.record"
}
