// SPDX-License-Identifier: GPL-2.0-only
/// Convert the .mmap handler of a struct file_operations to .mmap_prepare
/// (struct vm_area_desc, v6.16+; mmap_action helpers and error_override,
/// v7.2+) when its body is mechanical: checks on size, offset or flags
/// that return an errno, page-protection and flag setup, and one
/// full-range or fixed-range remap_pfn_range(), io_remap_pfn_range() or
/// vm_iomap_memory() as its last step.  "if (remap(...)) return -EAGAIN;"
/// becomes desc->action.error_override = -EAGAIN, as /dev/mem did.
/// Every other .mmap handler of a struct file_operations is reported
/// with the reason it is not mechanical.
///
// Confidence: Moderate
// Copyright: (C) 2026 The efcheck authors
// Comments: only files that name both file_operations and mmap are looked
//  at.  A handler defined in another file is reported where its
//  file_operations names it.  VMA flag bits are read from
//  include/linux/mm.h of $srctree (or of the current directory).
// efcheck-scan: diff-only
// Options: --no-includes --include-headers

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

BS = chr(92)  # a backslash
REMAPS = ("remap_pfn_range", "io_remap_pfn_range", "vm_iomap_memory")
# Calls that put pages into the VMA some other way.
INSERTS = ("vm_insert_page", "vm_insert_pages", "vm_map_pages",
	   "vm_map_pages_zero", "vmf_insert_pfn", "vmf_insert_mixed",
	   "remap_vmalloc_range", "remap_vmalloc_range_partial",
	   "dma_mmap_coherent", "dma_mmap_wc", "dma_mmap_attrs",
	   "dma_mmap_pages", "dma_mmap_noncontiguous", "remap_4k_pfn",
	   "io_remap_pfn_range_pfn", "vm_insert_range")
# Calls before the mapping that take state its failure would leak.
STATE = re.compile(r"(^|_)(mutex_lock|spin_lock|lock|down|kref_get|get_device"
		   r"|pm_runtime_get\w*|atomic_inc\w*|refcount_inc\w*|get_page"
		   r"|try_module_get|\w*alloc\w*|kmemdup|kstrdup)$")
# Kernel-internal errnos (include/linux/errno.h) and what to use instead.
INTERNAL = {"ERESTARTSYS": "EINTR", "ERESTARTNOINTR": "EINTR",
	    "ERESTARTNOHAND": "EINTR", "ENOIOCTLCMD": "ENOTTY",
	    "ERESTART_RESTARTBLOCK": "EINTR", "EPROBE_DEFER": "EAGAIN",
	    "EOPENSTALE": "ESTALE", "ENOPARAM": "EINVAL", "EBADHANDLE": "EINVAL",
	    "ENOTSYNC": "EIO", "EBADCOOKIE": "EINVAL", "ENOTSUPP": "EOPNOTSUPP",
	    "ETOOSMALL": "EINVAL", "ESERVERFAULT": "EIO", "EBADTYPE": "EINVAL",
	    "EJUKEBOX": "EAGAIN", "EIOCBQUEUED": "EIO", "ERECALLCONFLICT": "EIO",
	    "ENOGRACE": "EIO"}
FIELDS = {"vm_start": "start", "vm_end": "end", "vm_pgoff": "pgoff",
	  "vm_page_prot": "page_prot", "vm_file": "vm_file", "vm_mm": "mm",
	  "vm_ops": "vm_ops"}
# Used when the trees include/linux/mm.h cannot be read.
BITS = {"READ", "WRITE", "EXEC", "SHARED", "MAYREAD", "MAYWRITE", "MAYEXEC",
	"MAYSHARE", "GROWSDOWN", "PFNMAP", "LOCKED", "IO", "SEQ_READ",
	"RAND_READ", "DONTCOPY", "DONTEXPAND", "LOCKONFAULT", "ACCOUNT",
	"NORESERVE", "HUGETLB", "SYNC", "WIPEONFORK", "DONTDUMP", "MIXEDMAP",
	"HUGEPAGE", "NOHUGEPAGE", "MERGEABLE"}
for root in (os.environ.get("srctree"), "."):
	try:
		mm = open(os.path.join(root or ".", "include/linux/mm.h"), encoding="utf-8", errors="replace").read()
	except OSError:
		continue
	found = set(re.findall(r"DECLARE_VMA_BIT(?:_ALIAS)?\((\w+),", mm))
	if found:
		BITS = found
		break

ORG = False
try:
	ORG = "org" in open("/proc/self/cmdline", "rb").read().decode("utf-8", "surrogateescape").split("\0")
except OSError:
	pass

TOKEN = re.compile(r"\s*(?:(\w+)|(->|\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^]=|.))", re.S)
CUR = None
TEXT = {}      # file -> text with comments, strings and directives blanked
FOPS = {}      # handler -> number of ".mmap = fn" in file_operations
VERDICT = {}   # handler -> list of (line, name, message) per definition
PLAN = {}      # handler -> what patch mode writes
OK = set()     # handlers that patch mode converts
EXTERN = {}    # (file, handler) -> (first .mmap position, defined here)
ARRAYS = set() # (file, handler) named in an array of file_operations


