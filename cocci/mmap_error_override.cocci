// SPDX-License-Identifier: GPL-2.0-only
/// Check the value given to mmap_action->error_override (error_filter in
/// the v1/v2 series) and port error_filter to the scanned tree's field.
/// core mm rejects every override outside -4095..-1 with a warning and
/// -EINVAL on each mmap(): a positive E* macro is negated, a bare number or
/// 0 is reported.  The libclang checker evaluates the value exactly; this
/// rule sees only its syntax.
///
// Confidence: High
// Copyright: (C) 2026 The efcheck authors
// Comments: the field is read from include/linux/mm_types.h of $srctree
//  (or of the current directory); -D field=NAME overrides it.
// Options: --no-includes --include-headers

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
import os
import re


def efcheck_defines():
	"""-D NAME[=VALUE] options of this spatch run."""
	try:
		argv = open("/proc/self/cmdline").read().split("\0")
	except OSError:
		return {}
	defs = {}
	for opt, arg in zip(argv, argv[1:]):
		if opt in ("-D", "--define"):
			name, _, value = arg.partition("=")
			defs[name] = value
	return defs


def efcheck_field():
	"""The field that replaced error_hook in the scanned tree."""
	field = efcheck_defines().get("field")
	if field:
		return field
	for root in (os.environ.get("srctree"), "."):
		if not root:
			continue
		try:
			text = open(os.path.join(root, "include/linux/mm_types.h")).read()
		except OSError:
			continue
		m = re.search(r"struct mmap_action \{(.*?)\n\};", text, re.S)
		if not m:
			continue
		body = re.sub(r"/\*.*?\*/", "", m.group(1), flags=re.S)
		for name in ("error_hook", "error_override", "error_filter"):
			if re.search(r"\b%s\b" % name, body):
				return name
	return "error_override"


FIELD = efcheck_field()
ORG = "org" in efcheck_defines()
# The spelling to port away from, if any.
OLD = {"error_override": "error_filter",
       "error_filter": "error_override"}.get(FIELD)


def efcheck_old(f):
	return f == OLD


def efcheck_emit(p, msg):
	if ORG:
		coccilib.org.print_todo(p[0], msg)
	else:
		coccilib.report.print_report(p[0], msg)


def efcheck_value(f, v):
	"""Advice for "f = v", or None when the syntax shows nothing wrong."""
	v = re.sub(r"\s+", "", v)
	core = v
	while core.startswith("(") and core.endswith(")"):
		core = core[1:-1]
	if re.fullmatch(r"-?(0[xX][0-9a-fA-F]+|\d+)[uUlL]*", core):
		if int(re.sub(r"[uUlL]+$", "", core.lstrip("-")), 0) == 0:
			return "%s set to 0: that means no override, drop the assignment" % f
		return "%s set to bare number '%s': use a negative errno name such as -EAGAIN" % (f, v)
	if re.fullmatch(r"E[A-Z0-9]+", core):
		return "%s set to positive '%s': every mmap() then fails with -EINVAL; use '-%s'" % (f, core, core)
	return None

// Prefilter: the field names themselves, for coccicheck's git grep.

@tok@
expression E;
@@

(
E.error_override
|
E->error_override
|
E.error_filter
|
E->error_filter
)

@toki@
identifier x;
expression V;
type T;
@@

(
T x = { ..., .error_override = V, ... };
|
T x = { ..., .error_filter = V, ... };
)

@set depends on tok@
identifier f = {error_override, error_filter};
expression E, V;
position p;
@@

(
E.f@p = V
|
E->f@p = V
)

@seti depends on toki@
identifier f = {error_override, error_filter};
identifier x;
expression V;
type T;
position p;
@@

T x = { ..., .f@p = V, ... };

@fld depends on set || seti@
identifier f : script:python() { efcheck_old(f) };
expression E;
position p;
@@

(
E.f@p
|
E->f@p
)

@fldi depends on set || seti@
identifier f : script:python() { efcheck_old(f) };
identifier x;
expression V;
type T;
position p;
@@

T x = { ..., .f@p = V, ... };

@script:python new depends on patch && (tok || toki)@
nf;
@@
coccinelle.nf = cocci.make_ident(FIELD)

@depends on patch && (tok || toki)@
identifier f : script:python() { efcheck_old(f) };
identifier new.nf;
expression E;
@@

(
  E.
- f
+ nf
|
  E->
- f
+ nf
)

@depends on patch && (tok || toki)@
identifier f : script:python() { efcheck_old(f) };
identifier new.nf, x;
expression V;
type T;
@@

T x = { ...,
  .
- f
+ nf
  = V, ... };

@depends on patch && (tok || toki)@
identifier f = {error_override, error_filter};
identifier C =~ "^E[A-Z0-9]+$";
expression E;
@@

(
  E.f =
- C
+ -C
|
  E->f =
- C
+ -C
)

@depends on patch && (tok || toki)@
identifier f = {error_override, error_filter};
identifier C =~ "^E[A-Z0-9]+$";
identifier x;
type T;
@@

T x = { ..., .f =
- C
+ -C
  , ... };

@depends on context && (tok || toki)@
identifier f : script:python() { efcheck_old(f) };
expression E;
@@

(
* E.f
|
* E->f
)

@script:python depends on report || org@
f << fld.f;
p << fld.p;
@@
efcheck_emit(p, "%s was renamed: use %s" % (f, FIELD))

@script:python depends on report || org@
f << fldi.f;
p << fldi.p;
@@
efcheck_emit(p, "%s was renamed: use %s" % (f, FIELD))

@script:python depends on report || org@
f << set.f;
v << set.V;
p << set.p;
@@
msg = efcheck_value(f, v)
if msg:
	efcheck_emit(p, msg)

@script:python depends on report || org@
f << seti.f;
v << seti.V;
p << seti.p;
@@
msg = efcheck_value(f, v)
if msg:
	efcheck_emit(p, msg)
