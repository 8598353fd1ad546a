// SPDX-License-Identifier: GPL-2.0-only
/// Port mmap_action->success_hook (v6.19 to v7.1), removed in v7.2.  Only
/// struct mmap_action is touched: desc->action of a struct vm_area_desc *,
/// a struct mmap_action * or an initializer of one.  A hook whose only
/// effect is marking the VMA anonymous, as /dev/zero's did (with or without
/// the cast, or through a local), becomes vma_desc_set_anonymous(desc) as
/// upstream did; the comment it carried moves along.  Every other success
/// hook is reported: work that needs the VMA belongs in vm_ops->mapped.
/// Version-compat branches, macro bodies and hooks defined twice are
/// reported, never rewritten.
///
// Confidence: High
// Copyright: (C) 2026 The efcheck authors
// Comments: a tree whose include/linux/mm_types.h ($srctree or the current
//  directory) still declares success_hook is left alone, and report mode
//  says so; -D field=error_hook forces that.  Every report line ends in
//  [name], a name of efcheck --list-checks or of cocci_list.h.
// Options: --no-includes --include-headers --use-gitgrep
// efcheck-scan: files success_hook

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
HOOKS = FIELD == "error_hook"
# State of one group of files: spatch runs every rule over all the files
# it was given at once (one group; --dir makes a group of each file), so
# the state is keyed by file and efcheck_group() resets it per group.
ZERO = set()  # (file, hook) of hooks that only make the VMA anonymous
DEFS = {}  # hook -> {(file, line, static)}: its definitions
USES = {}  # position key -> hook
# Rules after a change see a re-parsed copy of the file, with other
# positions: assignments are then known by file, function and statement.
ELEM = {}  # position key -> (file, function, statement text)
DESC = set()  # keys set through a struct vm_area_desc
MACRO = set()
REFS = set()  # (file, hook) still used after the port
GONE = set()  # (file, hook) to delete
MCOMPAT = set()  # keys of assignments in #define bodies of compat branches
FILES = set()  # the files of the group, as spatch names them
SAWC = [False]  # the group has a .c file


def efcheck_group():
	"""A new group starts.  A header processed in a group of its own
	before a .c file (as --dir does) lends that file its hooks: state of
	header-only groups is kept until a group with a .c file ends."""
	if SAWC[0]:
		for d in (DEFS, USES, ELEM):
			d.clear()
		for d in (ZERO, DESC, MACRO, REFS, GONE, FILES, MCOMPAT):
			d.clear()
	SAWC[0] = False


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


def efcheck_elem(p):
	line = efcheck_cpp(p[0].file)["lines"][int(p[0].line) - 1]
	return (efcheck_orig(p[0].file), p[0].current_element, re.sub(r"\s+", " ", line.strip()))


def efcheck_use(p, fn, desc):
	efcheck_file(p)
	USES[efcheck_key(p)] = fn
	ELEM[efcheck_key(p)] = efcheck_elem(p)
	if desc:
		DESC.add(efcheck_key(p))


def efcheck_def(fn, p):
	efcheck_file(p)
	head = "\n".join(efcheck_cpp(p[0].file)["lines"][max(0, int(p[0].line) - 2):int(p[0].line)])
	static = bool(re.search(r"\bstatic\b", head.split(";")[-1].split("}")[-1]))
	DEFS.setdefault(fn, set()).add((p[0].file, int(p[0].line), static))


def efcheck_defs(fn, path):
	"""The definitions of fn that a use in path sees: those of path, else
	those of the headers processed with it."""
	defs = DEFS.get(fn, set())
	return {d for d in defs if d[0] == path} or \
		{d for d in defs if d[0].endswith(".h")}


def efcheck_state1(key):
	fn = USES[key]
	if HOOKS:
		return "report", "hook-declared"
	if efcheck_compat(key[0], key[1]):
		return "report", "compat"
	defs = efcheck_defs(fn, key[0])
	if len(defs) > 1:
		return "report", "redefined"
	if not defs or (next(iter(defs))[0], fn) not in ZERO:
		return "report", "other"
	dfile, dline, static = next(iter(defs))
	if efcheck_in_cond(dfile, dline):
		if efcheck_compat(dfile, dline):
			return "report", "compat-def"
		# a configuration branch: wrong wherever it is compiled on this tree
		if not efcheck_same_branch(dfile, dline, key[0], key[1]) or \
		   efcheck_def_alone(dfile, dline):
			return "report", "config-def"
	if key not in DESC:
		return "report", "no-desc"
	return "port", "zero"


