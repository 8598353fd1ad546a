#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""convert-review.py - review .mmap handlers that mmap_to_prepare converted

Usage: convert-review.py OLD_TREE NEW_TREE FILE...

For each FILE, every "static int NAME_prepare(struct vm_area_desc *desc)"
in NEW_TREE that was "NAME(struct file *, struct vm_area_struct *)" in
OLD_TREE is checked: no VMA is left; the action maps the same range (same
PFN or physical address, full range exactly when the remap covered the
VMA, else the same size); the page protection is set by the same
expressions; error_override is set exactly when the old handler replaced
the remap's error, to the same errno.  Prints one line per handler and
exits 1 on the first difference.
"""

import re
import sys

MAP = [(r"(\w+)->vm_end\s*-\s*\1->vm_start", "vma_desc_size(desc)"),
       (r"vma_pages\(\s*(\w+)\s*\)", "vma_desc_pages(desc)"),
       (r"(\w+)->vm_start", "desc->start"), (r"(\w+)->vm_end", "desc->end"),
       (r"(\w+)->vm_pgoff", "desc->pgoff"),
       (r"(\w+)->vm_page_prot", "desc->page_prot")]


def norm(s):
    s = re.sub(r"/\*.*?\*/", " ", s, flags=re.S)
    s = re.sub(r"\s+", "", s)
    while s.startswith("(") and s.endswith(")") and depth_ok(s[1:-1]):
        s = s[1:-1]
    return s


def depth_ok(s):
    d = 0
    for c in s:
        d += c == "("
        d -= c == ")"
        if d < 0:
            return False
    return d == 0


def split_args(s):
    out, cur, d = [], "", 0
    for c in s:
        if c in "([":
            d += 1
        elif c in ")]":
            d -= 1
        if c == "," and d == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
    out.append(cur)
    return out


def body(text, name, params):
    m = re.search(r"\b%s\s*\(%s\)\s*\{" % (re.escape(name), params), text, re.S)
    if not m:
        return None
    d, i = 0, m.end() - 1
    for j in range(i, len(text)):
        d += text[j] == "{"
        d -= text[j] == "}"
        if d == 0:
            return text[i + 1:j]
    return None


def call(b, names):
    m = re.search(r"\b(%s)\s*\(" % "|".join(names), b)
    if not m:
        return None, None
    d, i = 0, m.end() - 1
    for j in range(i, len(b)):
        d += b[j] == "("
        d -= b[j] == ")"
        if d == 0:
            return m.group(1), [norm(a) for a in split_args(b[i + 1:j])]
    return None, None


def old_summary(b, v):
    for pat, rep in MAP:
        b = re.sub(pat.replace(r"(\w+)", v).replace(r"\1", v), rep, b)
    fn, args = call(b, ["remap_pfn_range", "io_remap_pfn_range", "vm_iomap_memory"])
    prots = [norm(x) for x in re.findall(r"desc->page_prot\s*=\s*([^;]*);", b)]
    m = re.search(r"if\s*\(\s*(?:remap_pfn_range|io_remap_pfn_range|vm_iomap_memory)\b.*?\)\s*\{?\s*return\s+(-E\w+)\s*;", b, re.S)
    override = m.group(1) if m else None
    size = {}
    for var in re.findall(r"\b(\w+)\s*=\s*vma_desc_size\(desc\)\s*;", b):
        size[var] = "vma_desc_size(desc)"
    if fn is None:
        return ("none",), prots, override
    if fn == "vm_iomap_memory":
        return ("simple", args[1], args[2]), prots, override
    full = size.get(args[3], args[3]) == "vma_desc_size(desc)"
    kind = "io" if fn == "io_remap_pfn_range" else ""
    return ((kind + "full", args[2]) if full else (kind + "fixed", args[2], args[3])), prots, override


def new_summary(b):
    fn, args = call(b, ["mmap_action_remap_full", "mmap_action_remap",
                        "mmap_action_ioremap_full", "mmap_action_ioremap",
                        "mmap_action_simple_ioremap"])
    prots = [norm(x) for x in re.findall(r"desc->page_prot\s*=\s*([^;]*);", b)]
    m = re.search(r"desc->action\.error_override\s*=\s*([^;]*);", b)
    override = norm(m.group(1)) if m else None
    if fn is None:
        return ("none",), prots, override
    kind = "io" if "ioremap" in fn and "simple" not in fn else ""
    if fn.endswith("simple_ioremap"):
        return ("simple", args[1], args[2]), prots, override
    if fn.endswith("_full"):
        return (kind + "full", args[1]), prots, override
    if args[1] != "desc->start":
        return ("offset",), prots, override
    return (kind + "fixed", args[2], args[3]), prots, override


def main(argv):
    old_root, new_root, files = argv[1], argv[2], argv[3:]
    n = 0
    for f in files:
        old = open("%s/%s" % (old_root, f), errors="replace").read()
        new = open("%s/%s" % (new_root, f), errors="replace").read()
        for name in sorted(set(re.findall(r"\bint\s+(\w+)_prepare\s*\(\s*struct\s+vm_area_desc\s*\*\s*desc\s*\)", new))):
            sig = r"\s*struct\s+file\s*\*\s*(\w+)\s*,\s*struct\s+vm_area_struct\s*\*\s*(\w+)\s*"
            m = re.search(r"\b%s\s*\(%s\)\s*\{" % (re.escape(name), sig), old)
            if not m:
                continue
            v = m.group(2)
            ob = body(old, name, sig)
            nb = body(new, name + "_prepare", r"\s*struct\s+vm_area_desc\s*\*\s*desc\s*")
            where = "%s: %s" % (f, name)
            if re.search(r"\b%s\b" % v, nb) or "vm_area_struct" in nb:
                print("FAIL %s: the VMA is still used" % where)
                return 1
            want, got = old_summary(ob, v), new_summary(nb)
            for what, a, b in zip(("range", "page protection", "error_override"), want, got):
                if a != b:
                    print("FAIL %s: %s differs: %s, expected %s" % (where, what, b, a))
                    return 1
            print("ok   %s: %s" % (where, " ".join(str(x) for x in got[0])))
            n += 1
    print("%d handlers reviewed" % n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