def efcheck_file(p, phase):
	# Forget earlier files once a new group of files starts.  spatch runs
	# rule after rule over one group: one file under coccicheck, all the
	# files named on its command line otherwise.  So a file_operations
	# match that follows a handler match opens a new group.
	global CUR
	if phase == "fops" and CUR == "def":
		for d in (FOPS, VERDICT, PLAN, EXTERN):
			d.clear()
		OK.clear()
		ARRAYS.clear()
	CUR = phase


def efcheck_extern(p, fn):
	# Remember the first ".mmap = fn" of each handler, and whether this
	# file defines it.  ".mmap = NULL" names no handler.
	key = (p[0].file, fn)
	text = efcheck_text(p[0].file)
	off = sum(len(l) + 1 for l in text.split("\n")[:int(p[0].line) - 1])
	ops = list(re.finditer(r"\bstruct\s+file_operations\s+\w+\s*(\[)?", text[:off]))
	if ops and ops[-1].group(1):
		ARRAYS.add(key)
	if fn == "NULL" or key in EXTERN:
		return
	here = re.search(r"\b%s\s*\([^;{}]*\)\s*\{" % re.escape(fn), efcheck_text(p[0].file))
	EXTERN[key] = (p[0], bool(here))


def efcheck_extern_at(p, fn):
	# The reason to give at this ".mmap = fn", or None: a handler of
	# another file, or one of this file that the def rule could not read
	# (Coccinelle did not parse its body), is reported at its first
	# ".mmap =".
	q, here = EXTERN.get((p[0].file, fn), (None, True))
	if q is None or (q.line, q.column) != (p[0].line, p[0].column):
		return None
	if not here:
		return ("mmap-shared", "'%s' is defined in another file: convert it there, with all its users" % fn)
	if fn not in VERDICT:
		return ("mmap-shape", "'%s' could not be parsed: convert it by hand" % fn)
	return None


def efcheck_extern_where(fn):
	return any(k[1] == fn and efcheck_extern_at([v[0]], fn) for k, v in EXTERN.items())


def efcheck_blank(text):
	# Text with comments, strings and preprocessor lines blanked out,
	# newlines kept, so offsets and line numbers stay valid.
	out = []
	i, n = 0, len(text)
	bol = True
	while i < n:
		c = text[i]
		if bol and c == "#" or bol and c in " \t" and \
		   text[i:].lstrip(" \t").startswith("#"):
			j = i
			while j < n and text[j] != "\n":
				j += 2 if text[j] == BS else 1
			out.append(re.sub(r"[^\n]", " ", text[i:j]))
			i = j
			continue
		if text.startswith("/*", i):
			j = text.find("*/", i + 2)
			j = n if j < 0 else j + 2
			out.append(re.sub(r"[^\n]", " ", text[i:j]))
			i = j
			continue
		if text.startswith("//", i):
			j = text.find("\n", i)
			j = n if j < 0 else j
			out.append(" " * (j - i))
			i = j
			continue
		if c in "\"'":
			j = i + 1
			while j < n and text[j] != c:
				j += 2 if text[j] == BS else 1
			out.append(c + re.sub(r"[^\n]", " ", text[i + 1:j]) + c)
			i = j + 1
			continue
		bol = c == "\n" or (bol and c in " \t")
		out.append(c)
		i += 1
	return "".join(out)


def efcheck_text(path):
	if path not in TEXT:
		TEXT.clear()
		try:
			TEXT[path] = efcheck_blank(open(path.encode("utf-8", "surrogateescape"), encoding="utf-8", errors="replace").read())
		except OSError:
			TEXT[path] = ""
	return TEXT[path]


def efcheck_tokens(text):
	return [m.group(1) or m.group(2) for m in TOKEN.finditer(text)
		if (m.group(1) or m.group(2)).strip()]


def efcheck_close(toks, i):
	# Index of the bracket that closes toks[i].
	pair = {"(": ")", "{": "}", "[": "]"}[toks[i]]
	depth = 0
	for j in range(i, len(toks)):
		if toks[j] == toks[i]:
			depth += 1
		elif toks[j] == pair:
			depth -= 1
			if depth == 0:
				return j
	return len(toks) - 1


def efcheck_args(toks, i):
	# The arguments of the call whose "(" is toks[i], as token lists.
	end = efcheck_close(toks, i)
	args, cur, depth = [], [], 0
	for t in toks[i + 1:end]:
		if t in "([{":
			depth += 1
		elif t in ")]}":
			depth -= 1
		if t == "," and depth == 0:
			args.append(cur)
			cur = []
		else:
			cur.append(t)
	if cur or args:
		args.append(cur)
	return args, end


