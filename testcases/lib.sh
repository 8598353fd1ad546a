# SPDX-License-Identifier: GPL-2.0
# lib.sh - helpers shared by testcases/t/*.sh (sourced, not run)

# fail MESSAGE...: print it and fail the test
fail() {
	echo "$*"
	exit 1
}

# real_tree: set $src and $obj to the newest Debian 7.x tree and its
# configured O= directory, fetching them into the cache once; skip the
# test (exit 77) when they cannot be had.
real_tree() {
	so=$("$top/testcases/real/fetch-kernel.sh" unstable --configure) ||
		{ echo "cannot fetch the 7.x tree"; exit 77; }
	src=${so% *}
	obj=${so#* }
}

# snap DIR: every file with its size, mtime (ns) and hash, sorted
snap() {
	(cd "$1" && find . -path ./.git -prune -o -type f -print0 |
		sort -z | xargs -0 stat -c '%n %s %.9Y' |
		while read -r n rest; do
			echo "$n $rest $(sha1sum <"$n" | cut -c1-40)"
		done)
}

# expect NAME RC CMD...: run CMD in $tmp/w; its exit value must be RC, its
# stderr the lines in $err and its stdout the lines in $out.  Counts
# failures in $failed.
err=
out=
failed=0
expect() {
	name=$1 want_rc=$2
	shift 2
	(cd "$tmp/w" && "$@") >"$tmp/stdout" 2>"$tmp/stderr" </dev/null
	rc=$?
	if [ -n "$err" ]; then printf '%s\n' "$err"; fi >"$tmp/want.err"
	if [ -n "$out" ]; then printf '%s\n' "$out"; fi >"$tmp/want.out"
	if [ "$rc" != "$want_rc" ] ||
		! cmp -s "$tmp/want.err" "$tmp/stderr" ||
		! cmp -s "$tmp/want.out" "$tmp/stdout"; then
		echo "FAIL $name: exit value $rc, expected $want_rc"
		diff -u "$tmp/want.err" "$tmp/stderr" | sed 's/^/  /'
		diff -u "$tmp/want.out" "$tmp/stdout" | sed 's/^/  /'
		failed=$((failed + 1))
	else
		echo "ok   $name"
	fi
	err=
	out=
}
