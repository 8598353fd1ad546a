#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# sarif-tool.sh - install Microsoft's SARIF validator, the npm package
# @microsoft/sarif-multitool, into the efcheck cache (never the system)
# and print the path of its Sarif.Multitool binary.
#
# Exit: 0 done, 3 npm is missing or the registry cannot be reached.
set -eu
cache=${EFCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/efcheck}
version=5.7.0
dir=$cache/npm/sarif-multitool-$version
bin=$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$bin" ]; then
	command -v npm >/dev/null || { echo "sarif-tool: npm is not installed" >&2; exit 3; }
	mkdir -p "$dir"
	exec 9>"$dir.lock"
	flock 9
	[ -x "$bin" ] ||
		npm install --prefix "$dir" --no-audit --no-fund --no-save \
			"@microsoft/sarif-multitool@$version" >"$dir.log" 2>&1 ||
		{ echo "sarif-tool: npm install failed, see $dir.log" >&2; exit 3; }
	chmod u+x "$bin"
fi
echo "$bin"
