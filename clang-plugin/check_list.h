/* SPDX-License-Identifier: GPL-2.0 */
/*
 * check_list.h - every efcheck check, one line each: id, name, severity,
 * on by default, the function that implements it, one-line summary.
 *
 * The rule: a check has one name everywhere (output, --enable, --disable,
 * --list-checks, tests, documentation) and one function, check_<name>,
 * in check_<name>.c when it has logic of its own (checks that judge the
 * same value share check_value.c).  analyze.c's walker hands each event
 * (struct ef_event, check.h) to every enabled check through this table.
 * Adding a check: one file, one line here, one case in testcases/check/.
 *
 * Kept as checkpatch.pl wants it (tab continuations), not as clang-format.
 */
/* clang-format off */
CHECK(EF_ERRNO_POSITIVE, "errno-positive", EF_ERROR, 1, check_errno_positive,
	"positive value: the runtime check fails every mmap() with -EINVAL")
CHECK(EF_ERRNO_RANGE, "errno-range", EF_ERROR, 1, check_errno_range,
	"value below -4095 or not representable in int")
CHECK(EF_COMPOUND_ASSIGN, "compound-assign", EF_ERROR, 1, check_compound_assign,
	"+=, |=, ++ ... on the field: assign one errno")
CHECK(EF_REMOVED_HOOK, "removed-hook", EF_ERROR, 1, check_removed_hook,
	"use of error_hook or success_hook, removed in v7.2")
CHECK(EF_RENAMED_FIELD, "renamed-field", EF_ERROR, 1, check_renamed_field,
	"error_filter (v1/v2 postings) against headers that call it error_override")
CHECK(EF_ERRNO_INTERNAL, "errno-internal", EF_WARNING, 1, check_errno_internal,
	"kernel-internal errno (512..531) that would reach user space")
CHECK(EF_ERRNO_UNNAMED, "errno-unnamed", EF_WARNING, 1, check_errno_unnamed,
	"in range, but no E* macro of this translation unit has the value")
CHECK(EF_ERRNO_LITERAL, "errno-literal", EF_WARNING, 1, check_errno_literal,
	"bare number where an E* macro exists")
CHECK(EF_ERRNO_ZERO, "errno-zero", EF_WARNING, 1, check_errno_zero,
	"explicit 0: a no-op that disables the override")
CHECK(EF_UNRESOLVED, "unresolved", EF_NOTE, 0, check_unresolved,
	"a value efcheck could not bound")
