#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-demo.sh - efcheck-scan on the bundled demo tree: exact findings,
# identical for any -j, the same through JSON, SARIF and merged shards.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ARCH=x86
scan() { "$top/bin/efcheck-scan" "$@"; }

cat >"$tmp/expected" <<'EOX'
drivers/demo/compound.c:8:15: error: compound assignment '|=' to error_override: assign one negative errno instead [compound-assign]
drivers/demo/error_hook.c:18:15: error: 'error_hook' was removed in v7.2: set 'error_override' to the errno instead (cocci/mmap_error_hook.cocci migrates it) [removed-hook]
drivers/demo/internal.c:8:32: warning: error_override = -ENOTSUPP (-524) is kernel-internal and reaches user space through mmap(): use '-EOPNOTSUPP' [errno-internal]
drivers/demo/literal.c:8:32: warning: error_override = -11 is a bare number: use '-EAGAIN' [errno-literal]
drivers/demo/positive.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
drivers/demo/range.c:8:32: error: error_override = -5000 is below -4095: every mmap() fails with -EINVAL [errno-range]
drivers/demo/renamed.c:8:15: error: 'error_filter' is called 'error_override' since v7.2: rename it (cocci/mmap_error_override.cocci) [renamed-field]
drivers/demo/success_hook.c:19:15: error: 'success_hook' was removed in v7.2: move this work to vm_ops->mapped (cocci/mmap_success_hook.cocci) [removed-hook]
drivers/demo/unnamed.c:8:32: warning: error_override = -200 is no errno of this architecture [errno-unnamed]
drivers/demo/zero.c:8:32: warning: error_override = 0 does nothing: 0 means no override [errno-zero]
rc=1
efcheck-scan: no -O or -p: flags derived from the unconfigured tree, results are best effort
efcheck-scan: 10 findings in 11 candidate files; 2 more name the field or the struct but cannot write it
efcheck-scan:   check compound-assign: 1
efcheck-scan:   check errno-internal: 1
efcheck-scan:   check errno-literal: 1
efcheck-scan:   check errno-positive: 1
efcheck-scan:   check errno-range: 1
efcheck-scan:   check errno-unnamed: 1
efcheck-scan:   check errno-zero: 1
efcheck-scan:   check removed-hook: 2
efcheck-scan:   check renamed-field: 1
efcheck-scan:   in drivers/: 10
EOX
{ scan -j2 testcases/demo 2>"$tmp/err" && echo rc=0 || echo rc=$?; cat "$tmp/err"; } >"$tmp/out"
diff -u "$tmp/expected" "$tmp/out"

# -j1 and -j2 give byte-identical JSON; SARIF and shards merge back to it.
scan -q -j1 --format=json testcases/demo >"$tmp/j1" || [ $? = 1 ]
scan -q -j2 --format=json testcases/demo >"$tmp/j2" || [ $? = 1 ]
cmp "$tmp/j1" "$tmp/j2"
[ "$(wc -l <"$tmp/j1")" = 10 ] || { echo "expected 10 JSON lines"; exit 1; }
scan -q --format=sarif testcases/demo >"$tmp/sarif" || [ $? = 1 ]
jq -e '.version == "2.1.0" and .runs[0].tool.driver.name == "efcheck" and
	(.runs[0].results | length) == 10' "$tmp/sarif" >/dev/null
for k in 1 2 3; do
	scan -q --shard "$k/3" --format=sarif testcases/demo >"$tmp/s$k" || [ $? = 1 ]
done
scan --merge --format=json "$tmp/s1" "$tmp/s2" "$tmp/s3" >"$tmp/m" || [ $? = 1 ]
jq -c 'del(.fix)' "$tmp/j1" >"$tmp/j1.nofix"
jq -c 'del(.fix)' "$tmp/m" >"$tmp/m.nofix"
diff -u "$tmp/j1.nofix" "$tmp/m.nofix"
# The shards partition the candidates.
for k in 1 2 3; do scan --list --shard "$k/3" testcases/demo; done | sort -z >"$tmp/l3"
scan --list testcases/demo | sort -z >"$tmp/l1"
cmp "$tmp/l1" "$tmp/l3"

# The migration patch applies to a copy; there, the hooks, the old name
# and the positive errno are gone and only the findings needing a person
# remain.
cp -a testcases/demo "$tmp/demo"
scan --diff testcases/demo >"$tmp/patch"
(cd "$tmp/demo" && patch -s -p1 <"$tmp/patch")
scan -q --format=json "$tmp/demo" | jq -r '"\(.file) \(.check)"' >"$tmp/left" || [ $? = 1 ]
cat >"$tmp/left.expected" <<'EOX'
drivers/demo/compound.c compound-assign
drivers/demo/internal.c errno-internal
drivers/demo/literal.c errno-literal
drivers/demo/range.c errno-range
drivers/demo/unnamed.c errno-unnamed
drivers/demo/zero.c errno-zero
EOX
diff -u "$tmp/left.expected" "$tmp/left"

# The unconfigured tree's flags get what every parse gets, as efcheck's
# own flags do: past clang's 20-error limit, the removed hook is found.
cp -a testcases/demo "$tmp/errs"
cp testcases/check/removed-hook-after-errors.c "$tmp/errs/drivers/demo/errors.c"
scan -q --no-cocci --format=json "$tmp/errs" | jq -r 'select(.file == "drivers/demo/errors.c") |
	"\(.line) \(.check)"' >"$tmp/errs.out" || [ $? = 1 ]
