// SPDX-License-Identifier: GPL-2.0-only
/// Port mmap_action->error_hook (v6.19 to v7.1) to the int field of the
/// scanned tree: error_override from v7.2, error_filter in the v1/v2 series.
/// Only struct mmap_action is touched: desc->action of a struct
/// vm_area_desc *, a struct mmap_action * or an initializer of one.  A hook
/// that ignores its argument and returns one constant becomes that constant,
/// a hook that returns its argument is dropped, and a static hook of a .c
/// file goes once nothing else uses it.  Version-compat branches, macro
/// bodies, hooks defined twice, hooks with logic, and hooks returning 0 or
/// a positive value are reported, never rewritten.
///
// Confidence: High
// Copyright: (C) 2026 The efcheck authors
// Comments: the field is read from include/linux/mm_types.h of $srctree
//  (or of the current directory); -D field=NAME overrides it.  A tree that
//  still declares error_hook is left alone and report mode says so.
//  Every report line ends in [name], a name of efcheck --list-checks or of
//  clang-plugin/cocci_list.h.
// Options: --no-includes --include-headers --use-gitgrep
// efcheck-scan: files error_hook

virtual patch
virtual context
virtual org
virtual report

@initialize:python@
@@
import os
import re
import sys

# A file name is bytes: under LC_ALL=C an embedded python would print
# one that is not ASCII with the ascii codec, and fail.
sys.stdout.reconfigure(encoding="utf-8", errors="surrogateescape")


def efcheck_defines():
	"""-D NAME[=VALUE] options of this spatch run."""
	try:
		argv = open("/proc/self/cmdline", "rb").read().decode("utf-8", "surrogateescape").split("\0")
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
			text = open(os.path.join(root, "include/linux/mm_types.h"), encoding="utf-8", errors="replace").read()
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
CPP = {}
# A conditional is version-compat code when its conditions name a kernel
# version or the API, or when a sibling branch already uses the new API.
COMPAT_COND = re.compile(r"LINUX_VERSION|KERNEL_VERSION|RHEL_|hook|"
			 r"error_override|error_filter|mmap_action|mmap_prepare", re.I)
NEW_API = re.compile(r"\b(error_override|error_filter|vma_desc_set_anonymous)\b")


def efcheck_cpp(path):
	"""Preprocessor structure of a file, from its text: lines of #define
	bodies, the conditionals around each line, and the first line of the
	top-level brace block (function) each line is in."""
	if path in CPP:
		return CPP[path]
	try:
		lines = open(path.encode("utf-8", "surrogateescape"), encoding="utf-8", errors="replace").read().split("\n")
	except OSError:
		lines = []
	info = {"lines": lines, "macro": {}, "groups": [], "where": {}, "func": {}}
	stack = []
	cont = False
	name = None
	depth = 0
	fstart = None
	comment = False
	for n, text in enumerate(lines, 1):
		# the lines of a #define are in the conditionals around it
		here = tuple((g, len(info["groups"][g]["branches"]) - 1)
			     for g in stack if not info["groups"][g].get("guard"))
		if cont:
			if name:
				info["macro"][n] = name
				info["where"][n] = here
			cont = text.rstrip().endswith("\\")
			continue
		m = re.match(r"\s*#\s*(\w+)(.*)", text)
		if m and not comment:
			d, arg = m.group(1), m.group(2).strip()
			cont = text.rstrip().endswith("\\")
			name = None
			if d == "define":
				name = re.match(r"\w*", arg).group(0)
				info["macro"][n] = name
				info["where"][n] = here
				# an include guard is no configuration branch
				if stack:
					g = info["groups"][stack[-1]]
					if g["conds"] == ["ifndef " + name] and \
					   not "".join(lines[g["branches"][0][0]:n - 1]).strip():
						g["guard"] = True
			if d in ("if", "ifdef", "ifndef"):
				info["groups"].append({"conds": [d + " " + arg],
						       "branches": [[n, len(lines) + 1]]})
				stack.append(len(info["groups"]) - 1)
			elif d in ("elif", "else") and stack:
				g = info["groups"][stack[-1]]
				g["branches"][-1][1] = n
				g["branches"].append([n, len(lines) + 1])
				g["conds"].append(d + " " + arg)
			elif d == "endif" and stack:
				g = info["groups"][stack.pop()]
				g["branches"][-1][1] = n
			continue
		info["where"][n] = tuple((g, len(info["groups"][g]["branches"]) - 1)
					 for g in stack
					 if not info["groups"][g].get("guard"))
		code = re.sub(r'"(\\.|[^"\\])*"|\'(\\.|[^\'\\])*\'', "", text)
		if comment:
			code = code.split("*/", 1)[1] if "*/" in code else ""
		code = re.sub(r"/\*.*?\*/", "", code)
		comment = "/*" in code
		code = code.split("/*")[0].split("//")[0]
		if depth > 0:
			info["func"][n] = fstart
		for ch in code:
			if ch == "{":
				if depth == 0:
					fstart = n
					info["func"][n] = n
				depth += 1
			elif ch == "}" and depth > 0:
				depth -= 1
	CPP[path] = info
	return info


