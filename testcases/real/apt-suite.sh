# SPDX-License-Identifier: GPL-2.0
# apt-suite.sh - sourced by fetch-kernel.sh and fetch-b4.sh
#
# apt_suite DIR SUITE: point apt at one more Debian suite without touching
# the machine's apt configuration.  A sources list in DIR/parts names
# SUITE at the first Debian URI this machine's apt already has (deb822
# .sources first, then the one-line sources.list); apt's lists and
# archives live under DIR too.  Sets $apt_opts to the options that make
# apt-get and apt-cache use only that list, and updates it.  The caller
# defines die().

apt_suite() {
	a=$1
	mkdir -p "$a/lists/partial" "$a/cache/archives/partial" "$a/parts"
	uri=$(sed -n 's/^URIs:[[:space:]]*//p' /etc/apt/sources.list.d/*.sources \
		2>/dev/null | grep -m1 '/debian/*$' || true)
	[ -n "$uri" ] || uri=$(awk '$1 == "deb" && $2 ~ /\/debian\/?$/ { print $2; exit }' \
		/etc/apt/sources.list 2>/dev/null || true)
	[ -n "$uri" ] || die "no Debian URI in this machine's apt configuration"
	rm -f "$a"/parts/*.sources
	printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
		"$uri" "$2" >"$a/parts/$2.sources"
	apt_opts="-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$a/parts \
-o Dir::State::Lists=$a/lists -o Dir::Cache=$a/cache -o Debug::NoLocking=1"
	# shellcheck disable=SC2086
	apt-get -qq $apt_opts update >/dev/null 2>&1 || die "apt-get update of $2 failed"
}
