// SPDX-License-Identifier: GPL-2.0-only
/// Check the value given to mmap_action->error_override (error_filter in
/// the v1/v2 series) and port error_filter to the scanned tree's field.
/// Only struct mmap_action is touched: desc->action of a struct
/// vm_area_desc *, a struct mmap_action * or an initializer of one.
/// core mm rejects every override outside -4095..-1 with a warning and
/// -EINVAL on each mmap(): a positive E* macro is negated, in each arm of a
/// conditional too; a macro of the file that expands to a positive errno, a
/// bare number or 0 is reported.  Macro bodies are reported, never
/// rewritten.  The libclang checker evaluates the value exactly; this rule
/// sees only its syntax.
///
// Confidence: High
// Copyright: (C) 2026 The efcheck authors
// Comments: the field is read from include/linux/mm_types.h of $srctree
//  (or of the current directory); -D field=NAME overrides it.  Every
//  report line ends in [name], a name of efcheck --list-checks or of
//  clang-plugin/cocci_list.h.
// Options: --no-includes --include-headers --use-gitgrep
// efcheck-scan: files error_override|error_filter

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
# The spelling to port away from, if any.
OLD = {"error_override": "error_filter",
       "error_filter": "error_override"}.get(FIELD)
SPOKEN = set()  # position keys that report mode speaks about


def efcheck_old(f):
	return f == OLD


def efcheck_define(path, name):
	"""The text a #define of this file gives NAME, or None."""
	text = "\n".join(efcheck_cpp(path)["lines"])
	m = re.search(r"^\s*#\s*define\s+%s[ \t]+(.+)$" % re.escape(name), text, re.M)
	return m.group(1).split("/*")[0].split("//")[0].strip() if m else None


def efcheck_positive(path, v, depth=0):
	"""The positive errno name or number that v is, or None."""
	v = re.sub(r"\s+", "", v)
	while v.startswith("(") and v.endswith(")"):
		v = v[1:-1]
	if re.fullmatch(r"E[A-Z0-9]+|[1-9]\d*|0[xX][0-9a-fA-F]*[1-9a-fA-F][0-9a-fA-F]*", v):
		return v
	if depth < 8 and re.fullmatch(r"[A-Za-z_]\w*", v):
		body = efcheck_define(path, v)
		if body is not None:
			return efcheck_positive(path, body, depth + 1)
	return None


def efcheck_value(path, f, v):
	"""(advice, name) for "f = v", or None when the syntax shows nothing
	wrong."""
	v = re.sub(r"\s+", "", v)
	core = v
	while core.startswith("(") and core.endswith(")"):
		core = core[1:-1]
	m = re.fullmatch(r"([^?]+)\?([^:?]+):([^:?]+)", core)
	if m:
		for arm in (m.group(2), m.group(3)):
			pos = efcheck_positive(path, arm)
			if pos:
				return "%s arm '%s' is positive: every mmap() then fails with -EINVAL; use '-%s'" % (f, arm, arm), "errno-positive"
		return None
	if re.fullmatch(r"-?(0[xX][0-9a-fA-F]+|\d+)[uUlL]*", core):
		if int(re.sub(r"[uUlL]+$", "", core.lstrip("-")), 0) == 0:
			return "%s set to 0: that means no override, drop the assignment" % f, "errno-zero"
		if core.startswith("-"):
			return "%s set to bare number '%s': use a negative errno name such as -EAGAIN" % (f, v), "errno-literal"
		return "%s set to positive '%s': every mmap() then fails with -EINVAL; use a negative errno name such as -EAGAIN" % (f, v), "errno-positive"
	if re.fullmatch(r"E[A-Z0-9]+", core):
		return "%s set to positive '%s': every mmap() then fails with -EINVAL; use '-%s'" % (f, core, core), "errno-positive"
	pos = efcheck_positive(path, core) if re.fullmatch(r"[A-Za-z_]\w*", core) else None
	if pos:
		return "%s set to '%s', which is positive '%s': every mmap() then fails with -EINVAL; make it negative" % (f, core, pos), "errno-positive"
	return None


