#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# The "Grep query" spatch derives from each rule in each mode must be one
# of the rare names: coccicheck's git grep prefilter then hands spatch only
# the few files that can match, instead of the whole tree.  The rule's
# "// efcheck-scan: files Q" line, the query efcheck-scan's report mode
# uses to give the rule its files, must be that query.
set -eu
cd "$EFCHECK_TOP"
command -v spatch >/dev/null || { echo "spatch is not installed"; exit 77; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for r in cocci/mmap_error_hook cocci/mmap_error_override cocci/mmap_success_hook; do
	for m in patch report context org; do
		q=$(spatch --parse-cocci -D "$m" --sp-file "$r.cocci" 2>/dev/null |
			sed -n '/^Grep query/{n;p;q}')
		echo "${r#cocci/} $m: $q"
	done
	q=$(sed -n 's/^\/\/ efcheck-scan: files //p' "$r.cocci" | sed 's/|/ || /g')
	echo "${r#cocci/} efcheck-scan: $q"
done >"$tmp"
diff -u - "$tmp" <<'EXP'
mmap_error_hook patch: error_hook
mmap_error_hook report: error_hook
mmap_error_hook context: error_hook
mmap_error_hook org: error_hook
mmap_error_hook efcheck-scan: error_hook
mmap_error_override patch: error_override || error_filter
mmap_error_override report: error_override || error_filter
mmap_error_override context: error_override || error_filter
mmap_error_override org: error_override || error_filter
mmap_error_override efcheck-scan: error_override || error_filter
mmap_success_hook patch: success_hook
mmap_success_hook report: success_hook
mmap_success_hook context: success_hook
mmap_success_hook org: success_hook
mmap_success_hook efcheck-scan: success_hook
EXP
