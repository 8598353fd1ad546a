#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert-grep.sh - the file selection spatch derives from
# mmap_to_prepare.cocci: in every mode its "Grep query" names mmap and
# file_operations, and spatch (which prints the two names joined by "||")
# requires both: with the kernel's --use-gitgrep on a git tree, and
# without it, only the file that names both is handled.
set -eu
cd "$EFCHECK_TOP"
command -v spatch >/dev/null || { echo "spatch is not installed"; exit 77; }
command -v git >/dev/null || { echo "git is not installed"; exit 77; }
rule=$PWD/cocci/mmap_to_prepare.cocci
for m in patch report context org; do
	q=$(spatch --parse-cocci -D "$m" --sp-file "$rule" 2>/dev/null |
		sed -n '/^Grep query/{n;p;q}')
	echo "$m: $q"
done | diff -u - /dev/fd/3 3<<'EXP'
patch: mmap || file_operations
report: mmap || file_operations
context: mmap || file_operations
org: mmap || file_operations
EXP
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/d"
cd "$tmp/d"
cat >only-mmap.c <<'C'
static int a_mmap(struct file *file, struct vm_area_struct *vma)
{
	return -ENODEV;
}

static const struct proto_ops a_ops = {
	.mmap = a_mmap,
};
C
sed 's/proto_ops/file_operations/; s/\.mmap = a_mmap/.open = a_mmap/; s/a_mmap/a_open/g' \
	only-mmap.c >only-fops.c
sed 's/proto_ops/file_operations/' only-mmap.c >both.c
git init -q .
git add .
git -c user.name=efcheck -c user.email=efcheck@localhost commit -q -m cases
for g in --use-gitgrep ""; do
	# shellcheck disable=SC2086
	spatch -D report --sp-file "$rule" --no-includes --include-headers \
		$g --dir . 2>&1 | sed -n 's/^HANDLING: //p'
done | diff -u - /dev/fd/3 3<<'EXP'
./both.c
./both.c
EXP