def efcheck_macro(p):
	"""The macro whose #define body holds position p, or None."""
	return efcheck_cpp(p[0].file)["macro"].get(int(p[0].line))


def efcheck_compat(path, line):
	"""True if line is in a preprocessor branch that the migrated code would
	make wrong for another configuration."""
	info = efcheck_cpp(path)
	for g, b in info["where"].get(int(line), ()):
		grp = info["groups"][g]
		if COMPAT_COND.search(" ".join(grp["conds"])):
			return True
		for j, (a, e) in enumerate(grp["branches"]):
			if j != b and NEW_API.search("\n".join(info["lines"][a:e - 1])):
				return True
	return False


def efcheck_same_branch(dfile, dline, path, line):
	"""True if the definition at dline is compiled whenever line is: its
	preprocessor branches are the first of those of line."""
	if dfile != path:
		return False
	info = efcheck_cpp(path)
	dw = info["where"].get(int(dline), ())
	return info["where"].get(int(line), ())[:len(dw)] == dw


def efcheck_def_alone(path, dline):
	"""True if the function defined at dline is all its innermost
	preprocessor branch holds: deleting it would leave an empty #ifdef."""
	info = efcheck_cpp(path)
	where = info["where"].get(int(dline))
	if not where:
		return False
	g, b = where[-1]
	a, e = info["groups"][g]["branches"][b]
	for n in range(a + 1, e):
		t = info["lines"][n - 1].strip()
		if n == int(dline) or info["func"].get(n) in (int(dline), int(dline) + 1):
			continue
		if t and not t.startswith(("/*", "*", "//", "#")):
			return False
	return True


def efcheck_in_cond(path, line):
	return bool(efcheck_cpp(path)["where"].get(int(line)))


def efcheck_func(path, line):
	return efcheck_cpp(path)["func"].get(int(line))


def efcheck_key(p):
	return (p[0].file, int(p[0].line), int(p[0].column))


def efcheck_emit(p, msg, name):
	"""Report mode ends the line in [name]; org mode says (name), as a ']'
	would end its link."""
	if ORG:
		coccilib.org.print_todo(p[0], "%s (%s)" % (msg, name))
	else:
		coccilib.report.print_report(p[0], "%s [%s]" % (msg, name))


def efcheck_alone(path, line):
	"""True if line is the only code of its innermost preprocessor branch:
	removing it would leave an empty #ifdef/#endif."""
	info = efcheck_cpp(path)
	where = info["where"].get(int(line))
	if not where:
		return False
	g, b = where[-1]
	a, e = info["groups"][g]["branches"][b]
	for n in range(a + 1, e):
		t = info["lines"][n - 1].strip()
		if n != int(line) and t and not t.startswith(("/*", "*", "//")) and \
		   not re.match(r"(if|else)\b.*[^;]$|[{}]$", t):
			return False
	return True


