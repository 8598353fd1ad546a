#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# convert-upstream.sh - mmap_to_prepare.cocci redoes upstream's conversions
#
# Between 6.12 and 7.2 upstream converted these file_operations .mmap
# handlers by hand: drivers/char/hpet.c (vm_iomap_memory, two definitions
# under #ifdef), drivers/misc/open-dice.c (flag tests and flag setup) and
# drivers/char/mem.c (remap_pfn_range with its error replaced by -EAGAIN,
# a helper that takes the descriptor).  Each 6.12 handler is put back
# into a copy of its 7.2 file, in place of upstream's mmap_prepare
# handler, and the rule in patch mode must give back upstream's 7.2 file:
# byte for byte for hpet.c and open-dice.c; for mem.c up to upstream's
# "const", its new comment text, a blank line and white space (upstream
# realigned continuation lines; Coccinelle spaces a cast it reprints).  Other drivers converted in that window (stm,
# vme_user, mtdchar, uio) were not mechanical; the rule reports them.
set -u
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
command -v spatch >/dev/null || { echo "spatch not installed"; exit 77; }
real_tree
old=$("$top/testcases/real/fetch-kernel.sh" stable) || { echo "no 6.12 tree"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# transplant OLD NEW NAME OUT: NEW with NAME_prepare's definitions and its
# ".mmap_prepare = NAME_prepare" replaced by OLD's NAME and ".mmap = NAME"
transplant() {
	python3 - "$@" <<'EOF'
import re, sys
old, new, name, out = sys.argv[1:]
o = open(old).read()
n = open(new).read()
def defs(text, fn, params):
	spans = []
	for m in re.finditer(r"^static int %s\(%s\)\n\{\n.*?^\}\n" % (fn, params), text, re.S | re.M):
		spans.append((m.start(), m.end()))
	return spans
od = defs(o, name, r"struct file \*\w+, struct vm_area_struct \*vma")
nd = defs(n, name + "_prepare", r"struct vm_area_desc \*desc")
assert od and len(od) == len(nd), (name, len(od), len(nd))
for (a, b), (c, d) in reversed(list(zip(od, nd))):
	n = n[:c] + o[a:b] + n[d:]
n, k = re.subn(r"\.mmap_prepare(\s*)= %s_prepare," % name, r".mmap\1= %s," % name, n)
assert k == 1
open(out, "w").write(n)
EOF
}

fail=0
for d in drivers/char/hpet.c:hpet_mmap drivers/misc/open-dice.c:open_dice_mmap \
	drivers/char/mem.c:mmap_mem; do
	f=${d%:*} name=${d#*:}
	base=$(basename "$f")
	transplant "$old/$f" "$src/$f" "$name" "$tmp/$base" || { fail=1; continue; }
	(cd "$tmp" && srctree=$src spatch --very-quiet -D patch --no-includes \
		--include-headers --sp-file "$top/cocci/mmap_to_prepare.cocci" \
		--in-place "$base" >/dev/null 2>"$tmp/err") ||
		{ echo "$f: spatch failed"; cat "$tmp/err"; fail=1; continue; }
	if [ "$base" = mem.c ]; then
		# upstream's own touches: const, comment text, a blank line, alignment
		sed -e 's/^\tconst \(size_t\|phys_addr_t\) /\t\1 /' \
			-e 's/range with the I\/O flag\. \*\//range VM_IO *\//' "$src/$f" |
			awk '!(prev ~ /error_override = -EAGAIN;$/ && $0 == "") { print } { prev = $0 }' \
			>"$tmp/want"
	else
		cp "$src/$f" "$tmp/want"
	fi
	if [ "$base" = mem.c ] && diff -w -q "$tmp/want" "$tmp/$base" >/dev/null ||
		cmp -s "$tmp/want" "$tmp/$base"; then
		echo "ok   $f: $name converted as upstream did"
	else
		echo "FAIL $f: $name"
		diff -u "$tmp/want" "$tmp/$base"
		fail=1
	fi
done
exit $fail
