#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# scan-front.sh - what efcheck-scan asks efcheck: --split-patch's exact
# per-patch lists and post-images, --tree-flags' generated directory (made once, shared),
# and one error line with exit 2 for each bad use.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
ef() { "$top/bin/efcheck" "$@"; }

# A series of two patches: a .c change with a hunk in the middle, a new
# header, a Makefile (not listed), and a second patch on the same file.
cat >"$tmp/series" <<'EOS'
From 1111111111111111111111111111111111111111 Mon Sep 17 00:00:00 2001
Subject: [PATCH 1/2] drv: set the override
+this line of the message is no added line

diff --git a/drivers/x/a.c b/drivers/x/a.c
index 0123abc..4567def 100644
--- a/drivers/x/a.c
+++ b/drivers/x/a.c
@@ -10,3 +10,4 @@ static int f(void)
 {
-	a = 1;
+	desc->action.error_override = EIO;
+	b = 2;
 }
diff --git a/drivers/x/a.h b/drivers/x/a.h
new file mode 100644
index 0000000..89abcde
--- /dev/null
+++ b/drivers/x/a.h
@@ -0,0 +1,2 @@
+#define X 1
+#define Y 2
diff --git a/drivers/x/Makefile b/drivers/x/Makefile
index 1111111..2222222 100644
--- a/drivers/x/Makefile
+++ b/drivers/x/Makefile
@@ -1 +1,2 @@
 obj-y += a.o
+obj-y += b.o
-- 
2.47.0

From 2222222222222222222222222222222222222222 Mon Sep 17 00:00:00 2001
Subject: [PATCH 2/2] drv: one more

diff --git a/drivers/x/a.c b/drivers/x/a.c
index 4567def..fedcba9 100644
--- a/drivers/x/a.c
+++ b/drivers/x/a.c
@@ -1,2 +1,3 @@
+/* SPDX */
 #include "a.h"
 int a;
EOS
mkdir "$tmp/ps"
[ "$(ef --split-patch="$tmp/ps" - <"$tmp/series")" = 2 ] || fail "not 2 patches"
T=$(printf '\t')
printf 'drivers/x/a.c%s4567def\ndrivers/x/a.h%s89abcde\n' "$T" "$T" | diff -u - "$tmp/ps/1.files" ||
	fail "patch 1: files"
printf 'drivers/x/a.c%s11\ndrivers/x/a.c%s12\ndrivers/x/a.h%s1\ndrivers/x/a.h%s2\n' \
	"$T" "$T" "$T" "$T" | diff -u - "$tmp/ps/1.lines" || fail "patch 1: lines"
printf 'drivers/x/a.c%sfedcba9\n' "$T" | diff -u - "$tmp/ps/2.files" || fail "patch 2: files"
printf 'drivers/x/a.c%s1\n' "$T" | diff -u - "$tmp/ps/2.lines" || fail "patch 2: lines"

# With --tree, each patch's post-images: a blob that is in the
# repository is read from it, one that is not gives the tree's file, and
# a file in neither is left out of N.names.
g=$tmp/g
mkdir -p "$g/drivers/x" && cd "$g" && git init -q && cd "$top"
printf 'int from_tree;\n' >"$g/drivers/x/a.c"
blob=$(printf 'int from_blob;\n' | git -C "$g" hash-object -w --stdin)
sed "s/^index 0123abc..4567def/index 0123abc..$blob/" "$tmp/series" >"$tmp/series2"
rm -rf "$tmp/ps" && mkdir "$tmp/ps"
[ "$(ef --split-patch="$tmp/ps" --tree="$g" "$tmp/series2")" = 2 ] || fail "--tree: not 2 patches"
[ "$(cat "$tmp/ps/1/drivers/x/a.c")" = "int from_blob;" ] || fail "patch 1: a.c is not its blob"
[ "$(cat "$tmp/ps/2/drivers/x/a.c")" = "int from_tree;" ] || fail "patch 2: a.c is not the tree's"
[ ! -e "$tmp/ps/1/drivers/x/a.h" ] || fail "patch 1: a.h, in neither, was written"
[ "$(tr '\0' '\n' <"$tmp/ps/1.names")" = drivers/x/a.c ] || fail "patch 1: names"
[ "$(tr '\0' '\n' <"$tmp/ps/2.names")" = drivers/x/a.c ] || fail "patch 2: names"

# --list-named reads an untracked file, and the files of a git
# repository nested in the tree (a vendor driver's clone), as the walk
# of a tree outside git does.
mkdir -p "$g/include/linux" "$g/drivers/nested"
touch "$g/Makefile"
printf 'int a = sizeof(struct mmap_action);\n' >"$g/drivers/x/u.c"
printf 'void f(struct vm_area_desc *d) { d->action.error_override = 11; }\n' \
	>"$g/drivers/nested/n.c"
git -C "$g/drivers/nested" init -q
git -C "$g/drivers/nested" add n.c
printf 'drivers/nested/n.c\ndrivers/x/u.c\n' >"$tmp/want"
ef --tree="$g" --list-named | diff -u "$tmp/want" - || fail "--list-named in git"
mv "$g/.git" "$tmp/dotgit"
ef --tree="$g" --list-named | diff -u "$tmp/want" - || fail "--list-named outside git"
mv "$tmp/dotgit" "$g/.git"

# The generated directory: made once, named after the tree and the arch.
mkdir "$tmp/gen"
ARCH=x86 ef --tree-flags="$top/testcases/demo" --gen-dir="$tmp/gen" >"$tmp/f1"
ARCH=x86 ef --tree-flags="$top/testcases/demo" --gen-dir="$tmp/gen" >"$tmp/f2"
cmp "$tmp/f1" "$tmp/f2" || fail "--tree-flags differs the second time"
[ "$(ls "$tmp/gen" | wc -l)" = 1 ] || fail "not one generated directory: $(ls "$tmp/gen")"
g=$(ls -d "$tmp"/gen/gen-*)
[ "$(readlink "$g/k/asm")" = "$top/testcases/demo/include/asm-generic" ] || fail "k/asm"
grep -qx '#define CONFIG_X86_64 1' "$g/k/generated/autoconf.h" || fail "no CONFIG_X86_64"
tr '\0' '\n' <"$tmp/f1" | grep -qx -e "-I$top/testcases/demo/arch/x86/include" ||
	fail "no arch include path"

# Bad uses: one line, exit 2, nothing on stdout.
bad() {
	"$@" >"$tmp/o" 2>"$tmp/e" && rc=0 || rc=$?
	[ "$rc" = 2 ] && [ "$(wc -l <"$tmp/e")" = 1 ] && [ ! -s "$tmp/o" ] ||
		fail "$*: rc=$rc, $(cat "$tmp/e" "$tmp/o")"
}
bad ef --tree-flags="$top/testcases/demo"
bad env ARCH=nosuch "$top/bin/efcheck" --tree-flags="$top/testcases/demo" --gen-dir="$tmp/gen"
bad ef --split-patch="$tmp/ps" "$tmp/nonexistent"
bad ef --split-patch="$tmp/ps"
bad ef --split-patch="$tmp/nodir" "$tmp/series"
bad ef --merge --summary=1 /dev/null
bad ef --list-named
bad ef --tree="$g/drivers/x/a.c" --list-named
bad ef --tree="$g" --list-named drivers/x/a.c
bad ef --tree="$g" --staged="$tmp" --list-named
exit 0
