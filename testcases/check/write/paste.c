// SPDX-License-Identifier: GPL-2.0
/*
 * The field named only by token pasting: the file never spells
 * "error_override" nor the struct's tag, so the prefilter must still
 * let it through to the analysis.
 */
#include <linux/mm_types.h>

#define PCI_MAP_SET(desc, what, v)	((desc)->action.error_##what = (v))

static int pci_map_mmap_prepare(struct vm_area_desc *desc)
{
	PCI_MAP_SET(desc, override, EAGAIN);
	PCI_MAP_SET(desc, override, -EIO);
	return 0;
}

int pci_map_register(struct vm_area_desc *desc)
{
	return pci_map_mmap_prepare(desc);
}

/*
 * check-name: write-paste
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * paste.c:13:30: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * check-error-end
 */