def efcheck_state(key):
	st = efcheck_state1(key)
	if st[0] != "report":
		for k, e in ELEM.items():
			if e == ELEM[key] and efcheck_state1(k)[0] != st[0]:
				return "report", "compat"
	return st


def efcheck_port_at(p):
	e = efcheck_elem(p)
	return any(ek == e and efcheck_state(k)[0] == "port" for k, ek in ELEM.items())


def efcheck_portable(fn):
	return any(f == fn and efcheck_state(k)[0] == "port" for k, f in USES.items())


def efcheck_used(fn):
	return fn in USES.values()


def efcheck_spoken(p):
	return efcheck_key(p) in USES or efcheck_key(p) in MACRO or efcheck_key(p) in MCOMPAT


def efcheck_call_at(p, fn, pz):
	"""pz is the definition of the hook fn that p sees: the call made of
	one file's hook does not reach another file of the same group."""
	defs = efcheck_defs(fn, efcheck_orig(p[0].file))
	return defs == {(pz[0].file, int(pz[0].line), True)} or \
		defs == {(pz[0].file, int(pz[0].line), False)}


def efcheck_deletable(fn, path):
	if (path, fn) in REFS or path.endswith(".h"):
		return False
	uses = [k for k, f in USES.items() if f == fn and k[0] == path]
	if not uses or any(efcheck_state(k)[0] == "report" for k in uses):
		return False
	defs = {d for d in DEFS.get(fn, set()) if d[0] == path}
	if len(defs) != 1:
		return False
	return next(iter(defs))[2]


def efcheck_advice(key):
	fn = USES[key]
	kind = efcheck_state(key)[1]
	defs = efcheck_defs(fn, key[0])
	if kind == "hook-declared":
		return "success_hook '%s' kept: this tree still declares success_hook in struct mmap_action" % fn, "hook-declared"
	if kind == "compat":
		return "success_hook '%s' is in a version-compat branch, correct for older kernels: left alone" % fn, "compat-branch"
	if kind == "config-def":
		return "success_hook '%s' is defined under a configuration #if: port it by hand where it is compiled" % fn, "removed-hook"
	if kind == "compat-def":
		return "success_hook '%s' is defined under #if: port it by hand for each configuration" % fn, "compat-branch"
	if kind == "redefined":
		return "success_hook '%s' is defined more than once (#ifdef/#else): port each configuration by hand" % fn, "hook-redefined"
	if defs and (next(iter(defs))[0], fn) in ZERO:
		keep = ""
		if kind == "zero" and next(iter(defs))[0].endswith(".h"):
			keep = " (keep '%s': it is defined in a header)" % fn
		elif kind == "zero" and not next(iter(defs))[2]:
			keep = " (keep '%s': it is not static)" % fn
		return "success_hook '%s' only marks the VMA anonymous: call vma_desc_set_anonymous() in mmap_prepare instead%s" % (fn, keep), "removed-hook"
	return "success_hook '%s' was removed in v7.2: move its work to vm_ops->mapped" % fn, "removed-hook"

// Where the hook is set.  Only desc->action can become a call with desc.

@hook@
struct vm_area_desc *d;
struct vm_area_desc dv;
identifier fn;
position p;
@@

(
d->action.success_hook@p = fn
|
dv.action.success_hook@p = fn
)

@hooka@
struct mmap_action *a;
struct mmap_action s;
identifier fn;
position p;
@@

(
a->success_hook@p = fn
|
s.success_hook@p = fn
)

@hooki@
identifier fn, x;
position p;
@@

struct mmap_action x = { ..., .success_hook@p = fn, ... };

// Any other success_hook assignment is another struct's member, unless it
// is in a macro body, where types are unknown: that one is reported.

@anyset@
expression E, V;
position p;
@@

(
E.success_hook@p = V
|
E->success_hook@p = V
)

// A new group of files starts (see efcheck_group).  A script that
// depends on no rule would run on every file and defeat the git grep
// prefilter.

@script:python depends on hook || hooka || hooki || anyset@
@@
efcheck_group()

@script:python@
fn << hook.fn;
p << hook.p;
@@
efcheck_use(p, fn, True)