# State of one group of files: spatch runs every rule over all the files
# it was given at once (one group; --dir makes a group of each file), so
# the state is keyed by file and efcheck_group() resets it per group.
KIND = {}  # (file, hook) -> (kind, value)
DEFS = {}  # hook -> {(file, line, static)}: its definitions
USES = {}  # position key of a typed assignment -> hook
# Rules after a change see a re-parsed copy of the file, with other
# positions: assignments are then known by file, function and statement.
ELEM = {}  # position key -> (file, function, statement text)
MACRO = set()  # keys of assignments in #define bodies
REFS = set()  # (file, hook) still used after the port
DROPFN = set()  # (file, function) an assignment was dropped from
GONE = set()  # (file, hook) to delete
MCOMPAT = set()  # keys of assignments in #define bodies of compat branches
LONE = set()  # keys of assignments alone in an if with side effects
SAWC = [False]  # the group has a .c file


def efcheck_group():
	"""A new group starts.  A header processed in a group of its own
	before a .c file (as --dir does) lends that file its hooks: state of
	header-only groups is kept until a group with a .c file ends."""
	if SAWC[0]:
		for d in (KIND, DEFS, USES, ELEM):
			d.clear()
		for d in (MACRO, REFS, DROPFN, GONE, FILES, MCOMPAT, LONE):
			d.clear()
	SAWC[0] = False


FILES = set()  # the files of the group, as spatch names them


def efcheck_file(p):
	FILES.add(p[0].file)
	if not p[0].file.endswith(".h"):
		SAWC[0] = True


def efcheck_orig(path):
	"""The file that spatch's re-parsed copy of a changed function stands
	for."""
	m = re.match(r"cocci_small_output-\d+-[0-9a-f]+-(.*)", os.path.basename(path))
	if not m:
		return path
	same = sorted(f for f in FILES if os.path.basename(f) == m.group(1))
	return same[0] if same else m.group(1)


def efcheck_macro_value(name, path):
	"""The text a #define of the file gives NAME, or None."""
	text = "\n".join(efcheck_cpp(path)["lines"])
	m = re.search(r"^\s*#\s*define\s+%s[ \t]+(.+)$" % re.escape(name), text, re.M)
	return m.group(1).split("/*")[0].split("//")[0].strip() if m else None


def efcheck_value_kind(value, arg, path, depth=0):
	"""Classify the one expression a hook returns: (kind, the value)."""
	v = re.sub(r"\s+", "", value)
	while v.startswith("(") and v.endswith(")"):
		v = v[1:-1]
	if v == arg:
		return "identity", v
	m = re.fullmatch(r"([^?]+)\?([^:?]+):([^:?]+)", v)
	if m:
		for arm in (m.group(2), m.group(3)):
			k = efcheck_value_kind(arm, arg, path, depth)
			if k[0] == "positive":
				return k
		return "logic", v
	neg = v.startswith("-")
	core = v[1:] if neg else v
	while core.startswith("(") and core.endswith(")"):
		core = core[1:-1]
	if re.fullmatch(r"(0[xX][0-9a-fA-F]+|\d+)[uUlL]*", core):
		if int(re.sub(r"[uUlL]+$", "", core), 0) == 0:
			return "zero", v
		return ("const" if neg else "positive"), v
	if re.fullmatch(r"E[A-Z0-9]+", core):
		return ("const" if neg else "positive"), v
	if re.fullmatch(r"[A-Za-z_]\w*", core):
		body = efcheck_macro_value(core, path) if depth < 8 else None
		if body is None:
			return ("const" if re.fullmatch(r"[A-Z][A-Z0-9_]*", core) else "logic"), v
		k = efcheck_value_kind(("-(%s)" % body) if neg else body, arg, path, depth + 1)
		if k[0] == "positive":
			return "positive", v
		if k[0] == "const" and neg and not body.lstrip("(").startswith("-"):
			return "const", v
		return k[0], v
	return "logic", v


def efcheck_def(fn, p, static):
	DEFS.setdefault(fn, set()).add((p[0].file, int(p[0].line), static))


def efcheck_defs(fn, path):
	"""The definitions of fn that a use in path sees: those of path, else
	those of the headers processed with it."""
	defs = DEFS.get(fn, set())
	return {d for d in defs if d[0] == path} or \
		{d for d in defs if d[0].endswith(".h")}


def efcheck_elem(p):
	line = efcheck_cpp(p[0].file)["lines"][int(p[0].line) - 1]
	return (efcheck_orig(p[0].file), p[0].current_element, re.sub(r"\s+", " ", line.strip()))


