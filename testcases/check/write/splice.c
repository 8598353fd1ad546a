// SPDX-License-Identifier: GPL-2.0
/*
 * The field named only across line splices (backslash-newline), in a
 * macro and in code: the file never spells "error_override" nor the
 * struct's tag, so the prefilter must still let it through.
 */
#include <linux/mm_types.h>

#define PCI_SPLICE_ERR(desc, v)		((desc)->action.error_ov\
erride = (v))

static int pci_splice_mmap_prepare(struct vm_area_desc *desc)
{
	PCI_SPLICE_ERR(desc, EIO);
	desc->action.error_\
override = EBUSY;
	return 0;
}

int pci_splice_register(struct vm_area_desc *desc)
{
	return pci_splice_mmap_prepare(desc);
}

/*
 * check-name: write-splice
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * splice.c:14:23: error: error_override = 5 is positive: every mmap() fails with -EINVAL; use '-EIO' [errno-positive]
 * splice.c:9:50: note: the macro writes the field here
 * splice.c:16:12: error: error_override = 16 is positive: every mmap() fails with -EINVAL; use '-EBUSY' [errno-positive]
 * check-error-end
 */
