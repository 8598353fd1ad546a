# SPDX-License-Identifier: GPL-2.0
# lib.sh - shared by testcases/t/cocci-*.sh and testcases/bench/cocci.sh
#
# cocci_git_tree SRC: print the path of a cached git copy of the kernel tree
# SRC, creating it once ($EFCHECK_CACHE/git/<name>).  The pristine tree is
# never touched; the copy is what coccicheck's git grep prefilter needs.

cocci_cache=${EFCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/efcheck}

cocci_git_tree() {
	src=$1
	dst=$cocci_cache/git/$(basename "$src")
	if [ ! -d "$dst/.git" ]; then
		mkdir -p "$cocci_cache/git"
		rm -rf "$dst.tmp"
		cp -a "$src" "$dst.tmp" || return 1
		# Debian's .gitignore ignores the whole top level: add with -f.
		(cd "$dst.tmp" && git init -q && git add -f -A . &&
			git -c user.name=efcheck -c user.email=efcheck@invalid \
				commit -q -m pristine) >/dev/null || return 1
		mv "$dst.tmp" "$dst"
	fi
	echo "$dst"
}