def efcheck_use(p, fn):
	efcheck_file(p)
	USES[efcheck_key(p)] = fn
	ELEM[efcheck_key(p)] = efcheck_elem(p)


def efcheck_state(key):
	"""What to do with the assignment at key: (action, kind, value); action
	is port, drop or report.  Assignments with the same text in the same
	function that need different actions are all reported."""
	st = efcheck_state1(key)
	if st[0] != "report":
		for k, e in ELEM.items():
			if e == ELEM[key] and efcheck_state1(k)[0] != st[0]:
				return "report", "twin", None
	return st


def efcheck_state1(key):
	fn = USES[key]
	path, line = key[0], key[1]
	if FIELD not in ("error_override", "error_filter"):
		return "report", "hook-declared", None
	if fn == "NULL":
		if efcheck_alone(path, line):
			return "report", "alone", None
		if key in LONE:
			return "report", "lonely", None
		return "drop", "null", None
	if efcheck_compat(path, line):
		return "report", "compat", None
	defs = efcheck_defs(fn, path)
	if len(defs) > 1:
		return "report", "redefined", None
	if not defs:
		return "report", "undefined", None
	(dfile, dline, static), = defs
	kind, value = KIND.get((dfile, fn), ("logic", None))
	if kind not in ("const", "identity"):
		return "report", kind, value
	if efcheck_in_cond(dfile, dline):
		if efcheck_compat(dfile, dline):
			return "report", "compat-def", value
		# a configuration branch: wrong wherever it is compiled on this tree
		if not efcheck_same_branch(dfile, dline, path, line) or \
		   efcheck_def_alone(dfile, dline):
			return "report", "config-def", value
	if kind == "identity":
		if efcheck_alone(path, line):
			return "report", "alone", value
		if key in LONE:
			return "report", "lonely", value
		return "drop", kind, value
	return "port", kind, value


def efcheck_action_at(p):
	e = efcheck_elem(p)
	for k, ek in ELEM.items():
		if ek == e:
			return efcheck_state(k)[0]
	return None


def efcheck_port_at(p):
	return efcheck_action_at(p) == "port"


def efcheck_port_value(p, fn, C):
	"""C is the value of the hook fn of p's file: bindings of one file do
	not reach another one of the same group."""
	defs = efcheck_defs(fn, efcheck_orig(p[0].file))
	if len(defs) != 1:
		return False
	k = KIND.get((next(iter(defs))[0], fn))
	return bool(k) and k[1] == re.sub(r"\s+", "", C)


def efcheck_drop_at(p):
	if efcheck_action_at(p) == "drop":
		DROPFN.add((efcheck_orig(p[0].file), p[0].current_element))
		return True
	return False


def efcheck_portable(fn):
	return any(f == fn and efcheck_state(k)[0] == "port" for k, f in USES.items())


def efcheck_deletable(fn, path):
	"""The hook goes if every use was ported and it is a static function of
	this .c file, defined once."""
	if (path, fn) in REFS or path.endswith(".h"):
		return False
	uses = [k for k, f in USES.items() if f == fn and k[0] == path]
	if not uses or any(efcheck_state(k)[0] == "report" for k in uses):
		return False
	defs = {d for d in DEFS.get(fn, set()) if d[0] == path}
	if len(defs) != 1:
		return False
	return next(iter(defs))[2]


def efcheck_in_dropfn(p):
	return (efcheck_orig(p[0].file), p[0].current_element) in DROPFN