def efcheck_strip(ts):
	while len(ts) > 2 and ts[0] == "(" and efcheck_close(ts, 0) == len(ts) - 1:
		ts = ts[1:-1]
	return ts


def efcheck_function(text, name, line):
	# (params, body tokens) of the definition of NAME at LINE.
	off = sum(len(l) + 1 for l in text.split("\n")[:line - 1])
	m = re.compile(r"\b%s\s*\(" % re.escape(name)).search(text, off)
	if not m:
		return None
	toks = efcheck_tokens(text[m.end() - 1:])
	pend = efcheck_close(toks, 0)
	if pend + 1 >= len(toks) or toks[pend + 1] != "{":
		return None
	return toks[1:pend], toks[pend + 2:efcheck_close(toks, pend + 1)]


def efcheck_desc_helpers(text):
	# Functions of this file with a struct vm_area_desc * parameter: name
	# -> the indexes of those parameters.
	helpers = {}
	for m in re.finditer(r"\b(\w+)\s*\(([^()]*)\)\s*\{", text):
		params = m.group(2).split(",")
		idx = {i for i, p in enumerate(params)
		       if re.fullmatch(r"\s*(const\s+)?struct\s+vm_area_desc\s*\*\s*\w*\s*", p)}
		if idx:
			helpers[m.group(1)] = idx
	return helpers


def efcheck_vm_ops(text, ops):
	# None when vm_ops OPS of this file has no open and no close.
	m = re.search(r"struct\s+vm_operations_struct\s+%s\s*=\s*\{([^}]*)\}" %
		      re.escape(ops), text)
	if not m:
		return "installs vm_ops '%s', which this file does not define" % ops
	if re.search(r"\.\s*(open|close)\s*=", m.group(1)):
		return "installs vm_ops '%s' with open/close: move that work to vm_ops->mapped" % ops
	return None


def efcheck_flags(ts):
	# VMA_*_BIT names of an OR of VM_* constants, or None.
	ts = efcheck_strip(ts)
	bits = []
	for k, t in enumerate(ts):
		if k % 2:
			if t != "|":
				return None
		elif not t.startswith("VM_") or t[3:] not in BITS:
			return None
		else:
			bits.append("VMA_%s_BIT" % t[3:])
	return bits or None


def efcheck_loops(body):
	# Token ranges of the loop bodies in BODY.
	spans = []
	for i, t in enumerate(body):
		if t in ("for", "while") and i + 1 < len(body) and body[i + 1] == "(":
			j = efcheck_close(body, i + 1) + 1
			if j < len(body) and body[j] == "{":
				spans.append((i, efcheck_close(body, j)))
			else:
				k = j
				while k < len(body) and body[k] != ";":
					k += 1
				spans.append((i, k))
		elif t == "do" and i + 1 < len(body) and body[i + 1] == "{":
			spans.append((i, efcheck_close(body, i + 1)))
	return spans


def efcheck_statements(body):
	# Top-level statements of BODY as (start, end) token ranges.
	out, i = [], 0
	while i < len(body):
		j = i
		while j < len(body):
			if body[j] == "{":
				j = efcheck_close(body, j)
				if body[i] not in ("if", "else", "for", "while", "do", "switch") \
				   and body[i] != "{":
					j += 1
					continue
				k = j + 1
				if k < len(body) and body[k] == "else":
					j = k + 1
					continue
				if k < len(body) and body[i] == "do":
					j = k
					continue
				break
			if body[j] == "(":
				j = efcheck_close(body, j)
			elif body[j] == ";":
				if j + 1 < len(body) and body[j + 1] == "else":
					j += 2
					continue
				break
			j += 1
		out.append((i, min(j, len(body) - 1)))
		i = j + 1
	return out


def efcheck_bool_context(body, a, b):
	# BODY[a:b] sits where only its truth value counts.
	before = body[a - 1] if a > 0 else ""
	after = body[b] if b < len(body) else ""
	if before == "(" and a > 1 and body[a - 2] in ("if", "while") and after == ")":
		return True
	if before in ("!", "&&", "||", "return", "?", "(") and after in (")", "&&", "||", "?", ";"):
		if before == "(" and after == ")":
			return efcheck_bool_context(body, a - 1, efcheck_close(body, a - 1) + 1)
		return before != "return" or after == "?"
	if before in ("&&", "||") or after in ("&&", "||", "?"):
		return True
	return False