def efcheck_report(p, f, v):
	"""Report the old spelling and the value of "f = v" at p."""
	if f == OLD and efcheck_elem(p) in COMPAT:
		efcheck_emit(p, "%s is in a version-compat branch, correct for other trees: its name is left alone" % f, "compat-branch")
	elif f == OLD:
		efcheck_emit(p, "%s was renamed: use %s" % (f, FIELD), "renamed-field")
	msg = efcheck_value(p[0].file, f, v) if v is not None else None
	if msg:
		efcheck_emit(p, *msg)


def efcheck_spoken(p, f, v):
	"""Whether efcheck_report speaks about "f = v" at p."""
	if f == OLD or (v is not None and efcheck_value(p[0].file, f, v)):
		SPOKEN.add(efcheck_key(p))


def efcheck_starred(p):
	return efcheck_key(p) in SPOKEN


def efcheck_negate(c):
	return re.fullmatch(r"E[A-Z0-9]+", c) is not None


# State of one group of files: spatch runs every rule over all the files
# it was given at once (one group; --dir makes a group of each file), so
# the state is keyed by file and efcheck_group() resets it per group.
# Rules after a change see a re-parsed copy of the file: statements are
# known by file, function and text.
COMPAT = set()  # (file, function, statement) of old spellings in compat branches
FILES = set()  # the files of the group, as spatch names them


def efcheck_group():
	for d in (SPOKEN, COMPAT, FILES, CPP):
		d.clear()


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


VERSION = re.compile(r"LINUX_VERSION_CODE\s*(>=|>|<|<=)\s*KERNEL_VERSION\s*\(\s*(\d+)\s*,\s*(\d+)")


def efcheck_new_branch(path, line):
	"""True if line is only compiled on v7.2 or later, where error_filter
	never existed: the branch of #if LINUX_VERSION_CODE >= KERNEL_VERSION(7,
	2, 0), or the #else of #if LINUX_VERSION_CODE < KERNEL_VERSION(7, 2, 0)."""
	info = efcheck_cpp(path)
	for g, b in info["where"].get(int(line), ()):
		conds = info["groups"][g]["conds"]
		m = VERSION.search(conds[b])
		if m and conds[b].split()[0] in ("if", "elif") and \
		   m.group(1) in (">=", ">") and (int(m.group(2)), int(m.group(3))) >= (7, 2):
			return True
		m = VERSION.search(conds[0])
		if m and conds[b].split()[0] == "else" and len(conds) == 2 and \
		   m.group(1) == "<" and (int(m.group(2)), int(m.group(3))) >= (7, 2):
			return True
	return False


def efcheck_note_compat(p, f):
	FILES.add(p[0].file)
	if f == OLD and efcheck_compat(p[0].file, p[0].line) and \
	   not (f == "error_filter" and efcheck_new_branch(p[0].file, p[0].line)):
		COMPAT.add(efcheck_elem(p))


def efcheck_renamable(p):
	return efcheck_elem(p) not in COMPAT

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

// A new group of files starts (see efcheck_group).  A script that
// depends on no rule would run on every file and defeat the git grep
// prefilter.

@script:python depends on tok || toki@
@@
efcheck_group()

// Where the field is set: desc->action of a struct vm_area_desc, a struct
// mmap_action through a pointer or a local, or an initializer.

@set depends on (tok || toki)@
identifier f = {error_override, error_filter};
struct vm_area_desc *d;
struct vm_area_desc dv;
struct mmap_action *a;
struct mmap_action s;
expression V;
position p;
@@

(
d->action.f@p = V
|
dv.action.f@p = V
|
a->f@p = V
|
s.f@p = V
)

@seti depends on (tok || toki)@
identifier f = {error_override, error_filter};
identifier x;
expression V;
position p;
@@

struct mmap_action x = { ..., .f@p = V, ... };

// A read of the old spelling, typed as well.

@fld depends on (tok || toki)@
identifier f : script:python() { efcheck_old(f) };
struct vm_area_desc *d;
struct vm_area_desc dv;
struct mmap_action *a;
struct mmap_action s;
position p;
@@

