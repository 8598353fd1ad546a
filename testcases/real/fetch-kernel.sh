#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fetch-kernel.sh - fetch a Debian linux-source tree into the efcheck cache
#
# Usage: fetch-kernel.sh stable|unstable [--configure]
#
# "stable" is linux-source-6.12 from the suites this machine's apt already
# knows; "unstable" is the newest linux-source-7.* of the unstable suite,
# reached through a temporary sources list that reuses the Debian URIs of
# the machine's own apt configuration.  The tree is unpacked under
# $EFCHECK_CACHE/trees/<package>; --configure also runs
# "make defconfig prepare" in $EFCHECK_CACHE/build/<package>.
# Prints the source directory (and the build directory) on stdout.
#
# Exit: 0 done, 2 usage error, 3 fetch or configure failed.
set -eu
# shellcheck source=apt-suite.sh source-path=SCRIPTDIR
. "$(dirname -- "$0")/apt-suite.sh"

cache=${EFCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/efcheck}
which=${1:-}
configure=${2:-}

die() {
	echo "fetch-kernel: $*" >&2
	exit 3
}

case $which in
stable | unstable) ;;
*)
	echo "usage: fetch-kernel.sh stable|unstable [--configure]" >&2
	exit 2
	;;
esac

mkdir -p "$cache/debs" "$cache/trees" "$cache/build" "$cache/apt"
exec 9>"$cache/.lock-$which"
flock 9

apt_opts=""
if [ "$which" = unstable ]; then
	apt_suite "$cache/apt" sid
	# shellcheck disable=SC2086
	pkg=$(apt-cache $apt_opts pkgnames linux-source-7. 2>/dev/null | sort -V | tail -n 1)
else
	[ -n "$(apt-cache policy linux-source-6.12 2>/dev/null | grep Candidate | grep -v none)" ] ||
		apt-get -qq update >/dev/null 2>&1 || true
	pkg=linux-source-6.12
fi
[ -n "$pkg" ] || die "no linux-source package found for $which"

src=$cache/trees/$pkg
if [ ! -f "$src/Makefile" ]; then
	rm -rf "$cache/debs/$pkg" "$src.tmp"
	mkdir -p "$cache/debs/$pkg" "$src.tmp"
	# shellcheck disable=SC2086
	(cd "$cache/debs/$pkg" && apt-get -qq $apt_opts download "$pkg" >/dev/null 2>&1) ||
		die "apt-get download $pkg failed"
	deb=$(ls "$cache/debs/$pkg"/*.deb)
	dpkg-deb --fsys-tarfile "$deb" |
		tar -xO --wildcards './usr/src/linux-source-*.tar.*' |
		tar -xJ -C "$src.tmp" --strip-components=1 ||
		die "unpacking $deb failed"
	rm -rf "$cache/debs/$pkg"
	mv "$src.tmp" "$src"
fi

if [ "$configure" = --configure ]; then
	obj=$cache/build/$pkg
	if [ ! -f "$obj/.efcheck-prepared" ]; then
		mkdir -p "$obj"
		make -s -C "$src" O="$obj" defconfig >/dev/null 2>&1 ||
			die "make defconfig failed in $src"
		make -s -C "$src" O="$obj" -j"$(nproc)" prepare >/dev/null 2>&1 ||
			die "make prepare failed in $src"
		touch "$obj/.efcheck-prepared"
	fi
	echo "$src $obj"
else
	echo "$src"
fi
