// SPDX-License-Identifier: GPL-2.0-only
/// Port mmap_action->error_hook (v6.19 to v7.1) to the int field of the
/// scanned tree: error_override from v7.2, error_filter in the v1/v2 series.
/// A static hook that ignores its argument and returns one constant becomes
/// that constant, a hook that returns its argument is dropped, and the hook
/// function goes once nothing else uses it.  Hooks with logic, and hooks
/// returning 0 or a positive value (mmap() then succeeded on an unmapped
/// range or returned a bogus address), are reported.
///
// Confidence: High
// Copyright: (C) 2026 The efcheck authors
// Comments: the field is read from include/linux/mm_types.h of $srctree
//  (or of the current directory); -D field=NAME overrides it.  A tree that
//  still declares error_hook is left alone and report mode says so.
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
# State of the file being processed, reset by efcheck_file().
CUR = None
KIND = {}  # hook -> (kind, value): const identity zero positive logic extern
USED = set()  # hooks assigned to error_hook
DONE = set()  # hooks whose uses were ported
REFS = set()  # hooks still used after that


def efcheck_file(p):
	global CUR
	if p[0].file != CUR:
		CUR = p[0].file
		for s in (KIND, USED, DONE, REFS):
			s.clear()


def efcheck_ported(fn):
	return fn in DONE


def efcheck_portable(fn, kind):
	if FIELD in ("error_override", "error_filter") and fn in USED and \
	   KIND.get(fn, ("",))[0] == kind:
		DONE.add(fn)
		return True
	return False


def efcheck_value_kind(value, arg):
	"""Classify the one expression a hook returns."""
	v = re.sub(r"\s+", "", value)
	while v.startswith("(") and v.endswith(")"):
		v = v[1:-1]
	if v == arg:
		return "identity"
	neg = v.startswith("-")
	core = v[1:] if neg else v
	while core.startswith("(") and core.endswith(")"):
		core = core[1:-1]
	if re.fullmatch(r"(0[xX][0-9a-fA-F]+|\d+)[uUlL]*", core):
		if int(re.sub(r"[uUlL]+$", "", core), 0) == 0:
			return "zero"
		return "const" if neg else "positive"
	if re.fullmatch(r"[A-Z][A-Z0-9_]*", core):
		if not neg and re.fullmatch(r"E[A-Z0-9]+", core):
			return "positive"
		return "const"
	return "logic"


def efcheck_emit(p, msg):
	if ORG:
		coccilib.org.print_todo(p[0], msg)
	else:
		coccilib.report.print_report(p[0], msg)


def efcheck_advice(p, fn):
	kind, value = KIND.get(fn, ("undefined", None))
	if FIELD == "error_hook":
		return "error_hook '%s' kept: this tree still declares error_hook in struct mmap_action" % fn
	if fn == "NULL":
		return "error_hook set to NULL: drop the assignment, %s is 0 by default" % FIELD
	if kind == "const":
		return "error_hook '%s' returns a constant: set %s = %s instead" % (fn, FIELD, value)
	if kind == "identity":
		return "error_hook '%s' returns its argument: drop it, errors then pass unchanged" % fn
	if kind == "zero":
		return "error_hook '%s' returns 0: mmap() then succeeded on an unmapped range; set %s to a negative errno or drop the hook" % (fn, FIELD)
	if kind == "positive":
		return "error_hook '%s' returns positive '%s': mmap() then returned it as an address; set %s to a negative errno such as '-%s'" % (fn, value, FIELD, value.lstrip("(").rstrip(")") if re.fullmatch(r"\(?E[A-Z0-9]+\)?", value) else "EAGAIN")
	if kind == "extern":
		return "error_hook '%s' is not static: set %s to the errno it returns and port its other callers by hand" % (fn, FIELD)
	if kind == "logic":
		return "error_hook '%s' has logic: set %s to the one negative errno it should return; move logging and other side effects into mmap_prepare or vm_ops->mapped" % (fn, FIELD)
	return "error_hook '%s' is not defined in this file: set %s to the negative errno it returns" % (fn, FIELD)

// Where the hook is set: through . or -> (a local struct mmap_action *
// included), or in an initializer.

@hook@
expression E;
identifier fn;
position p;
@@

(
E.error_hook@p = fn
|
E->error_hook@p = fn
)