@script:python@
fn << hooka.fn;
p << hooka.p;
@@
efcheck_use(p, fn, False)

@script:python@
fn << hooki.fn;
p << hooki.p;
@@
efcheck_use(p, fn, False)

@script:python@
p << anyset.p;
@@
efcheck_file(p)
if efcheck_macro(p) and efcheck_key(p) not in USES:
	if efcheck_compat(p[0].file, p[0].line):
		MCOMPAT.add(efcheck_key(p))
	else:
		MACRO.add(efcheck_key(p))

@def depends on hook || hooka || hooki@
identifier fn;
position p;
@@

int fn@p(...) { ... }

@script:python@
fn << def.fn;
p << def.p;
@@
efcheck_def(fn, p)

// The /dev/zero pattern: with or without the cast, or through a local.
// Its comment is carried as the text of the new call's name: SmPL cannot
// add a matched comment in + code.

@zero depends on hook || hooka || hooki@
identifier fn, vma, v;
comments c;
type T;
position pz;
@@

(
int fn@pz(T *vma)
{
  vma_set_anonymous@c((struct vm_area_struct *)vma);
  return 0;
}
|
int fn@pz(T *vma)
{
  vma_set_anonymous@c(vma);
  return 0;
}
|
int fn@pz(T *vma)
{
  struct vm_area_struct *v = (struct vm_area_struct *)vma;
  vma_set_anonymous@c(v);
  return 0;
}
|
int fn@pz(T *vma)
{
  struct vm_area_struct *v = vma;
  vma_set_anonymous@c(v);
  return 0;
}
)

@script:python call@
fn << zero.fn;
c << zero.c;
pz << zero.pz;
f;
@@
ZERO.add((pz[0].file, fn))
before = c[0].before.strip() if c else ""
coccinelle.f = cocci.make_ident(before + "\n\tvma_desc_set_anonymous" if before else "vma_desc_set_anonymous")

// The call is the one made of the definition the assignment's file sees
// (pz): a group of files may define hooks of the same name.  The last
// branch never matches; it only puts pz into the rule's code.

@depends on patch && (hook || hooka || hooki || anyset)@
expression D, E1;
identifier zero.fn;
position zero.pz;
identifier call.f;
position p : script:python(fn, pz) { efcheck_port_at(p) and efcheck_call_at(p, fn, pz) };
@@

(
  E1;
+ f(D);
- D->action.success_hook@p = fn;
|
  E1;
+ f(&D);
- D.action.success_hook@p = fn;
|
- D->action.success_hook@p = fn;
+ f(D);
|
- D.action.success_hook@p = fn;
+ f(&D);
|
  fn@pz(...);
)

@still depends on patch && (hook || hooka || hooki || anyset)@
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
fn << zero.fn;
pz << zero.pz;
gone;
@@
if not efcheck_deletable(fn, pz[0].file):
	cocci.include_match(False)
else:
	GONE.add((pz[0].file, fn))
	coccinelle.gone = cocci.make_ident(fn)

@depends on patch && (hook || hooka || hooki || anyset)@
identifier unused.gone;
position q : script:python(gone) { (efcheck_orig(q[0].file), gone) in GONE };
@@

- static int gone@q(...);

@depends on patch && (hook || hooka || hooki || anyset)@
identifier unused.gone;
position q : script:python(gone) { (efcheck_orig(q[0].file), gone) in GONE };
@@

- static int gone@q(...) { ... }

@depends on context && (hook || hooka || hooki || anyset)@
expression E, V;
position p : script:python() { efcheck_spoken(p) };
@@

(
* E.success_hook@p = V
|
* E->success_hook@p = V
)

@depends on context && (hook || hooka || hooki || anyset)@
identifier fn, x;
position p : script:python() { efcheck_spoken(p) };
@@

struct mmap_action x = { ...,
* .success_hook@p = fn
  , ... };

@script:python depends on report || org@
p << hook.p;
@@
efcheck_emit(p, *efcheck_advice(efcheck_key(p)))

@script:python depends on report || org@
p << hooka.p;
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
	efcheck_emit(p, "success_hook set inside macro '%s': port the macro by hand" % efcheck_macro(p), "macro-body")
elif efcheck_key(p) in MCOMPAT:
	efcheck_emit(p, "success_hook set inside macro '%s' of a version-compat branch, correct for older kernels: left alone" % efcheck_macro(p), "compat-branch")