def efcheck_classify(path, name, line):
	# (reason name, message, plan) for the handler NAME defined at LINE.
	text = efcheck_text(path)
	fn = efcheck_function(text, name, line)
	if fn is None:
		return "mmap-shared", "'%s' is defined in a shape this rule does not read" % name, None
	params, body = fn
	args = [efcheck_strip(a) for a in efcheck_args(["("] + params + [")"], 0)[0]]
	if len(args) != 2 or args[0][:3] != ["struct", "file", "*"] or \
	   args[1][:3] != ["struct", "vm_area_struct", "*"] or \
	   len(args[0]) != 4 or len(args[1]) != 4:
		return "mmap-shared", "'%s' has an unusual signature" % name, None
	f, v = args[0][3], args[1][3]
	head = text[:sum(len(l) + 1 for l in text.split("\n")[:line - 1])]
	head = head[head.rfind(";") + 1:] + text.split("\n")[line - 1]
	if not re.search(r"\bstatic\b", head[:head.find(name)] if name in head else ""):
		return "mmap-shared", "'%s' is not static: convert its other users too" % name, None
	uses = len(re.findall(r"\b%s\b" % re.escape(name), text))
	decls = len(re.findall(r"\bint\s+%s\s*\(" % re.escape(name), text))
	if uses - decls != FOPS.get((path, name), 0):
		return "mmap-shared", "'%s' is used outside file_operations: convert its other users too" % name, None
	if "desc" in body or f == "desc" or v == "desc":
		return "mmap-shared", "'%s' already uses the name 'desc'" % name, None
	if re.search(r"\b%s_prepare\b" % re.escape(name), text):
		return "mmap-shared", "'%s_prepare' already exists" % name, None

	helpers = efcheck_desc_helpers(text)
	loops = efcheck_loops(body)
	remaps = []
	for i, t in enumerate(body):
		if t in INSERTS and i + 1 < len(body) and body[i + 1] == "(":
			return "mmap-insert", "'%s' maps pages with %s(): use mmap_action_map_kernel_pages() or convert by hand" % (name, t), None
		if t in REMAPS and i + 1 < len(body) and body[i + 1] == "(":
			remaps.append(i)
	for i in remaps:
		if any(a < i < b for a, b in loops):
			return "mmap-loop", "'%s' calls %s() in a loop: one mmap_action maps one range" % (name, body[i]), None
	if len(remaps) > 1:
		return "mmap-loop", "'%s' maps %d ranges: one mmap_action maps one range" % (name, len(remaps)), None

	limit = remaps[0] if remaps else len(body)
	for i, t in enumerate(body[:limit]):
		if re.fullmatch(r"\w+", t) and body[i + 1:i + 2] == ["("] and STATE.search(t):
			return "mmap-private", "'%s' calls %s() before mapping: the state it takes leaks if the mapping fails" % (name, t), None

	plan = {"file": f, "vma": v, "full": False, "override": None,
		"shape": None, "sizevar": None, "action": None}
	stmts = efcheck_statements(body)
	if remaps:
		r = remaps[0]
		k = [n for n, (a, b) in enumerate(stmts) if a <= r <= b][0]
		a, b = stmts[k]
		call_args, cend = efcheck_args(body, r + 1)
		rest = body[b + 1:]
		st = body[a:b + 1]
		if v in rest:
			return "mmap-after-map", "'%s' uses the VMA after %s()" % (name, body[r]), None
		if st[0] == "return" and a + 1 == r and cend + 1 == b:
			plan["shape"] = "return"
			after = rest
		elif a == r and cend + 1 == b:
			plan["shape"] = "plain"
			after = rest[:-3] if rest[-3:] == ["return", "0", ";"] else rest + ["?"]
		elif st[:2] == ["if", "("] and a + 2 == r and body[cend + 1] == ")":
			br = body[cend + 2:b + 1]
			if br and br[0] == "{" and br[-1] == "}":
				br = br[1:-1]
			if len(br) == 4 and br[0] == "return" and br[1] == "-" and \
			   re.fullmatch(r"E[A-Z0-9]+", br[2]) and br[3] == ";":
				if br[2] in INTERNAL:
					return "mmap-error-path", "'%s' returns kernel-internal -%s when %s() fails: as error_override it reaches user space; use -%s" % (name, br[2], body[r], INTERNAL[br[2]]), None
				plan["shape"] = "if"
				plan["override"] = "-" + br[2]
			else:
				return "mmap-error-path", "'%s' does more than return an errno when %s() fails: that work cannot run once core mm maps" % (name, body[r]), None
			after = rest[:-3] if rest[-3:] == ["return", "0", ";"] else rest + ["?"]
		elif st[0] == "if" and st.count("else") == 0 and body[a + 1] == "(" and \
		     efcheck_close(body, a + 1) < r:
			return "mmap-shape", "'%s' maps only on one branch" % name, None
		else:
			return "mmap-shape", "'%s' handles the result of %s() in a shape this rule does not convert" % (name, body[r]), None
		if after:
			return "mmap-after-map", "'%s' does work after %s(): it belongs in vm_ops->mapped" % (name, body[r]), None
		if body[r] == "vm_iomap_memory":
			if len(call_args) != 3 or call_args[0] != [v]:
				return "mmap-shape", "'%s' calls vm_iomap_memory() in an unusual shape" % name, None
			plan["action"] = "mmap_action_simple_ioremap"
			plan["full"] = None
		else:
			if len(call_args) != 5 or call_args[0] != [v]:
				return "mmap-shape", "'%s' calls %s() in an unusual shape" % (name, body[r]), None
			if efcheck_strip(call_args[4]) != [v, "->", "vm_page_prot"]:
				return "mmap-prot", "'%s' maps with a page protection other than %s->vm_page_prot: set desc->page_prot by hand" % (name, v), None
			if efcheck_strip(call_args[1]) != [v, "->", "vm_start"]:
				return "mmap-shape", "'%s' maps from an offset into the VMA" % name, None
			io = "io" if body[r] == "io_remap_pfn_range" else ""
			size = efcheck_strip(call_args[3])
			full = size == [v, "->", "vm_end", "-", v, "->", "vm_start"]
			if len(size) == 1 and re.fullmatch(r"[A-Za-z_]\w*", size[0]):
				s = size[0]
				# "T s = vma->vm_end - vma->vm_start;" and no other write
				pat = [s, "=", v, "->", "vm_end", "-", v, "->", "vm_start", ";"]
				inits = [i for i in range(len(body)) if body[i:i + len(pat)] == pat]
				writes = [i for i in range(len(body)) if body[i] == s and
					  (i + 1 < len(body) and body[i + 1] in ("=", "+=", "-=", "*=", "/=", "<<=", ">>=", "|=", "&=", "++", "--") or
					   i > 0 and body[i - 1] in ("&", "++", "--"))]
				if len(inits) == 1 and writes == inits:
					k = [n for n, (a2, b2) in enumerate(stmts) if a2 <= inits[0] <= b2][0]
					if body[stmts[k][0]] not in ("if", "for", "while", "do", "switch", "{", "return") and \
					   stmts[k][1] == inits[0] + len(pat) - 1:
						full = True
						plan["sizevar"] = s
			plan["full"] = full
			plan["action"] = "mmap_action_%sremap%s" % (io or "", "_full" if full else "")
			if io:
				plan["action"] = "mmap_action_ioremap" + ("_full" if full else "")
		limit = a
	else:
		limit = len(body)
		plan["shape"] = "none"

	for i, t in enumerate(body):
		if t != v:
			if t in ("vm_flags_set", "vm_flags_clear", "vm_flags_mod", "vm_flags_reset", "vm_flags_init") and \
			   i + 2 < len(body) and body[i + 2] == v and t not in ("vm_flags_set", "vm_flags_clear"):
				return "mmap-vma-use", "'%s' calls %s(), which has no vm_area_desc form here" % (name, t), None
			if re.fullmatch(r"\w+", t) and i + 1 < len(body) and body[i + 1] == "(" and \
			   i < limit and STATE.search(t):
				return "mmap-private", "'%s' calls %s() before mapping: the state it takes leaks if the mapping fails" % (name, t), None
			continue
		if i > remaps[0] + 1 if remaps else False:
			if not (i < efcheck_args(body, remaps[0] + 1)[1]):
				return "mmap-after-map", "'%s' uses the VMA after mapping" % name, None
		nxt = body[i + 1] if i + 1 < len(body) else ""
		prv = body[i - 1] if i else ""
		if nxt == "->":
			fld = body[i + 2]
			asg = body[i + 3] if i + 3 < len(body) else ""
			if fld == "vm_private_data":
				return "mmap-private", "'%s' keeps private state in vm_private_data" % name, None
			if fld == "vm_flags":
				if asg == "&" and i + 4 < len(body):
					if body[i + 4] == "(":
						end = efcheck_close(body, i + 4) + 1
					else:
						end = i + 5
					bits = efcheck_flags(body[i + 4:end])
					if bits and len(bits) == 1 and efcheck_bool_context(body, i, end):
						continue
				return "mmap-vma-use", "'%s' uses %s->vm_flags in a shape this rule does not convert" % (name, v), None
			if fld not in FIELDS:
				return "mmap-vma-use", "'%s' uses %s->%s, which struct vm_area_desc does not have" % (name, v, fld), None
			if asg in ("+=", "-=", "|=", "&=", "^=", "*=", "/=", "<<=", ">>=", "++", "--"):
				return "mmap-vma-use", "'%s' changes %s->%s" % (name, v, fld), None
			if asg == "=":
				k = [n for n, (a, b) in enumerate(stmts) if a <= i <= b][0]
				if stmts[k][0] != i or fld not in ("vm_page_prot", "vm_ops"):
					return "mmap-vma-use", "'%s' writes %s->%s" % (name, v, fld), None
				if fld == "vm_ops":
					rhs = body[i + 4:stmts[k][1]]
					if len(rhs) != 2 or rhs[0] != "&":
						return "mmap-vm-ops", "'%s' installs vm_ops in a shape this rule does not read" % name, None
					why = efcheck_vm_ops(text, rhs[1])
					if why:
						return "mmap-vm-ops", "'%s' %s" % (name, why), None
			continue
		if prv == "(" and nxt == ")" and i > 1 and body[i - 2] == "vma_pages":
			continue
		if prv == "(" and nxt == "," and i > 1 and body[i - 2] in ("vm_flags_set", "vm_flags_clear"):
			fargs, _ = efcheck_args(body, i - 1)
			if len(fargs) == 2 and efcheck_flags(fargs[1]) and \
			   (i == 2 or body[i - 3] in (";", "{", "}", ")", "else")):
				continue
			return "mmap-vma-use", "'%s' sets VMA flags in a shape this rule does not convert" % name, None
		if remaps and i == remaps[0] + 2:
			continue
		# f(..., vma, ...): fine when f takes a struct vm_area_desc * there
		if prv in ("(", ",") and nxt in (")", ","):
			depth, j = 0, i - 1
			while j >= 0:
				if body[j] == ")":
					depth += 1
				elif body[j] == "(":
					if depth == 0:
						break
					depth -= 1
				j -= 1
			if j > 0 and re.fullmatch(r"[A-Za-z_]\w*", body[j - 1]):
				callee = body[j - 1]
				pos = efcheck_args(body, j)[0]
				idx = [n for n, a in enumerate(pos) if a == [v]]
				if idx and set(idx) <= helpers.get(callee, set()):
					continue
				if callee in INSERTS:
					return "mmap-insert", "'%s' maps pages with %s()" % (name, callee), None
				if "mmap" in callee:
					if j > 1 and body[j - 2] in ("->", "."):
						callee = "->" + callee
					return "mmap-delegate", "'%s' hands the VMA to %s(): convert that one first" % (name, callee), None
				return "mmap-vma-use", "'%s' passes the VMA to %s()" % (name, callee), None
		return "mmap-vma-use", "'%s' uses the VMA in a way struct vm_area_desc cannot express" % name, None
	plan["uses_file"] = f in body
	if plan["sizevar"]:
		plan["dropsize"] = sum(1 for i, t in enumerate(body) if t == plan["sizevar"] and
				       (i == 0 or body[i - 1] not in ("->", "."))) == 2
	if not remaps:
		# Nothing is mapped here.  A handler that only ever fails (the
		# stub of a configuration without mmap) converts as it is; one
		# whose vm_ops fault the pages in, or that succeeds with no
		# mapping at all, is not a shape of issue 12.
		ops = [body[i + 5] for i in range(len(body) - 5)
		       if body[i:i + 5] == [v, "->", "vm_ops", "=", "&"]]
		if ops:
			return "mmap-vm-ops", "'%s' maps nothing itself: vm_ops '%s' fault the pages in; set desc->vm_ops by hand" % (name, ops[0]), None
		rets = [i for i, t in enumerate(body) if t == "return"]
		if not rets or body[-1] != ";" or any(
		   body[i + 1] != "-" or not re.fullmatch(r"E[A-Z0-9]+", body[i + 2]) or body[i + 3] != ";"
		   for i in rets):
			return "mmap-no-map", "'%s' maps nothing and installs no vm_ops" % name, None
	return "mmap-convertible", "'%s' can become an mmap_prepare handler: run MODE=patch" % name, plan