@hooki@
identifier fn, x;
type T;
position p;
@@

T x = { ..., .error_hook@p = fn, ... };

@script:python@
fn << hook.fn;
p << hook.p;
@@
efcheck_file(p)
USED.add(fn)

@script:python@
fn << hooki.fn;
p << hooki.p;
@@
efcheck_file(p)
USED.add(fn)

// What the hook does.  "static int fn(int err) { return C; }" is classified
// by efcheck_value_kind(); any other definition has logic.

@def depends on hook || hooki@
identifier fn, err;
expression C;
@@

static int fn(int err) { return C; }

@script:python@
fn << def.fn;
err << def.err;
C << def.C;
@@
KIND[fn] = (efcheck_value_kind(C, err), re.sub(r"\s+", "", C))

@sdef depends on hook || hooki@
identifier fn;
@@

static int fn(...) { ... }

@script:python@
fn << sdef.fn;
@@
KIND.setdefault(fn, ("logic", None))

@edef depends on hook || hooki@
identifier fn;
@@

int fn(...) { ... }

@script:python@
fn << edef.fn;
@@
KIND.setdefault(fn, ("extern", None))

// Hooks that can be ported, matched again with their value.

@pdef depends on patch && (hook || hooki)@
identifier fn : script:python() { efcheck_portable(fn, "const") };
identifier err;
expression C;
@@

static int fn(int err) { return C; }

@idef depends on patch && (hook || hooki)@
identifier fn : script:python() { efcheck_portable(fn, "identity") };
identifier err;
@@

static int fn(int err) { return err; }

@script:python target depends on pdef@
fld;
@@
coccinelle.fld = cocci.make_ident(FIELD)

// Ported: the comment above the assignment described the hook, so the
// assignment is rebuilt after the statement before it when there is one.

@set1 depends on patch && (hook || hooki)@
expression E, E1;
identifier pdef.fn, target.fld;
expression pdef.C;
@@

  E1;
+ E.fld = C;
- E.error_hook = fn;

@set1p depends on patch && (hook || hooki)@
expression E, E1;
identifier pdef.fn, target.fld;
expression pdef.C;
@@

  E1;
+ E->fld = C;
- E->error_hook = fn;

@set2 depends on patch && (hook || hooki)@
expression E;
identifier pdef.fn, target.fld;
expression pdef.C;
@@

(
- E.error_hook = fn
+ E.fld = C
|
- E->error_hook = fn
+ E->fld = C
)

@set3 depends on patch && (hook || hooki)@
identifier pdef.fn, target.fld, x;
expression pdef.C;
type T;
@@

T x = { ...,
  .
- error_hook
+ fld
  =
- fn
+ C
  , ... };

@drop1 depends on patch && (hook || hooki)@
expression E;
identifier idef.fn;
@@

(
- E.error_hook = fn;
|
- E->error_hook = fn;
)

@drop2 depends on patch && (hook || hooki)@
identifier idef.fn, x;
type T;
@@

T x = { ...,
- .error_hook = fn,
  ... };

// The hook goes once no use is left in its file.

@still depends on patch && (hook || hooki)@
identifier fn : script:python() { efcheck_ported(fn) };
position p;
@@

fn@p

@script:python depends on patch@
fn << still.fn;
@@
REFS.add(fn)

@script:python unused depends on patch@
fn << def.fn;
gone;
@@
if fn not in DONE or fn in REFS:
	cocci.include_match(False)
else:
	coccinelle.gone = cocci.make_ident(fn)

@depends on patch && (hook || hooki)@
identifier unused.gone;
@@

- static int gone(...);

@depends on patch && (hook || hooki)@
identifier unused.gone;
@@

- static int gone(...) { ... }

@depends on context && (hook || hooki)@
expression E;
identifier fn;
@@

(
* E.error_hook = fn
|
* E->error_hook = fn
)

@depends on context && (hook || hooki)@
identifier fn, x;
type T;
@@

T x = { ...,
* .error_hook = fn
  , ... };

@script:python depends on report || org@
fn << hook.fn;
p << hook.p;
@@
efcheck_emit(p, efcheck_advice(p, fn))

@script:python depends on report || org@
fn << hooki.fn;
p << hooki.p;
@@
efcheck_emit(p, efcheck_advice(p, fn))
