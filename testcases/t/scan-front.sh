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

# With --tree, each patch's post-images.  A blob that is in the
# repository is read from it; otherwise the hunks are applied to the
# pre-image: the image of an earlier patch, the old blob, or the tree's
# file, which is taken as it is when it is the new blob already.  Patch
# N's directory holds what patches 1..N made (a.h of patch 1 in 2/), its
# N.names only its own files.
g=$tmp/g
mkdir -p "$g/drivers/x" && git -C "$g" init -q
base='#include "a.h"\nint a;\n3\n4\n5\n6\n7\n8\n9\n{\n\ta = 1;\n}\n'
post1='#include "a.h"\nint a;\n3\n4\n5\n6\n7\n8\n9\n{\n\tdesc->action.error_override = EIO;\n\tb = 2;\n}\n'
post2="/* SPDX */\\n$post1"
printf "$base" >"$g/drivers/x/a.c"
# split SERIES [N]: --split-patch --tree into a new $tmp/ps; N patches (2)
split() {
	rm -rf "$tmp/ps" && mkdir "$tmp/ps"
	[ "$(ef --split-patch="$tmp/ps" --tree="$g" "$1")" = "${2:-2}" ] || fail "$1: not ${2:-2} patches"
}
# is N FILE TEXT: patch N's image of FILE is TEXT (printf format)
is() {
	printf "$3" | cmp -s - "$tmp/ps/$1/$2" || fail "patch $1: $2 is not '$3': '$(cat "$tmp/ps/$1/$2")'"
}
split "$tmp/series"
is 1 drivers/x/a.c "$post1"
is 1 drivers/x/a.h '#define X 1\n#define Y 2\n'
is 2 drivers/x/a.c "$post2"
is 2 drivers/x/a.h '#define X 1\n#define Y 2\n'
[ "$(tr '\0' ' ' <"$tmp/ps/1.names")" = "drivers/x/a.c drivers/x/a.h " ] || fail "patch 1: names"
[ "$(tr '\0' ' ' <"$tmp/ps/2.names")" = "drivers/x/a.c " ] || fail "patch 2: names"
# a CRLF copy (a mailer's) gives the same
sed 's/$/\r/' "$tmp/series" >"$tmp/crlf"
split "$tmp/crlf"
is 2 drivers/x/a.c "$post2"
# patch 1's new blob in the repository: taken as it is
blob=$(printf 'int from_blob;\n' | git -C "$g" hash-object -w --stdin)
sed "s/^index 0123abc..4567def/index 0123abc..$blob/; /^From 2222/,\$d" "$tmp/series" >"$tmp/s1"
sed -n '/^From 2222/,$p' "$tmp/series" >"$tmp/s2"
cp "$tmp/s1" "$tmp/series2"
printf 'From 2222222222222222222222222222222222222222 Mon Sep 17 00:00:00 2001\n\ndiff --git a/drivers/x/b.c b/drivers/x/b.c\nnew file mode 100644\nindex 0000000..1234567\n--- /dev/null\n+++ b/drivers/x/b.c\n@@ -0,0 +1 @@\n+int b;\n' >>"$tmp/series2"
split "$tmp/series2"
is 1 drivers/x/a.c 'int from_blob;\n'
is 2 drivers/x/a.c 'int from_blob;\n'
is 2 drivers/x/b.c 'int b;\n'
# the tree's file is the patch's new blob already (the patch applied)
printf "$post2" >"$g/drivers/x/a.c"
id=$(git -C "$g" hash-object drivers/x/a.c)
sed "s/^index 4567def..fedcba9/index 4567def..$id/" "$tmp/s2" >"$tmp/series3"
split "$tmp/series3" 1
is 1 drivers/x/a.c "$post2"
printf "$base" >"$g/drivers/x/a.c"
# a quoted name (git quotes a tab, a quote, bytes above 127)
sed 's|^+++ b/drivers/x/a.h|+++ "b/drivers/x/a\\tq\\"\\303\\274.h"|' "$tmp/series" >"$tmp/series4"
split "$tmp/series4"
is 1 "$(printf 'drivers/x/a\tq"\303\274.h')" '#define X 1\n#define Y 2\n'
# hunks that do not apply, a path out of the tree: one line, exit 2
sed 's/^-	a = 1;/-	a = 2;/' "$tmp/series" >"$tmp/noapply"
sed 's|^+++ b/drivers/x/a.h|+++ b/../../x.c|' "$tmp/series" >"$tmp/escape"

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
rm -rf "$tmp/ps" && mkdir "$tmp/ps"
bad ef --split-patch="$tmp/ps" --tree="$tmp/g" "$tmp/noapply"
rm -rf "$tmp/ps" && mkdir "$tmp/ps"
bad ef --split-patch="$tmp/ps" --tree="$tmp/g" "$tmp/escape"
bad ef --split-patch="$tmp/ps" --tree="$tmp/g" "$tmp/series"
bad ef --tree="$g/drivers/x/a.c" --list-named
bad ef --tree="$g" --list-named drivers/x/a.c
bad ef --tree="$g" --staged="$tmp" --list-named
exit 0
