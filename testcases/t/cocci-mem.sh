#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# cocci-mem.sh - the cocci rules port v7.1's drivers/char/mem.c to v7.2's text
#
# On a git copy of Debian's newest 7.x tree: every rule in every mode prints
# nothing on drivers/char/ (but spatch's "N files match" of --use-gitgrep); mem.c turned back into its pre-v7.2 form
# (error_hook and the /dev/zero success_hook) is patched by
# "make coccicheck MODE=patch M=drivers/char/" into the pristine file, which
# compiles warning-free; with the v7.1 struct in mm_types.h nothing is ported.
# Exit: 0 pass, 1 fail, 77 skip (no spatch, or no tree could be fetched).
set -u
top=${EFCHECK_TOP:-$(pwd)}

command -v spatch >/dev/null || { echo "spatch not installed"; exit 77; }
set -- $("$top/testcases/real/fetch-kernel.sh" unstable --configure) ||
	{ echo "no 7.x kernel tree"; exit 77; }
src=$1 obj=$2
mem=drivers/char/mem.c
[ -f "$src/$mem" ] && grep -q error_override "$src/$mem" ||
	{ echo "$mem has no error_override in this tree"; exit 77; }
git=$("$top/testcases/real/git-copy.sh" "$src") || { echo "cannot make a git copy of $src"; exit 1; }
# One user of the shared copy at a time; put back what is changed here.
exec 9>"$git.lock"
flock 9
trap 'git -C "$git" checkout -q -- drivers/char include/linux/mm_types.h' EXIT
git -C "$git" checkout -q -- drivers/char include/linux/mm_types.h

fail=0
# coccicheck MODE RULE: what coccicheck finds, without its banner and the
# spatch command line it echoes
coccicheck() {
	make -s -C "$git" coccicheck MODE="$1" M=drivers/char/ \
		COCCI="$top/cocci/$2.cocci" DEBUG_FILE=/dev/null 2>&1 |
		grep -v -e '^$' -e '^Please check for false positives' \
			-e '^When using "patch" mode' -e ' --cocci-file ' \
			-e '^[0-9]* files match$'
}

for rule in mmap_error_hook mmap_success_hook mmap_error_override; do
	for mode in patch report context org; do
		out=$(coccicheck $mode $rule)
		[ -z "$out" ] || { echo "$rule $mode on pristine tree:"; echo "$out"; fail=1; }
	done
done

python3 "$top/testcases/cocci/pre-v7.2-mem.py" "$git/$mem" || exit 1
for rule in mmap_error_hook mmap_success_hook mmap_error_override; do
	coccicheck patch $rule >"$git/.cocci.patch"
	if [ -s "$git/.cocci.patch" ]; then
		(cd "$git" && patch -s -p1 <.cocci.patch) || fail=1
	fi
	rm -f "$git/.cocci.patch"
done
if ! cmp -s "$src/$mem" "$git/$mem"; then
	echo "patched $mem differs from the pristine file:"
	diff -u "$src/$mem" "$git/$mem"
	fail=1
fi
# The patched file is the pristine one: build it in the tree's own O= dir.
rm -f "$obj/drivers/char/mem.o"
out=$(make -s -C "$src" O="$obj" -j2 drivers/char/mem.o 2>&1)
if [ $? -ne 0 ] || [ -n "$out" ]; then
	echo "make drivers/char/mem.o:"; echo "$out"; fail=1
fi

# A tree that still declares the hooks: nothing ported, report says why.
git -C "$git" checkout -q -- $mem
python3 "$top/testcases/cocci/pre-v7.2-mem.py" "$git/$mem" || exit 1
sed -i 's/^\tint error_override;$/\tint (*success_hook)(const struct vm_area_struct *vma);\n\tint (*error_hook)(int err);/' \
	"$git/include/linux/mm_types.h"
out=$(coccicheck patch mmap_error_hook; coccicheck patch mmap_success_hook)
[ -z "$out" ] || { echo "patch mode on a v7.1 header:"; echo "$out"; fail=1; }
got=$(coccicheck report mmap_error_hook; coccicheck report mmap_success_hook)
want="mem.c:361:14-24: error_hook 'mmap_filter_error' kept: this tree still declares error_hook in struct mmap_action [hook-declared]"
want="$want
mem.c:528:14-26: success_hook 'mmap_zero_private_success' kept: this tree still declares success_hook in struct mmap_action [hook-declared]"
want=$(printf '%s\n' "$want" | sed "s/:[0-9]*:[0-9]*-[0-9]*:/:/")
got=$(printf '%s\n' "$got" | sed "s|^\./||; s/:[0-9]*:[0-9]*-[0-9]*:/:/")
[ "$got" = "$want" ] || { echo "report on a v7.1 header:"; echo "want: $want"; echo "got:  $got"; fail=1; }
exit $fail
