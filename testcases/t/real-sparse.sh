#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# real-sparse.sh - efcheck-sparse as kbuild's CHECK on both real trees,
# with Debian's sparse.  Linux 6.12 has no scripts/checker-valid.sh:
# sparse runs and its real warnings come out.  Linux 7.2 validates the
# checker with that script, which sparse 0.6.4 fails: sparse is skipped
# with one line, the build goes on checking with efcheck, and kbuild does
# not turn checking off.  Both through the wrapper and as
# CHECK="efcheck --sparse".
set -eu
top=${EFCHECK_TOP:-$(pwd)}
. "$top/testcases/lib.sh"
command -v sparse >/dev/null || { echo "sparse not installed (make deps)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# kbuild prints paths under the source tree, resolved or not: strip both.
strip() {
	sed -e "s|^$(readlink -f "$1")/||" -e "s|^$1/||"
}
check() {
	rm -rf "$2/.efcheck-sparse."*
	make -s -C "$1" O="$2" C=2 CHECK="${4:-$top/bin/efcheck-sparse}" "$3" 2>&1 |
		strip "$1"
}

so=$("$top/testcases/real/fetch-kernel.sh" stable --configure) ||
	{ echo "cannot fetch the 6.12 tree"; exit 77; }
src=${so% *} obj=${so#* }
[ ! -f "$src/scripts/checker-valid.sh" ] || fail "6.12 has scripts/checker-valid.sh"
check "$src" "$obj" kernel/sys.o >"$tmp/612"
cat >"$tmp/612.exp" <<'EOX'
kernel/sys.c:1114:32: warning: incorrect type in argument 1 (different address spaces)
kernel/sys.c:1114:32:    expected struct task_struct *p1
kernel/sys.c:1114:32:    got struct task_struct [noderef] __rcu *real_parent
kernel/sys.c:1751:9: warning: context imbalance in '__se_sys_prlimit64' - different lock contexts for basic block
kernel/sys.c:1879:33: warning: context imbalance in 'getrusage' - different lock contexts for basic block
EOX
diff -u "$tmp/612.exp" "$tmp/612"
check "$src" "$obj" kernel/sys.o "$top/bin/efcheck --sparse" >"$tmp/612.opt"
diff -u "$tmp/612.exp" "$tmp/612.opt"

real_tree
[ -f "$src/scripts/checker-valid.sh" ] || fail "7.x has no scripts/checker-valid.sh"
# The tree's own verdict on sparse alone, and what kbuild then prints (a
# make warning, each time make reads the Makefile) as it turns checking
# off.
[ "$(sh "$src/scripts/checker-valid.sh" sparse)" = 0 ] ||
	{ echo "this sparse passes 7.x's validation: nothing to skip"; exit 77; }
make -s -C "$src" O="$obj" C=2 CHECK=sparse drivers/char/mem.o 2>&1 |
	strip "$src" | sed 's/^\(Makefile:\)[0-9]*:/\1N:/' | uniq >"$tmp/kbuild"
diff -u - "$tmp/kbuild" <<'EOX'
Makefile:N: C=2 specified, but sparse is not available or not up to date
EOX
check "$src" "$obj" drivers/char/mem.o >"$tmp/72"
echo "efcheck-sparse: sparse fails this tree's scripts/checker-valid.sh: sparse skipped, efcheck only" >"$tmp/72.exp"
diff -u "$tmp/72.exp" "$tmp/72"
check "$src" "$obj" drivers/char/mem.o "$top/bin/efcheck --sparse" >"$tmp/72.opt"
diff -u "$tmp/72.exp" "$tmp/72.opt"
rm -rf "$obj/.efcheck-sparse."*
