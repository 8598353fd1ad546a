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
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "errno-range",
 *               "shortDescription": {
 *                 "text": "value below -4095 or not representable in int"
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
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "removed-hook",
 *               "shortDescription": {
 *                 "text": "use of error_hook or success_hook, removed in v7.2"
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
 *               "defaultConfiguration": {
 *                 "level": "error"
 *               }
 *             },
 *             {
 *               "id": "errno-internal",
 *               "shortDescription": {
 *                 "text": "kernel-internal errno (512..531) that would reach user space"
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
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "errno-literal",
 *               "shortDescription": {
 *                 "text": "bare number where an E* macro exists"
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
 *               "defaultConfiguration": {
 *                 "level": "warning"
 *               }
 *             },
 *             {
 *               "id": "unresolved",
 *               "shortDescription": {
 *                 "text": "a value efcheck could not bound"
 *               },
 *               "defaultConfiguration": {
 *                 "level": "note"
 *               }
 *             }
 *           ]
 *         }
 *       },
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
 *                   "uri": "format-sarif.c"
 *                 },
 *                 "region": {
 *                   "startLine": 12,
 *                   "startColumn": 32
 *                 }
 *               }
 *             }
 *           ],
 *           "fixes": [
 *             {
 *               "description": {
 *                 "text": "-EAGAIN"
 *               },
 *               "artifactChanges": [
 *                 {
 *                   "artifactLocation": {
 *                     "uri": "format-sarif.c"
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
 *                   "uri": "format-sarif.c"
 *                 },
 *                 "region": {
 *                   "startLine": 13,
 *                   "startColumn": 32
 *                 }
 *               }
 *             }
 *           ],
 *           "fixes": [
 *             {
 *               "description": {
 *                 "text": "-EAGAIN"
 *               },
 *               "artifactChanges": [
 *                 {
 *                   "artifactLocation": {
 *                     "uri": "format-sarif.c"
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
 *                   "uri": "format-sarif.c"
 *                 },
 *                 "region": {
 *                   "startLine": 14,
 *                   "startColumn": 12
 *                 }
 *               }
 *             }
 *           ],
 *           "relatedLocations": [
 *             {
 *               "physicalLocation": {
 *                 "artifactLocation": {
 *                   "uri": "format-sarif.c"
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