def efcheck_advice(key):
	fn = USES[key]
	action, kind, value = efcheck_state(key)
	defs = efcheck_defs(fn, key[0])
	keep = ""
	if len(defs) == 1 and action == "port":
		dfile, dline, static = next(iter(defs))
		if dfile.endswith(".h"):
			keep = " (keep '%s': it is defined in a header)" % fn
		elif not static:
			keep = " (keep '%s': it is not static)" % fn
	if kind == "hook-declared":
		return "error_hook '%s' kept: this tree still declares error_hook in struct mmap_action" % fn, "hook-declared"
	if kind == "null":
		return "error_hook set to NULL: drop the assignment, %s is 0 by default" % FIELD, "removed-hook"
	if kind == "compat":
		return "error_hook '%s' is in a version-compat branch, correct for older kernels: left alone" % fn, "compat-branch"
	if kind == "config-def":
		return "error_hook '%s' is defined under a configuration #if: set %s = %s by hand where the hook is compiled" % (fn, FIELD, value), "removed-hook"
	if kind == "compat-def":
		return "error_hook '%s' is defined under #if: port it by hand for each configuration" % fn, "compat-branch"
	if kind == "twin":
		return "error_hook '%s' is set by the same statement elsewhere in this function, where it must stay: port this one by hand" % fn, "removed-hook"
	if kind == "lonely":
		return "error_hook '%s' is all an if does whose condition has side effects: drop the assignment by hand, keeping the condition's effects" % fn, "removed-hook"
	if kind == "alone":
		return "error_hook '%s' is the only code of its #if branch: drop it together with the #if" % fn, "removed-hook"
	if kind == "redefined":
		return "error_hook '%s' is defined more than once (#ifdef/#else): set %s to each configuration's errno by hand" % (fn, FIELD), "hook-redefined"
	if kind == "const":
		return "error_hook '%s' returns a constant: set %s = %s instead%s" % (fn, FIELD, value, keep), "removed-hook"
	if kind == "identity":
		return "error_hook '%s' returns its argument: drop it, errors then pass unchanged" % fn, "removed-hook"
	if kind == "zero":
		return "error_hook '%s' returns 0: mmap() then succeeded on an unmapped range; set %s to a negative errno or drop the hook" % (fn, FIELD), "errno-zero"
	if kind == "positive":
		m = re.search(r"\bE[A-Z0-9]+\b", value or "")
		return "error_hook '%s' returns positive '%s': mmap() then returned it as an address; set %s to a negative errno such as '-%s'" % (fn, value, FIELD, m.group(0) if m else "EAGAIN"), "errno-positive"
	if kind == "logic":
		return "error_hook '%s' has logic: set %s to the one negative errno it should return; move logging and other side effects into mmap_prepare or vm_ops->mapped" % (fn, FIELD), "removed-hook"
	return "error_hook '%s' is not defined in this file: set %s to the negative errno it returns" % (fn, FIELD), "removed-hook"


def efcheck_pure(x):
	"""A condition that can go with its if: no call of a lower-case
	function, no assignment, no ++ or --."""
	return not re.search(r"\+\+|--|[^=!<>]=[^=]|\b[a-z_]\w*\s*\(", x)


def efcheck_used(fn):
	return fn in USES.values()


def efcheck_spoken(p):
	return efcheck_key(p) in USES or efcheck_key(p) in MACRO or efcheck_key(p) in MCOMPAT

// Where the hook is set: desc->action of a struct vm_area_desc, a struct
// mmap_action through a pointer or a local, or an initializer.

@hook@
struct vm_area_desc *d;
struct vm_area_desc dv;
struct mmap_action *a;
struct mmap_action s;
identifier fn;
position p;
@@

(
d->action.error_hook@p = fn
|
dv.action.error_hook@p = fn
|
a->error_hook@p = fn
|
s.error_hook@p = fn
)

@hooki@
identifier fn, x;
position p;
@@

struct mmap_action x = { ..., .error_hook@p = fn, ... };

// Any other error_hook assignment is another struct's member, unless it is
// in a macro body, where types are unknown: that one is reported.

@anyset@
expression E, V;
position p;
@@

(
E.error_hook@p = V
|
E->error_hook@p = V
)

// A new group of files starts (see efcheck_group).  A script that
// depends on no rule would run on every file and defeat the git grep
// prefilter.

@script:python depends on hook || hooki || anyset@
@@
efcheck_group()

@script:python@
fn << hook.fn;
p << hook.p;
@@
efcheck_use(p, fn)

@script:python@
fn << hooki.fn;
p << hooki.p;
@@
efcheck_use(p, fn)

@script:python@
p << anyset.p;
@@
efcheck_file(p)
if efcheck_macro(p) and efcheck_key(p) not in USES:
	if efcheck_compat(p[0].file, p[0].line):
		MCOMPAT.add(efcheck_key(p))
	else:
		MACRO.add(efcheck_key(p))

