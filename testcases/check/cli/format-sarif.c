// SPDX-License-Identifier: GPL-2.0
/* --format=sarif: one SARIF 2.1.0 log with rules, related locations, fixes */
#include <linux/mm_types.h>

static void set(struct vm_area_desc *desc, int err)
{
	desc->action.error_override = err;
}

void json(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
	desc->action.error_override = -11;
	set(desc, EIO);
}

/*
 * check-name: format-sarif
 * check-command: efcheck --format=sarif $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-output-start
 * {
 *   "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
 *   "version": "2.1.0",
 *   "runs": [
 *     {
 *       "tool": {
 *         "driver": {
 *           "name": "efcheck",
 *           "version": "1.0",
 *           "rules": [
 *             {
 *               "id": "errno-positive",
 *               "shortDescription": {
 *                 "text": "positive value: the runtime check fails every mmap() with -EINVAL"
 *               },
 *               "fullDescription": {
 *                 "text": "positive value: the runtime check fails every mmap() with -EINVAL. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"errno-positive\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "errno-range",
 *               "shortDescription": {
 *                 "text": "value below -4095 or not representable in int"
 *               },
 *               "fullDescription": {
 *                 "text": "value below -4095 or not representable in int. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"errno-range\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "compound-assign",
 *               "shortDescription": {
 *                 "text": "+=, |=, ++ ... on the field: assign one errno"
 *               },
 *               "fullDescription": {
 *                 "text": "+=, |=, ++ ... on the field: assign one errno. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"compound-assign\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "removed-hook",
 *               "shortDescription": {
 *                 "text": "use of error_hook or success_hook, removed in v7.2"
 *               },
 *               "fullDescription": {
 *                 "text": "use of error_hook or success_hook, removed in v7.2. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"removed-hook\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "renamed-field",
 *               "shortDescription": {
 *                 "text": "error_filter (v1/v2 postings) against headers that call it error_override"
 *               },
 *               "fullDescription": {
 *                 "text": "error_filter (v1/v2 postings) against headers that call it error_override. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"renamed-field\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "errno-internal",
 *               "shortDescription": {
 *                 "text": "kernel-internal errno (512..531) that would reach user space"
 *               },
 *               "fullDescription": {
 *                 "text": "kernel-internal errno (512..531) that would reach user space. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"errno-internal\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "errno-unnamed",
 *               "shortDescription": {
 *                 "text": "in range, but no E* macro of this translation unit has the value"
 *               },
 *               "fullDescription": {
 *                 "text": "in range, but no E* macro of this translation unit has the value. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"errno-unnamed\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "errno-literal",
 *               "shortDescription": {
 *                 "text": "bare number where an E* macro exists"
 *               },
 *               "fullDescription": {
 *                 "text": "bare number where an E* macro exists. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"errno-literal\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "errno-zero",
 *               "shortDescription": {
 *                 "text": "explicit 0: a no-op that disables the override"
 *               },
 *               "fullDescription": {
 *                 "text": "explicit 0: a no-op that disables the override. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"errno-zero\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "unresolved",
 *               "shortDescription": {
 *                 "text": "a value efcheck could not bound"
 *               },
 *               "fullDescription": {
 *                 "text": "a value efcheck could not bound. Reported by efcheck's libclang checker."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"unresolved\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "compat-branch",
 *               "shortDescription": {
 *                 "text": "hook in a version-compat preprocessor branch, correct for older kernels: left alone"
 *               },
 *               "fullDescription": {
 *                 "text": "hook in a version-compat preprocessor branch, correct for older kernels: left alone. Reported by the Coccinelle rule cocci/mmap_error_hook.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"compat-branch\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "hook-declared",
 *               "shortDescription": {
 *                 "text": "the scanned tree still declares the hooks (v6.19-v7.1): nothing to port"
 *               },
 *               "fullDescription": {
 *                 "text": "the scanned tree still declares the hooks (v6.19-v7.1): nothing to port. Reported by the Coccinelle rule cocci/mmap_error_hook.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"hook-declared\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "hook-redefined",
 *               "shortDescription": {
 *                 "text": "hook defined more than once (#ifdef/#else): port each configuration by hand"
 *               },
 *               "fullDescription": {
 *                 "text": "hook defined more than once (#ifdef/#else): port each configuration by hand. Reported by the Coccinelle rule cocci/mmap_error_hook.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"hook-redefined\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "macro-body",
 *               "shortDescription": {
 *                 "text": "hook set inside a #define body: reported, never rewritten"
 *               },
 *               "fullDescription": {
 *                 "text": "hook set inside a #define body: reported, never rewritten. Reported by the Coccinelle rule cocci/mmap_error_hook.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"macro-body\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "mmap-convertible",
 *               "shortDescription": {
 *                 "text": ".mmap handler that MODE=patch converts to .mmap_prepare"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler that MODE=patch converts to .mmap_prepare. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-convertible\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-after-map",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: does work or uses the VMA after mapping (vm_ops->mapped)"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: does work or uses the VMA after mapping (vm_ops->mapped). Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-after-map\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-vm-ops",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: installs vm_ops with open/close, ones defined elsewhere, or ones whose faults map the pages"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: installs vm_ops with open/close, ones defined elsewhere, or ones whose faults map the pages. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-vm-ops\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-loop",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: maps in a loop or maps more than one range"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: maps in a loop or maps more than one range. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-loop\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-insert",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: inserts pages (vm_insert_page(), dma_mmap_*(), ...)"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: inserts pages (vm_insert_page(), dma_mmap_*(), ...). Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-insert\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-delegate",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: hands the VMA to another mmap function"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: hands the VMA to another mmap function. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-delegate\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-no-map",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: maps nothing and installs no vm_ops"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: maps nothing and installs no vm_ops. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-no-map\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-private",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: keeps private state, or takes a lock or reference before mapping"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: keeps private state, or takes a lock or reference before mapping. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-private\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-error-path",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: remap failure does more than return a user-visible errno"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: remap failure does more than return a user-visible errno. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-error-path\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-prot",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: remaps with a page protection other than the VMA's"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: remaps with a page protection other than the VMA's. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-prot\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-vma-use",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: uses the VMA in a way struct vm_area_desc cannot express"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: uses the VMA in a way struct vm_area_desc cannot express. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-vma-use\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-shape",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: the remap sits in a shape the rule does not rewrite, or the body does not parse"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: the remap sits in a shape the rule does not rewrite, or the body does not parse. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-shape\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             },
 *             {
 *               "id": "mmap-shared",
 *               "shortDescription": {
 *                 "text": ".mmap handler not converted: not static, used elsewhere, defined in another file, or a name clash"
 *               },
 *               "fullDescription": {
 *                 "text": ".mmap handler not converted: not static, used elsewhere, defined in another file, or a name clash. Reported by the Coccinelle rule cocci/mmap_to_prepare.cocci, which efcheck-scan runs."
 *               },
 *               "help": {
 *                 "text": "man efcheck, section CHECKS, \"mmap-shared\": the diagnostic, what it means and how to fix it."
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             }
 *           ]
 *         }
 *       },
 *       "originalUriBaseIds": {
 *         "SRCROOT": {
 *           "description": {
 *             "text": "the directory efcheck ran in"
 *           }
 *         },
 *         "ROOT": {
 *           "uri": "file:///"
 *         }
 *       },
 *       "columnKind": "unicodeCodePoints",
 *       "results": [
 *         {
 *           "ruleId": "errno-positive",
 *           "ruleIndex": 0,
 *           "level": "error",
 *           "message": {
 *             "text": "error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN'"
 *           },
 *           "locations": [
 *             {
 *               "physicalLocation": {
 *                 "artifactLocation": {
 *                   "uri": "format-sarif.c",
 *                   "uriBaseId": "SRCROOT"
 *                 },
 *                 "region": {
 *                   "startLine": 12,
 *                   "startColumn": 32
 *                 }
 *               }
 *             }
 *           ],
 *           "partialFingerprints": {
 *             "efcheck/v1": "5377acfb66858d5b:1"
 *           },
 *           "fixes": [
 *             {
 *               "description": {
 *                 "text": "-EAGAIN"
 *               },
 *               "artifactChanges": [
 *                 {
 *                   "artifactLocation": {
 *                     "uri": "format-sarif.c",
 *                     "uriBaseId": "SRCROOT"
 *                   },
 *                   "replacements": [
 *                     {
 *                       "deletedRegion": {
 *                         "startLine": 12,
 *                         "startColumn": 32,
 *                         "endColumn": 38
 *                       },
 *                       "insertedContent": {
 *                         "text": "-EAGAIN"
 *                       }
 *                     }
 *                   ]
 *                 }
 *               ]
 *             }
 *           ]
 *         },
 *         {
 *           "ruleId": "errno-literal",
 *           "ruleIndex": 7,
 *           "level": "warning",
 *           "message": {
 *             "text": "error_override = -11 is a bare number: use '-EAGAIN'"
 *           },
 *           "locations": [
 *             {
 *               "physicalLocation": {
 *                 "artifactLocation": {
 *                   "uri": "format-sarif.c",
 *                   "uriBaseId": "SRCROOT"
 *                 },
 *                 "region": {
 *                   "startLine": 13,
 *                   "startColumn": 32
 *                 }
 *               }
 *             }
 *           ],
 *           "partialFingerprints": {
 *             "efcheck/v1": "1ad1af157ab11748:1"
 *           },
 *           "fixes": [
 *             {
 *               "description": {
 *                 "text": "-EAGAIN"
 *               },
 *               "artifactChanges": [
 *                 {
 *                   "artifactLocation": {
 *                     "uri": "format-sarif.c",
 *                     "uriBaseId": "SRCROOT"
 *                   },
 *                   "replacements": [
 *                     {
 *                       "deletedRegion": {
 *                         "startLine": 13,
 *                         "startColumn": 32,
 *                         "endColumn": 35
 *                       },
 *                       "insertedContent": {
 *                         "text": "-EAGAIN"
 *                       }
 *                     }
 *                   ]
 *                 }
 *               ]
 *             }
 *           ]
 *         },
 *         {
 *           "ruleId": "errno-positive",
 *           "ruleIndex": 0,
 *           "level": "error",
 *           "message": {
 *             "text": "error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO'"
 *           },
 *           "locations": [
 *             {
 *               "physicalLocation": {
 *                 "artifactLocation": {
 *                   "uri": "format-sarif.c",
 *                   "uriBaseId": "SRCROOT"
 *                 },
 *                 "region": {
 *                   "startLine": 14,
 *                   "startColumn": 12
 *                 }
 *               }
 *             }
 *           ],
 *           "partialFingerprints": {
 *             "efcheck/v1": "adf11ed379a04f54:1"
 *           },
 *           "relatedLocations": [
 *             {
 *               "physicalLocation": {
 *                 "artifactLocation": {
 *                   "uri": "format-sarif.c",
 *                   "uriBaseId": "SRCROOT"
 *                 },
 *                 "region": {
 *                   "startLine": 7,
 *                   "startColumn": 15
 *                 }
 *               },
 *               "message": {
 *                 "text": "the argument is written to 'error_override' here"
 *               }
 *             }
 *           ]
 *         }
 *       ]
 *     }
 *   ]
 * }
 * check-output-end
 */