(
d->action.f@p
|
dv.action.f@p
|
a->f@p
|
s.f@p
)

// In a macro body types are unknown: reported, never rewritten.

@mac depends on (tok || toki)@
identifier f = {error_override, error_filter};
expression E, V;
position p : script:python() { efcheck_macro(p) is not None };
@@

(
E.f@p = V
|
E->f@p = V
)

@script:python@
f << fld.f;
p << fld.p;
@@
efcheck_note_compat(p, f)

@script:python@
f << seti.f;
p << seti.p;
@@
efcheck_note_compat(p, f)

@script:python depends on context@
f << set.f;
v << set.V;
p << set.p;
@@
efcheck_spoken(p, f, v)

@script:python depends on context@
f << seti.f;
v << seti.V;
p << seti.p;
@@
efcheck_spoken(p, f, v)

@script:python depends on context@
f << fld.f;
p << fld.p;
@@
efcheck_spoken(p, f, None)

@script:python depends on context@
f << mac.f;
v << mac.V;
p << mac.p;
@@
efcheck_spoken(p, f, v)

// Rename the old spelling.

@script:python new depends on patch && (tok || toki)@
nf;
@@
coccinelle.nf = cocci.make_ident(FIELD)

@depends on patch && (tok || toki)@
identifier f : script:python() { efcheck_old(f) };
identifier new.nf;
position p : script:python() { efcheck_renamable(p) };
struct vm_area_desc *d;
struct vm_area_desc dv;
struct mmap_action *a;
struct mmap_action s;
@@

(
  d->action.
- f@p
+ nf
|
  dv.action.
- f@p
+ nf
|
  a->
- f@p
+ nf
|
  s.
- f@p
+ nf
)

@depends on patch && (tok || toki)@
identifier f : script:python() { efcheck_old(f) };
identifier new.nf, x;
expression V;
position p : script:python() { efcheck_renamable(p) };
@@

struct mmap_action x = { ...,
  .
- f@p
+ nf
  = V, ... };

// Negate a positive E* macro, in each arm of a conditional too.

@depends on patch && (tok || toki)@
identifier f = {error_override, error_filter};
identifier C : script:python() { efcheck_negate(C) };
struct vm_area_desc *d;
struct mmap_action *a;
struct mmap_action s;
expression X, Y;
@@

(
  d->action.f =
- C
+ -C
|
  a->f =
- C
+ -C
|
  s.f =
- C
+ -C
|
  d->action.f = X ?
- C
+ -C
  : Y
|
  d->action.f = X ? Y :
- C
+ -C
|
  a->f = X ?
- C
+ -C
  : Y
|
  a->f = X ? Y :
- C
+ -C
)

@depends on patch && (tok || toki)@
identifier f = {error_override, error_filter};
identifier C : script:python() { efcheck_negate(C) };
identifier x;
@@

struct mmap_action x = { ..., .f =
- C
+ -C
  , ... };

@depends on context && (tok || toki)@
identifier f = {error_override, error_filter};
expression E;
position p : script:python() { efcheck_starred(p) };
@@

(
* E.f@p
|
* E->f@p
)

@depends on context && (tok || toki)@
identifier f = {error_override, error_filter};
identifier x;
expression V;
position p : script:python() { efcheck_starred(p) };
@@

struct mmap_action x = { ...,
* .f@p = V
  , ... };

@script:python depends on report || org@
f << fld.f;
p << fld.p;
@@
if efcheck_key(p) not in SPOKEN:
	SPOKEN.add(efcheck_key(p))
	efcheck_report(p, f, None)

@script:python depends on report || org@
f << set.f;
v << set.V;
p << set.p;
@@
msg = efcheck_value(p[0].file, f, v)
if msg:
	efcheck_emit(p, *msg)

@script:python depends on report || org@
f << seti.f;
v << seti.V;
p << seti.p;
@@
efcheck_report(p, f, v)

@script:python depends on report || org@
f << mac.f;
v << mac.V;
p << mac.p;
@@
if efcheck_key(p) not in SPOKEN:
	efcheck_report(p, f, v)