// What the hook does.  "int fn(int err) { return C; }" is classified by
// efcheck_value_kind(); any other definition has logic.

@def depends on hook || hooki@
identifier fn, err;
expression C;
position p;
@@

int fn@p(int err) { return C; }

@script:python@
fn << def.fn;
err << def.err;
C << def.C;
p << def.p;
@@
KIND[(p[0].file, fn)] = (efcheck_value_kind(C, err, p[0].file)[0], re.sub(r"\s+", "", C))

@ldef depends on hook || hooki@
identifier fn;
position p;
@@

int fn@p(...) { ... }

@script:python@
fn << ldef.fn;
p << ldef.p;
@@
efcheck_file(p)
KIND.setdefault((p[0].file, fn), ("logic", None))
head = "\n".join(efcheck_cpp(p[0].file)["lines"][max(0, int(p[0].line) - 2):int(p[0].line)])
efcheck_def(fn, p, bool(re.search(r"\bstatic\b", head.split(";")[-1].split("}")[-1])))

// The only statement of an if without else whose condition has side
// effects: dropping it would leave "if (x) {}", dropping the if would drop
// the side effects.  Reported.

@lonely depends on hook || hooki@
expression E;
identifier fn;
expression X : script:python() { not efcheck_pure(X) };
position p;
@@

(
  if (X) { E.error_hook@p = fn; }
|
  if (X) E.error_hook@p = fn;
|
  if (X) { E->error_hook@p = fn; }
|
  if (X) E->error_hook@p = fn;
)

@script:python@
p << lonely.p;
@@
LONE.add(efcheck_key(p))

// Hooks that can be ported, matched again with their value.

@pdef depends on patch && (hook || hooki)@
identifier fn : script:python() { efcheck_portable(fn) };
identifier err;
expression C;
@@

int fn(int err) { return C; }

@script:python target depends on pdef@
fld;
@@
coccinelle.fld = cocci.make_ident(FIELD)

// Ported: the comment above the assignment described the hook, so the
// assignment is rebuilt after the statement before it when there is one.

@set1 depends on patch && (hook || hooki || anyset)@
expression E, E1;
identifier pdef.fn, target.fld;
expression pdef.C;
position p : script:python(fn, C) { efcheck_port_at(p) and efcheck_port_value(p, fn, C) };
@@

  E1;
+ E.fld = C;
- E.error_hook@p = fn;

@set1p depends on patch && (hook || hooki || anyset)@
expression E, E1;
identifier pdef.fn, target.fld;
expression pdef.C;
position p : script:python(fn, C) { efcheck_port_at(p) and efcheck_port_value(p, fn, C) };
@@

  E1;
+ E->fld = C;
- E->error_hook@p = fn;

@set2 depends on patch && (hook || hooki || anyset)@
expression E;
identifier pdef.fn, target.fld;
expression pdef.C;
position p : script:python(fn, C) { efcheck_port_at(p) and efcheck_port_value(p, fn, C) };
@@

(
- E.error_hook@p = fn
+ E.fld = C
|
- E->error_hook@p = fn
+ E->fld = C
)

@set3 depends on patch && (hook || hooki || anyset)@
identifier pdef.fn, target.fld, x;
expression pdef.C;
position p : script:python(fn, C) { efcheck_port_at(p) and efcheck_port_value(p, fn, C) };
@@

struct mmap_action x = { ...,
  .
- error_hook@p
+ fld
  =
- fn
+ C
  , ... };

// Dropped: identity hooks and NULL.  An else, or an else if, left without
// a body goes with the assignment; an if without else goes too, when its
// condition has no side effect (see lonely); an if with an else gets the
// condition negated, side effects and all.

@dropelif depends on patch && (hook || hooki || anyset)@
expression E, X;
identifier fn;
expression Y : script:python() { efcheck_pure(Y) };
position p : script:python() { efcheck_drop_at(p) };
statement S;
@@