echo "39 removed-hook" | diff -u - "$tmp/errs.out" || { echo "no finding past 20 errors"; exit 1; }

# --disable hides a check's findings whichever tool reports them: efcheck
# and the cocci rules both report removed-hook.  A cocci rule's own name
# (macro-body) is accepted too.
checks() {
	case $1 in
	text) sed -n 's/.* \[\([a-z-]*\)\]$/\1/p' ;;
	json) jq -r .check ;;
	sarif) jq -r '.runs[].results[].ruleId' ;;
	esac <"$2" | sort -u
}
for fmt in text json sarif; do
	scan -q --format=$fmt --disable=removed-hook,macro-body testcases/demo >"$tmp/d" || [ $? = 1 ]
	scan -q --format=$fmt testcases/demo >"$tmp/all" || [ $? = 1 ]
	checks $fmt "$tmp/all" | grep -vx removed-hook >"$tmp/want"
	checks $fmt "$tmp/d" | diff -u "$tmp/want" - || { echo "$fmt: --disable"; exit 1; }
	[ "$(checks $fmt "$tmp/all" | wc -l)" -gt "$(wc -l <"$tmp/want")" ] ||
		{ echo "$fmt: no removed-hook to hide"; exit 1; }
done

# Neither a TMPDIR with a space nor a shell variable of the caller's
# (k, m) changes a scan.
mkdir "$tmp/t d"
TMPDIR="$tmp/t d" k=2 m=3 scan --list testcases/demo | cmp -s - "$tmp/l3" ||
	{ echo "TMPDIR with a space, k and m set: not the same candidates"; exit 1; }
TMPDIR="$tmp/t d" scan -q --format=json testcases/demo | cmp -s - "$tmp/j1" ||
	{ echo "TMPDIR with a space: not the same findings"; exit 1; }

# A file name that is not ASCII, under the scan's LC_ALL=C: the cocci
# rules (python in spatch) report on it too.
cp -a testcases/demo "$tmp/u"
cp testcases/demo/drivers/demo/renamed.c "$tmp/u/drivers/demo/$(printf '\303\274tf.c')"
printf 'drivers/demo/\303\274tf.c\0' >"$tmp/u.list"
scan --files-from="$tmp/u.list" "$tmp/u" >"$tmp/o" 2>"$tmp/e" && rc=0 || rc=$?
[ "$rc" = 1 ] && ! grep -q failed "$tmp/e" || { echo "a UTF-8 name: rc=$rc, $(cat "$tmp/e")"; exit 1; }
printf 'drivers/demo/\303\274tf.c:8:15: error: %s [renamed-field]\n' \
	"'error_filter' is called 'error_override' since v7.2: rename it (cocci/mmap_error_override.cocci)" |
	diff -u - "$tmp/o" || { echo "a UTF-8 name"; exit 1; }

# A compat branch on the kernel version, in the unconfigured tree: its
# linux/version.h is made from the top Makefile, so the 7.2 arm is
# checked, as kbuild's flags would check it.
cp -a testcases/demo "$tmp/v"
printf 'VERSION = 7\nPATCHLEVEL = 2\nSUBLEVEL = 13\n' >>"$tmp/v/Makefile"
cat >"$tmp/v/drivers/demo/compat.c" <<'EOF'
// SPDX-License-Identifier: GPL-2.0
#include <linux/version.h>
#include <linux/mm.h>

static int compat_mmap_prepare(struct vm_area_desc *desc)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)
	desc->action.error_override = EAGAIN;
#endif
	return 0;
}
EOF
printf 'drivers/demo/compat.c\0' >"$tmp/v.list"
scan -q --no-cocci --files-from="$tmp/v.list" "$tmp/v" >"$tmp/o" 2>&1 || [ $? = 1 ]
echo "drivers/demo/compat.c:8:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]" |
	diff -u - "$tmp/o" || { echo "a version compat branch, unconfigured"; exit 1; }

# More CPUs than efcheck's 64 jobs are 64 jobs (nproc follows OMP_NUM_THREADS).
OMP_NUM_THREADS=100 scan --list testcases/demo | cmp -s - "$tmp/l3" ||
	{ echo "100 CPUs: not the same candidates"; exit 1; }

# Bad input: one line, exit 2.
printf 'drivers/demo/good.c\ndrivers/demo/zero.c\n' >"$tmp/newlines"
for a in "--format=xml" "-j 0" "-j 65" "--shard 3/2" "--shard 3" "--shard 1/99999999999999999999" \
	"--bogus" "--merge" "/nonexistent" "--disable=nosuch" "--diff --files-from=/dev/null" \
	"--files-from=/nonexistent" "--files-from=$tmp/newlines" "--patch=/dev/null --list"; do
	# shellcheck disable=SC2086
	scan $a testcases/demo >"$tmp/o" 2>"$tmp/e" && rc=0 || rc=$?
	if [ "$rc" != 2 ] || [ "$(wc -l <"$tmp/e")" != 1 ] || [ -s "$tmp/o" ]; then
		echo "'$a': rc=$rc"
		cat "$tmp/e"
		exit 1
	fi
done
# A directory that is not there is named in the message.
for a in "-O /nonexistent" "-p /nonexistent" "--staged=/nonexistent"; do
	# shellcheck disable=SC2086
	scan $a testcases/demo 2>"$tmp/e" && exit 1
	grep -q "cannot enter.* '/nonexistent'\$" "$tmp/e" || { echo "'$a': $(cat "$tmp/e")"; exit 1; }
done
exit 0
