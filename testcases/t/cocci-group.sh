#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# spatch runs a rule over all the files of its command line at once (one
# group), as efcheck-scan and "spatch a.c b.c" do; coccicheck's --dir makes
# a group of each file.  Every rule, in every mode, must give each file of a
# group what a run of its own gives it: the .c cases of each rule (those
# with the same .opts together) go to ONE spatch call per mode, and each
# file's part is compared with its .report and .res, which runtests checks
# against single runs, and with single runs in context and org mode.
set -eu
cd "$EFCHECK_TOP"
command -v spatch >/dev/null || { echo "spatch is not installed"; exit 77; }
unset srctree # it would choose the rules' target field
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# part FILE MODE: FILE's part of a report, org or context output on stdin,
# with spatch's temporary file names dropped.
part() {
	case $2 in
	report) awk -v f="$1:" 'index($0, f) == 1' ;;
	org) awk -v f="[[view:$1::" 'index($0, f)' ;;
	context)
		awk -v f="$1" '
			/^--- / { hdr = $0; next_is_hdr = 1; next }
			next_is_hdr && /^\+\+\+ / { on = (hdr == "--- " f)
				if (on) print hdr "\n+++"; next_is_hdr = 0; next }
			next_is_hdr { if (on) print hdr; next_is_hdr = 0 }
			on' ;;
	esac
}

# group RULE OPTS FILE...: run RULE over the FILEs, each mode in one call.
group() {
	r=$1
	o=$2
	shift 2
	d=$tmp/$r
	rm -rf "$d"
	mkdir -p "$d"
	for f in "$@"; do
		cp "testcases/cocci/$r/$f" "$d/"
	done
	ropts=$(sed -n 's,^// Options:,,p' "cocci/$r.cocci" | sed 's/--use-gitgrep//')
	# shellcheck disable=SC2086 # options are words
	for m in report org context; do
		(cd "$d" && spatch --very-quiet -D $m --sp-file "$EFCHECK_TOP/cocci/$r.cocci" \
			$ropts $o "$@" >"$tmp/out.$m" 2>"$tmp/err.$m") ||
			{ echo "$r $m: spatch failed on $*:"; cat "$tmp/err.$m"; fail=1; }
	done
	(cd "$d" && spatch --very-quiet -D patch --sp-file "$EFCHECK_TOP/cocci/$r.cocci" \
		$ropts $o --in-place "$@" >/dev/null 2>"$tmp/err.patch") ||
		{ echo "$r patch: spatch failed on $*:"; cat "$tmp/err.patch"; fail=1; }
	for f in "$@"; do
		c=testcases/cocci/$r/$f
		s=${c%.c}
		[ -f "$s.report" ] && exp=$s.report || exp=/dev/null
		part "$f" report <"$tmp/out.report" | diff -u "$exp" - ||
			{ echo "$r: $f: report differs in a group"; fail=1; }
		[ -f "$s.res" ] && exp=$s.res || exp=$c
		diff -u "$exp" "$d/$f" || { echo "$r: $f: patch differs in a group"; fail=1; }
		for m in org context; do
			(cd "$d" && cp "$EFCHECK_TOP/$c" "$f" &&
				spatch --very-quiet -D $m --sp-file "$EFCHECK_TOP/cocci/$r.cocci" \
					$ropts $o "$f") >"$tmp/one.$m" 2>&1 || :
			part "$f" $m <"$tmp/one.$m" >"$tmp/want.$m"
			part "$f" $m <"$tmp/out.$m" | diff -u "$tmp/want.$m" - ||
				{ echo "$r: $f: $m differs in a group"; fail=1; }
		done
	done
}

for r in mmap_error_hook mmap_error_override mmap_success_hook; do
	plain=
	for c in testcases/cocci/$r/*.c; do
		[ -f "${c%.c}.opts" ] || plain="$plain ${c##*/}"
	done
	# shellcheck disable=SC2086 # case names have no blanks
	group $r "" $plain
	for o in "-D field=error_hook" "-D field=error_filter"; do
		set --
		for c in testcases/cocci/$r/*.c; do
			[ "$(cat "${c%.c}.opts" 2>/dev/null)" = "$o" ] && set -- "$@" "${c##*/}"
		done
		[ $# -eq 0 ] || group $r "$o" "$@"
	done
done
exit $fail
