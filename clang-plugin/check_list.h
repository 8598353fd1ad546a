/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check_list.h - every efcheck check: id, name, severity, on by default,
 * one-line summary.  The name is the one used in output, --enable,
 * --disable, --list-checks, the tests and the documentation.
 * Kept as checkpatch.pl wants it (tab continuations), not as clang-format.
 */
/* clang-format off */
CHECK(EF_ERRNO_POSITIVE, "errno-positive", EF_ERROR, 1,
	"positive value: the runtime check fails every mmap() with -EINVAL")
CHECK(EF_ERRNO_RANGE, "errno-range", EF_ERROR, 1,
	"value below -4095 or not representable in int")
CHECK(EF_COMPOUND_ASSIGN, "compound-assign", EF_ERROR, 1,
	"+=, |=, ++ ... on the field: assign one errno")
CHECK(EF_REMOVED_HOOK, "removed-hook", EF_ERROR, 1,
	"use of error_hook or success_hook, removed in v7.2")
CHECK(EF_RENAMED_FIELD, "renamed-field", EF_ERROR, 1,
	"error_filter (v1/v2 postings) against headers that call it error_override")
CHECK(EF_ERRNO_INTERNAL, "errno-internal", EF_WARNING, 1,
	"kernel-internal errno (512..531) that would reach user space")
CHECK(EF_ERRNO_UNNAMED, "errno-unnamed", EF_WARNING, 1,
	"in range, but no E* macro of this translation unit has the value")
CHECK(EF_ERRNO_LITERAL, "errno-literal", EF_WARNING, 1,
	"bare number where an E* macro exists")
CHECK(EF_ERRNO_ZERO, "errno-zero", EF_WARNING, 1,
	"explicit 0: a no-op that disables the override")
CHECK(EF_UNRESOLVED, "unresolved", EF_NOTE, 0,
	"a value efcheck could not bound")
