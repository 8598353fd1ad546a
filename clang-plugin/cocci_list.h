/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cocci_list.h - names that only the cocci rules report: name, severity,
 * rule file, one-line summary.  A cocci report line ends in "[name]"; the
 * name is one of these or, where a rule describes the same problem as an
 * efcheck check (removed-hook, renamed-field, errno-positive, ...), that
 * check's name from check_list.h.  efcheck --merge accepts no other name.
 * Kept as checkpatch.pl wants it (tab continuations), not as clang-format.
 */
/* clang-format off */
RULE("compat-branch", EF_NOTE, "mmap_error_hook",
	"hook in a version-compat preprocessor branch, correct for older kernels: left alone")
RULE("hook-declared", EF_NOTE, "mmap_error_hook",
	"the scanned tree still declares the hooks (v6.19-v7.1): nothing to port")
RULE("hook-redefined", EF_WARNING, "mmap_error_hook",
	"hook defined more than once (#ifdef/#else): port each configuration by hand")
RULE("macro-body", EF_WARNING, "mmap_error_hook",
	"hook set inside a #define body: reported, never rewritten")
RULE("mmap-convertible", EF_NOTE, "mmap_to_prepare",
	".mmap handler that MODE=patch converts to .mmap_prepare")
RULE("mmap-after-map", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: does work or uses the VMA after mapping (vm_ops->mapped)")
RULE("mmap-vm-ops", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: installs vm_ops with open/close, ones defined elsewhere, or ones whose faults map the pages")
RULE("mmap-loop", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: maps in a loop or maps more than one range")
RULE("mmap-insert", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: inserts pages (vm_insert_page(), dma_mmap_*(), ...)")
RULE("mmap-delegate", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: hands the VMA to another mmap function")
RULE("mmap-no-map", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: maps nothing and installs no vm_ops")
RULE("mmap-private", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: keeps private state, or takes a lock or reference before mapping")
RULE("mmap-error-path", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: remap failure does more than return a user-visible errno")
RULE("mmap-prot", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: remaps with a page protection other than the VMA's")
RULE("mmap-vma-use", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: uses the VMA in a way struct vm_area_desc cannot express")
RULE("mmap-shape", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: the remap sits in a shape the rule does not rewrite, or the body does not parse")
RULE("mmap-shared", EF_NOTE, "mmap_to_prepare",
	".mmap handler not converted: not static, used elsewhere, defined in another file, or a name clash")
