# SPDX-License-Identifier: GPL-2.0
# pre-v7.2-mem.py - turn v7.2's drivers/char/mem.c back into its v7.1 form
#
# Usage: python3 pre-v7.2-mem.py FILE   (edits FILE in place)
# /dev/mem gets back the error_hook of v6.19-v7.1 (the reverse of the upstream
# patch in shared/spec), /dev/zero its success_hook.
import sys

path = sys.argv[1]
text = open(path).read()

ZERO_COMMENT = """\t/*
\t * This is a highly unique situation where we mark a MAP_PRIVATE mapping
\t * of /dev/zero anonymous, despite it not being.
\t */
"""
edits = [
    ("static int mmap_mem_prepare(struct vm_area_desc *desc)\n",
     "static int mmap_filter_error(int err)\n{\n\treturn -EAGAIN;\n}\n\n"
     "static int mmap_mem_prepare(struct vm_area_desc *desc)\n"),
    ("\tdesc->action.error_override = -EAGAIN;\n",
     "\t/* We filter remap errors to -EAGAIN. */\n"
     "\tdesc->action.error_hook = mmap_filter_error;\n"),
    ("static int mmap_zero_prepare(struct vm_area_desc *desc)\n",
     "static int mmap_zero_private_success(const struct vm_area_struct *vma)\n{\n"
     + ZERO_COMMENT +
     "\tvma_set_anonymous((struct vm_area_struct *)vma);\n\n\treturn 0;\n}\n\n"
     "static int mmap_zero_prepare(struct vm_area_desc *desc)\n"),
    (ZERO_COMMENT + "\tvma_desc_set_anonymous(desc);\n",
     "\tdesc->action.success_hook = mmap_zero_private_success;\n"),
]
for old, new in edits:
    if text.count(old) != 1:
        sys.exit("pre-v7.2-mem.py: %s: expected text not found once: %r" % (path, old))
    text = text.replace(old, new)
open(path, "w").write(text)
