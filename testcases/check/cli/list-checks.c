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
 * hook-declared    note     cocci the scanned tree still declares the hooks (v6.19-v7.1): nothing to port
 * hook-redefined   warning  cocci hook defined more than once (#ifdef/#else): port each configuration by hand
 * macro-body       warning  cocci hook set inside a #define body: reported, never rewritten
 * mmap-convertible note     cocci .mmap handler that MODE=patch converts to .mmap_prepare
 * mmap-after-map   note     cocci .mmap handler not converted: does work or uses the VMA after mapping (vm_ops->mapped)
 * mmap-vm-ops      note     cocci .mmap handler not converted: installs vm_ops with open/close, ones defined elsewhere, or ones whose faults map the pages
 * mmap-loop        note     cocci .mmap handler not converted: maps in a loop or maps more than one range
 * mmap-insert      note     cocci .mmap handler not converted: inserts pages (vm_insert_page(), dma_mmap_*(), ...)
 * mmap-delegate    note     cocci .mmap handler not converted: hands the VMA to another mmap function
 * mmap-no-map      note     cocci .mmap handler not converted: maps nothing and installs no vm_ops
 * mmap-private     note     cocci .mmap handler not converted: keeps private state, or takes a lock or reference before mapping
 * mmap-error-path  note     cocci .mmap handler not converted: remap failure does more than return a user-visible errno
 * mmap-prot        note     cocci .mmap handler not converted: remaps with a page protection other than the VMA's
 * mmap-vma-use     note     cocci .mmap handler not converted: uses the VMA in a way struct vm_area_desc cannot express
 * mmap-shape       note     cocci .mmap handler not converted: the remap sits in a shape the rule does not rewrite, or the body does not parse
 * mmap-shared      note     cocci .mmap handler not converted: not static, used elsewhere, defined in another file, or a name clash
 * check-output-end
 */
