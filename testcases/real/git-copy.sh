#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# git-copy.sh - a throw-away git checkout of a cached kernel tree
#
# Usage: git-copy.sh SRC
#
# The Debian linux-source trees are not git checkouts, but the pre-commit
# hook and the "git grep" baseline need one.  This copies SRC once to
# $EFCHECK_CACHE/git/<name of SRC> and commits every file there, so that the
# pristine tree is never touched.  The copy is built under a temporary name
# and renamed when complete, so an interrupted run leaves no half copy.
# Tests that change files in the copy must restore them ("git checkout");
# a test that was killed cannot, so every call hands the copy out as it
# was made: its first commit checked out on its own branch, no other
# branch, no stray file, no hook and no efcheck setting.
# Prints the directory of the copy on stdout.
#
# Exit: 0 done, 2 usage error, 3 copy failed.
set -eu

cache=${EFCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/efcheck}
src=${1:-}

if [ -z "$src" ] || [ ! -f "$src/Makefile" ]; then
	echo "usage: git-copy.sh SRC (a kernel source tree)" >&2
	exit 2
fi
name=$(basename -- "$src")
dst=$cache/git/$name

mkdir -p "$cache/git"
exec 9>"$cache/git/.lock-$name"
flock 9

if [ ! -d "$dst/.git" ]; then
	rm -rf "$dst.tmp"
	cp -a -- "$src" "$dst.tmp" || { echo "git-copy: cannot copy $src" >&2; exit 3; }
	(
		cd "$dst.tmp" &&
		git init -q &&
		git config user.name efcheck &&
		git config user.email efcheck@localhost &&
		git config gc.auto 0 &&
		git add -f . &&
		git commit -q -m "$name" --no-verify
	) >/dev/null 2>&1 || { echo "git-copy: git commit failed in $dst.tmp" >&2; exit 3; }
	mv -- "$dst.tmp" "$dst"
fi
(
	cd "$dst" || exit 1
	b=$(git config --get init.defaultBranch || echo master)
	root=$(git rev-list --max-parents=0 --all | tail -n 1)
	git checkout -q -f -B "$b" "$root" &&
		git for-each-ref --format='%(refname:short)' refs/heads | grep -vxF -- "$b" |
		xargs -r git branch -q -D &&
		git clean -fdqx &&
		find .git/hooks -type f ! -name '*.sample' -exec rm -f -- {} + &&
		{ git config --remove-section efcheck 2>/dev/null || true; }
) >/dev/null 2>&1 || { echo "git-copy: cannot restore $dst" >&2; exit 3; }
echo "$dst"
