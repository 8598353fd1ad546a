#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fetch-b4.sh - unpack a b4 that has "b4 prep --check" into the cache
#
# Usage: fetch-b4.sh
#
# bookworm's b4 (0.12) has no "b4 prep --check".  unstable's (0.16) has,
# but needs python3-pygit2 >= 1.14 (pygit2.enums), a compiled module that
# bookworm has only as 1.11.  trixie's b4 0.14.2 has "prep --check" and
# needs only what bookworm has: python3-dkim, python3-dnspython,
# python3-requests, python3-patatt and git-filter-repo (DEBIAN_PACKAGES in
# the Makefile).  It is fetched with "apt-get download" through a
# temporary sources list that reuses the Debian URIs of the machine's own
# apt configuration, and unpacked with dpkg-deb -x under
# $EFCHECK_CACHE/b4/root: nothing is installed.  $EFCHECK_CACHE/b4/bin/b4
# runs it with Debian's python3 and PYTHONPATH set.  Prints that bin
# directory on stdout.
#
# Exit: 0 done, 2 usage error, 3 fetch or unpack failed.
set -eu
# shellcheck source=apt-suite.sh source-path=SCRIPTDIR
. "$(dirname -- "$0")/apt-suite.sh"

cache=${EFCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/efcheck}
suite=trixie
pkgs=b4

die() {
	echo "fetch-b4: $*" >&2
	exit 3
}

[ $# = 0 ] || { echo "usage: fetch-b4.sh" >&2; exit 2; }

d=$cache/b4
mkdir -p "$d"
exec 9>"$d/.lock"
flock 9
if [ ! -x "$d/bin/b4" ]; then
	apt_opts=
	apt_suite "$d/apt" "$suite"
	o=$apt_opts
	rm -rf "${d:?}/debs" "${d:?}/root" "${d:?}/bin"
	mkdir -p "$d/debs" "$d/root" "$d/bin"
	# shellcheck disable=SC2086
	(cd "$d/debs" && apt-get -qq $o download $pkgs >/dev/null 2>&1) ||
		die "apt-get download $pkgs failed"
	for deb in "$d"/debs/*.deb; do
		dpkg-deb -x "$deb" "$d/root" || die "unpacking $deb failed"
	done
	rm -rf "$d/debs"
	cat >"$d/bin/b4.tmp" <<EOF
#!/bin/sh
# b4 from Debian $suite, unpacked by fetch-b4.sh, not installed.
PYTHONPATH='$d/root/usr/lib/python3/dist-packages'\${PYTHONPATH:+:\$PYTHONPATH}
export PYTHONPATH
exec /usr/bin/python3 '$d/root/usr/bin/b4' "\$@"
EOF
	chmod +x "$d/bin/b4.tmp"
	mv "$d/bin/b4.tmp" "$d/bin/b4"
fi
echo "$d/bin"