(
  if (X) S
- else if (Y) { E.error_hook@p = fn; }
|
  if (X) S
- else if (Y) E.error_hook@p = fn;
|
  if (X) S
- else if (Y) { E->error_hook@p = fn; }
|
  if (X) S
- else if (Y) E->error_hook@p = fn;
|
  if (X) S
- else { E.error_hook@p = fn; }
|
  if (X) S
- else E.error_hook@p = fn;
|
  if (X) S
- else { E->error_hook@p = fn; }
|
  if (X) S
- else E->error_hook@p = fn;
)

@dropif depends on patch && (hook || hooki || anyset)@
expression E;
identifier fn;
expression X : script:python() { efcheck_pure(X) };
position p : script:python() { efcheck_drop_at(p) };
@@

(
- if (X) { E.error_hook@p = fn; }
|
- if (X) E.error_hook@p = fn;
|
- if (X) { E->error_hook@p = fn; }
|
- if (X) E->error_hook@p = fn;
)

@dropthen depends on patch && (hook || hooki || anyset)@
expression E, X;
identifier fn;
position p : script:python() { efcheck_drop_at(p) };
statement S;
@@

(
- if (X) { E.error_hook@p = fn; } else S
+ if (!X) S
|
- if (X) E.error_hook@p = fn; else S
+ if (!X) S
|
- if (X) { E->error_hook@p = fn; } else S
+ if (!X) S
|
- if (X) E->error_hook@p = fn; else S
+ if (!X) S
)

@drop1 depends on patch && (hook || hooki || anyset)@
expression E;
identifier fn;
position p : script:python() { efcheck_drop_at(p) };
@@

(
- E.error_hook@p = fn;
|
- E->error_hook@p = fn;
)

@drop2 depends on patch && (hook || hooki || anyset)@
identifier fn, x;
position p : script:python() { efcheck_drop_at(p) };
@@

struct mmap_action x = { ...,
- .error_hook@p = fn,
  ... };

// A local struct mmap_action * that only served the dropped assignment.

@depends on patch && (hook || hooki || anyset)@
identifier a;
expression E;
position p : script:python() { efcheck_in_dropfn(p) };
@@

- struct mmap_action *a@p = E;
  ... when != a

// The hook goes once no use is left in its file.

@still depends on patch && (hook || hooki)@
identifier fn : script:python() { efcheck_used(fn) };
position p;
@@

fn@p

@script:python depends on patch@
fn << still.fn;
p << still.p;
@@
REFS.add((efcheck_orig(p[0].file), fn))

@script:python unused depends on patch@
fn << ldef.fn;
p << ldef.p;
gone;
@@
if not efcheck_deletable(fn, p[0].file):
	cocci.include_match(False)
else:
	GONE.add((p[0].file, fn))
	coccinelle.gone = cocci.make_ident(fn)

@depends on patch && (hook || hooki || anyset)@
identifier unused.gone;
position q : script:python(gone) { (efcheck_orig(q[0].file), gone) in GONE };
@@

- static int gone@q(...);

@depends on patch && (hook || hooki || anyset)@
identifier unused.gone;
position q : script:python(gone) { (efcheck_orig(q[0].file), gone) in GONE };
@@

- static int gone@q(...) { ... }

// context, report and org speak about the same assignments.

@depends on context && (hook || hooki || anyset)@
expression E, V;
position p : script:python() { efcheck_spoken(p) };
@@

(
* E.error_hook@p = V
|
* E->error_hook@p = V
)

@depends on context && (hook || hooki || anyset)@
identifier fn, x;
position p : script:python() { efcheck_spoken(p) };
@@

struct mmap_action x = { ...,
* .error_hook@p = fn
  , ... };

@script:python depends on report || org@
p << hook.p;
@@
efcheck_emit(p, *efcheck_advice(efcheck_key(p)))

@script:python depends on report || org@
p << hooki.p;
@@
efcheck_emit(p, *efcheck_advice(efcheck_key(p)))

@script:python depends on report || org@
p << anyset.p;
@@
if efcheck_key(p) in MACRO:
	efcheck_emit(p, "error_hook set inside macro '%s': port the macro by hand" % efcheck_macro(p), "macro-body")
elif efcheck_key(p) in MCOMPAT:
	efcheck_emit(p, "error_hook set inside macro '%s' of a version-compat branch, correct for older kernels: left alone" % efcheck_macro(p), "compat-branch")
