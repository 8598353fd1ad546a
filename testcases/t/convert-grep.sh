#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert-grep.sh - the "Grep query" spatch derives from mmap_to_prepare.cocci
# is the three remap functions in every mode, so coccicheck's git grep
# prefilter hands spatch only the files that map a PFN range.
set -eu
cd "$EFCHECK_TOP"
command -v spatch >/dev/null || { echo "spatch is not installed"; exit 77; }
for m in patch report context org; do
	q=$(spatch --parse-cocci -D "$m" --sp-file cocci/mmap_to_prepare.cocci 2>/dev/null |
		sed -n '/^Grep query/{n;p;q}')
	echo "$m: $q"
done | diff -u - /dev/fd/3 3<<'EXP'
patch: vm_iomap_memory || remap_pfn_range || io_remap_pfn_range
report: vm_iomap_memory || remap_pfn_range || io_remap_pfn_range
context: vm_iomap_memory || remap_pfn_range || io_remap_pfn_range
org: vm_iomap_memory || remap_pfn_range || io_remap_pfn_range
EXP
