#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-writes.sh - efcheck-scan's candidates (efcheck --list-candidates
# after git grep): every shape of a write stays a candidate, reads,
# declarations and comments go, and a driver header whose macro writes
# the field brings the files that include it, with "..." or <...>.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
t=$tmp/tree
mkdir -p "$t/include/linux" "$t/w" "$t/r"
: >"$t/Makefile"

# Must stay: each file writes the field, or uses a hook or the old name.
w() { printf '%s\n' "$2" >"$t/w/$1"; }
w split.c 'void f(struct vm_area_desc *desc)
{
	desc->action.error_override
		= -EAGAIN;
}'
w paren.c '#define X(x) x
void f(struct mmap_action *x) { (x)->error_override=-EIO; }'
w desig.c 'static struct mmap_action a = { .error_override=-EIO };'
w preinc.c 'void f(struct mmap_action *a) { ++a->error_override; }'
w preinc2.c 'void f(struct mmap_action *a)
{
	++
	a->
	error_override;
}'
w postdec.c 'void f(struct mmap_action *a) { a->error_override --; }'
w compound.c 'void f(struct mmap_action *a) { a->error_override <<= 1; }'
w address.c 'void f(struct mmap_action *a) { int *p = &a->error_override; *p = 1; }'
w macroarg.c 'void f(struct mmap_action *a) { WRITE_ONCE(a->error_override, -EIO); }'
w gnudesig.c 'static struct mmap_action a = { error_override: -EIO };'
w hook.c 'int f(struct mmap_action *a) { return a->error_hook != NULL; }'
w success.h 'int (*success_hook)(const struct vm_area_struct *vma);'
w filter.c 'int f(struct mmap_action *a) { return a->error_filter ?: 0; }'
w string.c 'void f(struct mmap_action *a) { pr_info("/*"); a->error_override = 1; /* */ }'
w ifdef.c 'void f(struct mmap_action *a)
{
	a->error_override
#ifdef CONFIG_X
	= -EIO;
#else
	= -EINVAL;
#endif
}'
# May go: reads, declarations, comments.
r() { printf '%s\n' "$2" >"$t/r/$1"; }
r read.c 'int f(struct mmap_action *action, int err)
{
	const unsigned long override = action->error_override;

	if (override == 1 || action->error_override < 0)
		return action->error_override ?: err;
	return 0;
}'
r decl.h 'struct mmap_action {
	int error_override;
};'
r comment.c '/* error_override = -EAGAIN; */
// ++error_override
int x = 1; /* error_override
	      += 1 */'
r string.c 'const char *s = "error_override = 1";'
r other.c 'int error_overrides = 1; int my_error_override = 2;'

(cd "$t/w" && ls) | sed 's|^|w/|' | sort >"$tmp/expected"
"$top/bin/efcheck-scan" --list "$t" | tr '\0' '\n' >"$tmp/got"
diff -u "$tmp/expected" "$tmp/got"

# A driver header whose macro can write the field, and its includers.
mkdir -p "$t/d/include"
printf '#define OVR(d) \\\n\t((d)->action.error_override)\n' >"$t/d/include/drv.h"
printf '#include <drv.h>\nvoid f(struct vm_area_desc *d) { OVR(d) = 1; }\n' >"$t/d/a.c"
printf '#include "include/drv.h"\nvoid f(struct vm_area_desc *d) { OVR(d) = 1; }\n' >"$t/d/b.c"
printf '#include <linux/mm.h>\nint x;\n' >"$t/d/c.c"
{
	printf '%s\n' d/a.c d/b.c d/include/drv.h
	(cd "$t" && find w -type f)
} | sort >"$tmp/expected"
"$top/bin/efcheck-scan" --list "$t" | tr '\0' '\n' >"$tmp/got"
diff -u "$tmp/expected" "$tmp/got"
exit 0