def efcheck_verdict(p, name):
	efcheck_file(p, "def")
	try:
		why, msg, plan = efcheck_classify(p[0].file, name, int(p[0].line))
	except Exception as e:  # a shape the reader did not expect
		why, msg, plan = "mmap-shape", "'%s' could not be read (%s)" % (name, type(e).__name__), None
	if plan is not None and (p[0].file, name) in ARRAYS:
		why, msg, plan = "mmap-shared", "'%s' is named in an array of file_operations: convert it by hand" % name, None
	VERDICT.setdefault(name, []).append((p[0], why, msg))
	if plan is None:
		OK.discard(name)
		PLAN[name] = None
	elif PLAN.get(name, 0) is not None:
		plan["path"] = p[0].file
		if name in PLAN and (PLAN[name]["file"] != plan["file"] or
				     PLAN[name]["path"] != plan["path"]):
			PLAN[name] = None
			OK.discard(name)
		else:
			PLAN.setdefault(name, plan)
			PLAN.setdefault(name + " all", []).append(plan)
			OK.add(name)


def efcheck_emit(p, msg, name):
	if ORG:
		coccilib.org.print_todo(p, "%s (%s)" % (msg, name))
	else:
		coccilib.report.print_report(p, "%s [%s]" % (msg, name))


def efcheck_flag_call(name, bits, p):
	# name(desc, BITS...) wrapped at 80 columns as the kernel does, with
	# continuation lines aligned after the parenthesis.
	try:
		line = open(p.file.encode("utf-8", "surrogateescape"), encoding="utf-8", errors="replace").read().split("\n")[int(p.line) - 1]
	except (OSError, IndexError):
		line = ""
	indent = len(line) - len(line.lstrip("\t"))
	col = 8 * indent + len(name) + 1
	out, cur = [], name + "(desc"
	width = 8 * indent
	for b in bits:
		if width + len(cur) + len(b) + 4 > 80:
			out.append(cur + ",")
			cur = b
			width = col
		else:
			cur += ", " + b
	out.append(cur + ")")
	pad = "\t" * int(col / 8) + " " * (col % 8)
	return ("\n" + pad).join(out)


