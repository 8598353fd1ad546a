#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert-group.sh - mmap_to_prepare.cocci on several files in one spatch run
#
# Named on one command line (as efcheck-scan passes its candidates), files
# form one group and spatch matches a handler name in all of them.  Two
# drivers with a static foo_mmap each, one mechanical and one not: in one
# run neither is converted and each is reported once, in its own file; run
# one by one (as coccicheck does) the mechanical one is converted.
set -u
command -v spatch >/dev/null || { echo "spatch not installed"; exit 77; }
rule=$EFCHECK_TOP/cocci/mmap_to_prepare.cocci
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
cd "$tmp"
cat >a.c <<'C'
static int foo_mmap(struct file *file, struct vm_area_struct *vma)
{
	return remap_pfn_range(vma, vma->vm_start, vma->vm_pgoff,
			       vma->vm_end - vma->vm_start, vma->vm_page_prot);
}

static const struct file_operations a_fops = {
	.mmap = foo_mmap,
};
C
cat >b.c <<'C'
static int foo_mmap(struct file *file, struct vm_area_struct *vma)
{
	int i;

	for (i = 0; i < 2; i++)
		if (remap_pfn_range(vma, vma->vm_start + i * PAGE_SIZE, i,
				    PAGE_SIZE, vma->vm_page_prot))
			return -EAGAIN;
	return 0;
}

static const struct file_operations b_fops = {
	.mmap = foo_mmap,
};
C
sp() { spatch --very-quiet --sp-file "$rule" "$@" 2>/dev/null; }
fail=0
out=$(sp -D report a.c b.c)
want="a.c:1:11-19: 'foo_mmap' names another handler of this run that is not converted [mmap-shared]
b.c:1:11-19: 'foo_mmap' calls remap_pfn_range() in a loop: one mmap_action maps one range [mmap-loop]"
[ "$out" = "$want" ] || { echo "report, one run:"; echo "$out"; fail=1; }
out=$(sp -D patch a.c b.c)
[ -z "$out" ] || { echo "patch, one run, changed something:"; echo "$out"; fail=1; }
out=$(sp -D patch a.c | sed -n 's/^+static/static/p')
[ "$out" = "static int foo_mmap_prepare(struct vm_area_desc *desc)" ] ||
	{ echo "patch of a.c alone:"; echo "$out"; fail=1; }
exit $fail
