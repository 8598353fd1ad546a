#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# sarif-validate.sh - every kind of SARIF efcheck writes passes Microsoft's
# validator (@microsoft/sarif-multitool, installed into the cache by
# testcases/real/sarif-tool.sh) with its default rules and with GitHub's
# (--rule-kind "Sarif;Gh"): 0 errors.  Also pins what GitHub relies on:
# relative URIs on a uriBaseId, partialFingerprints that survive moved
# lines, and columns in Unicode code points, as columnKind declares.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
tool=$("$top/testcases/real/sarif-tool.sh") || { echo "npm cannot install the validator"; exit 77; }
export DOTNET_CLI_TELEMETRY_OPTOUT=1
efcheck=$top/bin/efcheck
inc=$top/testcases/include
flags="-I$inc/v7.2 -I$inc/common"
cd "$tmp"

cat >utf8.c <<'EOF'
#include <linux/mm_types.h>
/* Grüße */ void f(struct vm_area_desc *d) { d->action.error_override = EAGAIN; }
EOF
mkdir m
cp utf8.c m/utf8.c
sed -i '1a\
/* a line above moves the finding */' m/utf8.c
cat >clean.c <<'EOF'
int x;
EOF
# shellcheck disable=SC2086
{
	"$efcheck" --format=sarif "$top/testcases/check/cli/format-sarif.c" -- $flags >abs.sarif
	"$efcheck" --format=sarif utf8.c -- $flags >utf8.sarif
	(cd m && "$efcheck" --format=sarif utf8.c -- $flags) >moved.sarif
	"$efcheck" --format=sarif clean.c >clean.sarif
	"$efcheck" --format=json utf8.c -- $flags >utf8.json
}
printf 'utf8.c:2:52-66: error_override set to positive EAGAIN [errno-positive]\n' >cocci.out
printf 'utf8.c:1:0-8: a hook in a compat branch [compat-branch]\n' >>cocci.out
"$efcheck" --merge --format=sarif utf8.json cocci.out >merged.sarif
ARCH=x86 "$top/bin/efcheck-scan" -q --format=sarif "$top/testcases/demo" >scan.sarif || [ $? = 1 ]

for f in abs utf8 moved clean merged scan; do
	for kind in "" "Sarif;Gh"; do
		"$tool" validate "$f.sarif" ${kind:+--rule-kind "$kind"} -o "$f.val" \
			--log ForceOverwrite >"$f.log" 2>&1 || true
		n=$(jq '[.runs[].results[]? | select(.level == "error")] | length' "$f.val") ||
			fail "$f.sarif: the validator wrote no log: $(cat "$f.log")"
		[ "$n" = 0 ] || fail "$f.sarif ($kind): $n errors: $(grep -F ': error ' "$f.log")"
	done
done

# 'Grüße' is 5 code points and 7 bytes: the value is at byte 75, code
# point 73; the URI is relative, on SRCROOT.
jq -c '.runs[0] | [.columnKind, (.results[0].locations[0].physicalLocation |
	.artifactLocation.uri, .artifactLocation.uriBaseId, .region.startColumn)]' \
	utf8.sarif >got
echo '["unicodeCodePoints","utf8.c","SRCROOT",73]' | diff -u - got ||
	fail "utf8.sarif: wrong location"
# An absolute path outside the working directory: relative to ROOT.
jq -r '.runs[0].results[0].locations[0].physicalLocation.artifactLocation |
	"\(.uriBaseId) \(.uri)"' abs.sarif >got
echo "ROOT ${top#/}/testcases/check/cli/format-sarif.c" | diff -u - got ||
	fail "abs.sarif: wrong base"
# Every rule of check_list.h and cocci_list.h, each with both texts.
"$efcheck" --list-checks | awk '{ print $1 }' >rules
jq -r '.runs[0].tool.driver.rules[] | select(.fullDescription.text and .help.text) | .id' \
	clean.sarif | diff -u rules - || fail "rules without descriptions"
# The cocci finding on the line efcheck reports is efcheck's; the other
# one is kept with its rule.
jq -r '.runs[0].results[] | "\(.ruleId) \(.ruleIndex)"' merged.sarif >got
printf 'compat-branch 10\nerrno-positive 0\n' | diff -u - got || fail "merged.sarif"
# Moving the line keeps the fingerprint.
a=$(jq -r '.runs[0].results[0].partialFingerprints["efcheck/v1"]' utf8.sarif)
b=$(jq -r '.runs[0].results[0].partialFingerprints["efcheck/v1"]' moved.sarif)
[ -n "$a" ] && [ "$a" != null ] && [ "$a" = "$b" ] || fail "fingerprints: '$a' '$b'"
exit 0
