#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# load-scan.sh - efcheck-scan and efcheck-pre-commit under load and when
# killed, on copies of the demo tree:
#   - 4 scans of the same tree at once print what one scan alone prints,
#     byte for byte, with the same exit value; so do 4 pre-commit hooks;
#   - a scan killed midway, by SIGTERM to it or by Ctrl-C (SIGINT to its
#     process group), leaves no temporary file in $TMPDIR once its
#     processes are gone, and the tree is unchanged (content and mtimes);
#     the same for the pre-commit hook, whose index also stays as it was.
# "Midway" is made certain by an EFCHECK wrapper that sleeps first.
set -u
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
export ARCH=x86


cp -a "$top/testcases/demo" "$tmp/tree"
(cd "$tmp/tree" && git init -q . && git add -A &&
	git -c user.name=t -c user.email=t@localhost commit -q -m base) ||
	fail "cannot make a git tree"
# stage a positive errno for the hook
sed 's/= -EAGAIN;/= EAGAIN;/' "$tmp/tree/drivers/demo/good.c" >"$tmp/tree/drivers/demo/staged.c"
(cd "$tmp/tree" && git add drivers/demo/staged.c) || fail "git add failed"
snap "$tmp/tree" >"$tmp/before"
(cd "$tmp/tree" && git ls-files -s) >"$tmp/index.before"

# run NAME CMD...: CMD's stdout, stderr and exit value in $tmp/NAME
run() {
	n=$1
	shift
	"$@" >"$tmp/$n.out" 2>"$tmp/$n.err" </dev/null
	echo "exit $?" >>"$tmp/$n.err"
}
scan() { (cd "$tmp/tree" && "$top/bin/efcheck-scan" -j 2 .); }
hook() { (cd "$tmp/tree" && "$top/bin/efcheck-pre-commit"); }

for what in scan hook; do
	run "$what-alone" $what
	for i in 1 2 3 4; do
		run "$what-$i" $what &
	done
	wait
	[ -s "$tmp/$what-alone.out" ] || [ -s "$tmp/$what-alone.err" ] ||
		fail "$what printed nothing"
	for i in 1 2 3 4; do
		if ! cmp -s "$tmp/$what-alone.out" "$tmp/$what-$i.out" ||
			! cmp -s "$tmp/$what-alone.err" "$tmp/$what-$i.err"; then
			diff -u "$tmp/$what-alone.out" "$tmp/$what-$i.out"
			diff -u "$tmp/$what-alone.err" "$tmp/$what-$i.err"
			fail "$what $i of 4 at once differs from $what alone"
		fi
	done
done
snap "$tmp/tree" | diff -u "$tmp/before" - || fail "the runs changed the tree"

# A slow efcheck: each call records its pid and sleeps before the real one.
mkdir "$tmp/pids"
cat >"$tmp/slow-efcheck" <<EOF
#!/bin/sh
echo \$\$ >"$tmp/pids/\$\$"
sleep 1
exec "$top/bin/efcheck" "\$@"
EOF
chmod +x "$tmp/slow-efcheck"

# gone: wait until every slow efcheck has ended (at most 30 s)
gone() {
	i=0
	for p in "$tmp"/pids/*; do
		[ -e "$p" ] || continue
		while kill -0 "$(cat "$p")" 2>/dev/null; do
			i=$((i + 1))
			[ $i -lt 300 ] || fail "efcheck still runs 30 s after the kill"
			sleep 0.1
		done
	done
	rm -f "$tmp"/pids/*
}

# kill_midway NAME SIGNAL WHOM CMD...: start CMD in its own session with
# an empty TMPDIR, kill it once the slow efcheck runs, and check.  An
# asynchronous command of a script starts with SIGINT ignored, unlike
# one typed at a terminal: python3 gives CMD the default action back.
kill_midway() {
	name=$1 sig=$2 whom=$3
	shift 3
	rm -rf "$tmp/t" && mkdir "$tmp/t"
	TMPDIR=$tmp/t EFCHECK=$tmp/slow-efcheck setsid python3 -c '
import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' "$@" \
		>"$tmp/k.out" 2>&1 </dev/null &
	pid=$!
	i=0
	until [ -n "$(find "$tmp/pids" -type f)" ]; do
		i=$((i + 1))
		[ $i -lt 300 ] || fail "$name: efcheck never started: $(cat "$tmp/k.out")"
		sleep 0.1
	done
	if [ "$whom" = group ]; then
		kill "-$sig" "-$pid"
	else
		kill "-$sig" "$pid"
	fi
	t0=$(date +%s)
	wait "$pid"
	rc=$?
	gone
	echo "$name SIG$sig to the $whom: exit $rc after $(($(date +%s) - t0)) s"
	[ "$rc" = 130 ] || fail "$name: exit value $rc after SIG$sig, not 130: $(cat "$tmp/k.out")"
	left=$(find "$tmp/t" -mindepth 1)
	[ -z "$left" ] || fail "$name: SIG$sig left temporary files: $left"
	snap "$tmp/tree" | diff -u "$tmp/before" - || fail "$name: SIG$sig changed the tree"
	(cd "$tmp/tree" && git ls-files -s) | diff -u "$tmp/index.before" - ||
		fail "$name: SIG$sig changed the index"
}

kill_midway scan TERM process sh -c "cd '$tmp/tree' && exec '$top/bin/efcheck-scan' -j 4 ."
kill_midway scan INT group sh -c "cd '$tmp/tree' && exec '$top/bin/efcheck-scan' -j 4 ."
kill_midway hook TERM process sh -c "cd '$tmp/tree' && exec '$top/bin/efcheck-pre-commit'"
kill_midway hook INT group sh -c "cd '$tmp/tree' && exec '$top/bin/efcheck-pre-commit'"
echo ok