def efcheck_is(fn, kind):
	# Which patch rule applies to the converted handler fn; False for every
	# handler that is not converted.
	if fn not in OK or not efcheck_plan(fn, "action") and kind != "dropsize":
		return False
	simple = efcheck_plan(fn, "action") == "mmap_action_simple_ioremap"
	full = efcheck_plan(fn, "full")
	cond = efcheck_plan(fn, "shape") == "if"
	return bool({"simple": simple, "full": full is True,
		     "fixed": full is False and not simple,
		     "if-full": cond and (full is True or simple),
		     "if-fixed": cond and full is False and not simple,
		     "dropsize": efcheck_plan(fn, "dropsize")}[kind])


def efcheck_ok(fn):
	return fn in OK


def efcheck_sizevar(s):
	return any(efcheck_plan(fn, "dropsize") and efcheck_plan(fn, "sizevar") == s
		   for fn in OK)


def efcheck_seen(fn):
	return fn in VERDICT


def efcheck_plan(fn, key):
	plans = PLAN.get(fn + " all") or []
	return fn in OK and plans and plans[0].get(key)

// The handlers: ".mmap = fn" in a struct file_operations.  This first
// rule gives coccicheck its git grep query: file_operations and mmap.

@fops@
identifier ops, fn;
position p;
expression E;
@@

