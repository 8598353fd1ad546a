#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# baseline.sh - efcheck --baseline=FILE hides the findings of an earlier
# --format=json run, matched by fingerprint: moved lines keep theirs, a
# new finding shows, and so does a changed value.  Bad baselines: one
# line, exit 2.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
efcheck=$top/bin/efcheck
inc=$top/testcases/include
cd "$tmp"
cat >drv.c <<'EOX'
#include <linux/mm_types.h>
static int drv_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	desc->action.error_override = -11;
	return 0;
}
EOX
"$efcheck" --format=json drv.c -- -I"$inc/v7.2" -I"$inc/common" >base.json
[ "$(wc -l <base.json)" = 2 ] || fail "expected two findings: $(cat base.json)"
# Lines move, one value changes, one write is new.
cat >drv.c <<'EOX'
#include <linux/mm_types.h>
/* a comment that moves every line */
static int drv_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	desc->action.error_override = -12;
	desc->action.error_override = -5000;
	return 0;
}
EOX
"$efcheck" --baseline=base.json drv.c -- -I"$inc/v7.2" -I"$inc/common" 2>out || fail "exit $?"
cat >expected <<'EOX'
drv.c:6:32: warning: error_override = -12 is a bare number: use '-ENOMEM' [errno-literal]
drv.c:7:32: error: error_override = -5000 is below -4095: every mmap() fails with -EINVAL [errno-range]
efcheck: 1 finding in the baseline not shown
EOX
diff -u expected out || fail "--baseline"
# The same through --merge, as CI gates a scan.
"$efcheck" --format=json drv.c -- -I"$inc/v7.2" -I"$inc/common" >now.json
"$efcheck" --merge --baseline=base.json now.json >out 2>err || fail "--merge exit $?"
head -n 2 expected | diff -u - out || fail "--merge --baseline"
echo 'not json' >bad.json
"$efcheck" --baseline=bad.json drv.c -- -I"$inc/v7.2" 2>err && fail "a bad baseline passed"
[ $? = 2 ] || fail "a bad baseline: not exit 2"
echo 'efcheck: bad.json:1: not a finding of efcheck --format=json' | diff -u - err
exit 0
