// SPDX-License-Identifier: GPL-2.0
/* --list-checks: every check with its severity and default */

/*
 * check-name: list-checks
 * check-command: efcheck --list-checks
 *
 * check-output-start
 * errno-positive   error    on    positive value: the runtime check fails every mmap() with -EINVAL
 * errno-range      error    on    value below -4095 or not representable in int
 * compound-assign  error    on    +=, |=, ++ ... on the field: assign one errno
 * removed-hook     error    on    use of error_hook or success_hook, removed in v7.2
 * renamed-field    error    on    error_filter (v1/v2 postings) against headers that call it error_override
 * errno-internal   warning  on    kernel-internal errno (512..531) that would reach user space
 * errno-unnamed    warning  on    in range, but no E* macro of this translation unit has the value
 * errno-literal    warning  on    bare number where an E* macro exists
 * errno-zero       warning  on    explicit 0: a no-op that disables the override
 * unresolved       note     off   a value efcheck could not bound
 * compat-branch    note     cocci hook in a version-compat preprocessor branch, correct for older kernels: left alone
 * check-output-end
 */
