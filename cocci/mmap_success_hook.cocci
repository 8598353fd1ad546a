// SPDX-License-Identifier: GPL-2.0-only
/// Port mmap_action->success_hook (v6.19 to v7.1), removed in v7.2.  The
/// /dev/zero hook, which only marks the VMA anonymous and returns 0, becomes
/// vma_desc_set_anonymous(desc) as upstream did; the comment it carried
/// moves along.  Every other success hook is reported: its work belongs in
/// vm_ops->mapped.
///
// Confidence: High
// Copyright: (C) 2026 The efcheck authors
// Comments: a tree whose include/linux/mm_types.h ($srctree or the current
//  directory) still declares success_hook is left alone, and report mode
//  says so; -D field=error_hook forces that.
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
HOOKS = efcheck_field() == "error_hook"
CUR = None
ZERO = set()  # /dev/zero-style hooks of the current file
REFS = set()  # such hooks still used after the port


def efcheck_file(p):
	global CUR
	if p[0].file != CUR:
		CUR = p[0].file
		ZERO.clear()
		REFS.clear()


def efcheck_zero(fn):
	return fn in ZERO and not HOOKS


def efcheck_emit(p, msg):
	if ORG:
		coccilib.org.print_todo(p[0], msg)
	else:
		coccilib.report.print_report(p[0], msg)


def efcheck_advice(fn):
	if HOOKS:
		return "success_hook '%s' kept: this tree still declares success_hook in struct mmap_action" % fn
	if fn in ZERO:
		return "success_hook '%s' only marks the VMA anonymous: call vma_desc_set_anonymous() in mmap_prepare instead" % fn
	return "success_hook '%s' was removed in v7.2: move its work to vm_ops->mapped" % fn

// Where the hook is set.

@hook@
expression E;
identifier fn;
position p;
@@

(
E.success_hook@p = fn
|
E->success_hook@p = fn
)

@hooki@
identifier fn, x;
type T;
position p;
@@

T x = { ..., .success_hook@p = fn, ... };

@script:python@
p << hook.p;
@@
efcheck_file(p)

@script:python@
p << hooki.p;
@@
efcheck_file(p)

// The /dev/zero pattern.  Its comment is carried as the text of the new
// call's name: SmPL cannot add a matched comment in + code.

@zero depends on hook || hooki@
identifier fn, vma;
comments c;
@@

static int fn(const struct vm_area_struct *vma)
{
  vma_set_anonymous@c((struct vm_area_struct *)vma);
  return 0;
}

@script:python call@
fn << zero.fn;
c << zero.c;
f;
@@
ZERO.add(fn)
before = c[0].before.strip() if c else ""
coccinelle.f = cocci.make_ident(before + "\n\tvma_desc_set_anonymous" if before else "vma_desc_set_anonymous")

@depends on patch && (hook || hooki)@
expression D, E1;
identifier fn : script:python() { efcheck_zero(fn) };
identifier call.f;
@@

(
  E1;
+ f(D);
- D->action.success_hook = fn;
|
  E1;
+ f(&D);
- D.action.success_hook = fn;
|
- D->action.success_hook = fn;
+ f(D);
|
- D.action.success_hook = fn;
+ f(&D);
)

@still depends on patch && (hook || hooki)@
identifier fn : script:python() { efcheck_zero(fn) };
position p;
@@

fn@p

@script:python depends on patch@
fn << still.fn;
@@
REFS.add(fn)

@script:python unused depends on patch@
fn << zero.fn;
gone;
@@
if fn in REFS or HOOKS:
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
* E.success_hook = fn
|
* E->success_hook = fn
)

@depends on context && (hook || hooki)@
identifier fn, x;
type T;
@@

T x = { ...,
* .success_hook = fn
  , ... };

@script:python depends on report || org@
fn << hook.fn;
p << hook.p;
@@
efcheck_emit(p, efcheck_advice(fn))

@script:python depends on report || org@
fn << hooki.fn;
p << hooki.p;
@@
efcheck_emit(p, efcheck_advice(fn))