(
struct file_operations ops = { ..., .mmap@p = fn, ... };
|
struct file_operations ops[E] = { ..., { ..., .mmap@p = fn, ... }, ... };
|
struct file_operations ops[] = { ..., { ..., .mmap@p = fn, ... }, ... };
)

@script:python@
fn << fops.fn;
p << fops.p;
@@
efcheck_file(p, "fops")
FOPS[(p[0].file, fn)] = FOPS.get((p[0].file, fn), 0) + 1
efcheck_extern(p, fn)

@def@
identifier fops.fn;
position p;
@@

fn@p(...) { ... }

@script:python@
fn << fops.fn;
p << def.p;
@@
efcheck_verdict(p, fn)

@script:python depends on report || org@
fn << fops.fn;
p << def.p;
@@
for q, why, msg in VERDICT.get(fn, []):
	if (q.file, q.line, q.column) == (p[0].file, p[0].line, p[0].column):
		if why == "mmap-convertible" and fn not in OK:
			why = "mmap-shared"
			msg = "'%s' names another handler of this run that is not converted" % fn
		efcheck_emit(p[0], msg, why)

@script:python depends on report || org@
fn << fops.fn;
p << fops.p;
@@
why = efcheck_extern_at(p, fn)
if why:
	efcheck_emit(p[0], why[1], why[0])

// patch: the remap becomes the action.  Rules match the original code,
// so the remap goes first and the VMA's fields are renamed after it.

@script:python mkact depends on patch@
fn << fops.fn;
full;
fixed;
simple;
@@
# Every handler gets a binding, so that later rules still see fops.fn;
# the constraints on f choose the rule that applies.
act = efcheck_plan(fn, "action") or "EFCHECK_NONE"
coccinelle.full = cocci.make_ident(act)
coccinelle.fixed = cocci.make_ident(act)
coccinelle.simple = cocci.make_ident(act)

@depends on patch@
identifier fops.fn, mkact.simple;
identifier f : script:python(fn) { efcheck_is(fn, "simple") };
identifier v;
expression A, L;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
(
- return vm_iomap_memory(v, A, L);
+ simple(desc, A, L);
+ return 0;
|
- vm_iomap_memory(v, A, L);
+ simple(desc, A, L);
)
  ...>
}

@depends on patch@
identifier fops.fn, mkact.full;
identifier f : script:python(fn) { efcheck_is(fn, "full") };
identifier v;
identifier R = {remap_pfn_range, io_remap_pfn_range};
expression PFN, SIZE;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
(
- return R(v, v->vm_start, PFN, SIZE, v->vm_page_prot);
+ full(desc, PFN);
+ return 0;
|
- R(v, v->vm_start, PFN, SIZE, v->vm_page_prot);
+ full(desc, PFN);
)
  ...>
}

@depends on patch@
identifier fops.fn, mkact.fixed;
identifier f : script:python(fn) { efcheck_is(fn, "fixed") };
identifier v;
identifier R = {remap_pfn_range, io_remap_pfn_range};
expression PFN, SIZE;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
(
- return R(v, v->vm_start, PFN, SIZE, v->vm_page_prot);
+ fixed(desc, desc->start, PFN, SIZE);
+ return 0;
|
- R(v, v->vm_start, PFN, SIZE, v->vm_page_prot);
+ fixed(desc, desc->start, PFN, SIZE);
)
  ...>
}

