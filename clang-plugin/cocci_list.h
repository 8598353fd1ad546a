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