@script:python errno depends on patch@
fn << fops.fn;
e;
@@
coccinelle.e = cocci.make_expr(efcheck_plan(fn, "override") or "0")

@depends on patch@
identifier fops.fn, mkact.full, mkact.simple;
expression errno.e;
identifier f : script:python(fn) { efcheck_is(fn, "if-full") };
identifier v;
identifier R = {remap_pfn_range, io_remap_pfn_range};
expression PFN, SIZE, A, L;
statement S;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
(
- if (vm_iomap_memory(v, A, L)) S
+ simple(desc, A, L);
+ desc->action.error_override = e;
|
- if (R(v, v->vm_start, PFN, SIZE, v->vm_page_prot)) S
+ full(desc, PFN);
+ desc->action.error_override = e;
)
  ...>
}

@depends on patch@
identifier fops.fn, mkact.fixed;
expression errno.e;
identifier f : script:python(fn) { efcheck_is(fn, "if-fixed") };
identifier v;
identifier R = {remap_pfn_range, io_remap_pfn_range};
expression PFN, SIZE;
statement S;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
- if (R(v, v->vm_start, PFN, SIZE, v->vm_page_prot)) S
+ fixed(desc, desc->start, PFN, SIZE);
+ desc->action.error_override = e;
  ...>
}

// A size variable that only the remap read goes with it.

@depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_is(fn, "dropsize") };
identifier s : script:python() { efcheck_sizevar(s) };
identifier v;
type T;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  ... when any
- T s = v->vm_end - v->vm_start;
  ... when any
}

// The VMA's fields become the descriptor's.

@depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
(
- v->vm_end - v->vm_start
+ vma_desc_size(desc)
|
- vma_pages(v)
+ vma_desc_pages(desc)
)
  ...>
}

@flags depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v, C;
position p;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <... v->vm_flags & C@p ...>
}

@script:python flagbit@
C << flags.C;
b;
@@
coccinelle.b = cocci.make_ident("VMA_%s_BIT" % C[3:])

@depends on patch@
identifier flags.v, flags.C, flagbit.b;
position flags.p;
@@

(
- !(v->vm_flags & C@p)
+ !vma_desc_test(desc, b)
|
- (v->vm_flags & C@p)
+ vma_desc_test(desc, b)
|
- v->vm_flags & C@p
+ vma_desc_test(desc, b)
)

@setf depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v;
identifier F = {vm_flags_set, vm_flags_clear};
expression E;
position p;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <... F@p(v, E) ...>
}

@script:python setbits@
F << setf.F;
E << setf.E;
p << setf.p;
call;
@@
coccinelle.call = cocci.make_ident(efcheck_flag_call(
	"vma_desc_%s_flags" % F[len("vm_flags_"):], efcheck_flags(efcheck_tokens(E)), p[0]))

@depends on patch@
identifier setf.v, setf.F, setbits.call;
expression setf.E;
position setf.p;
@@

- F@p(v, E)
+ call

@depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
(
- v->vm_start
+ desc->start
|
- v->vm_end
+ desc->end
|
- v->vm_pgoff
+ desc->pgoff
|
- v->vm_page_prot
+ desc->page_prot
|
- v->vm_file
+ desc->vm_file
|
- v->vm_mm
+ desc->mm
|
- v->vm_ops
+ desc->vm_ops
)
  ...>
}

// What is left of the VMA: arguments of helpers of this file that take
// a struct vm_area_desc *.

@depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
  <...
- v
+ desc
  ...>
}

@depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v;
@@

static int fn(struct file *f, struct vm_area_struct *v) {
+ struct file *f = desc->file;
  <+... f ...+>
}

@depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v;
fresh identifier nfn = fn ## "_prepare";
@@

static int
- fn(struct file *f, struct vm_area_struct *v)
+ nfn(struct vm_area_desc *desc)
  { ... }

@depends on patch@
identifier fops.fn;
identifier f : script:python(fn) { efcheck_ok(fn) };
identifier v;
fresh identifier nfn = fn ## "_prepare";
@@

- static int fn(struct file *f, struct vm_area_struct *v);
+ static int nfn(struct vm_area_desc *desc);

@depends on patch@
identifier fops.fn;
identifier ops : script:python(fn) { efcheck_ok(fn) };
fresh identifier nfn = fn ## "_prepare";
@@

struct file_operations ops = { ...,
  .
- mmap
+ mmap_prepare
  =
- fn
+ nfn
  , ... };

@depends on context && fops@
identifier fn : script:python() { efcheck_seen(fn) };
type T;
@@

*T fn(...)
 { ... }

@depends on context@
identifier fn : script:python() { efcheck_extern_where(fn) };
position p : script:python(fn) { efcheck_extern_at(p, fn) is not None };
identifier ops;
@@

struct file_operations ops = { ...,
*.mmap@p = fn
  , ... };
