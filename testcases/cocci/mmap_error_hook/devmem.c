// /dev/mem as in v6.19-v7.1: a constant hook, and the comment about it.
static int mmap_filter_error(int err)
{
	return -EAGAIN;
}

static int mmap_mem_prepare(struct vm_area_desc *desc)
{
	desc->vm_ops = &mmap_mem_ops;

	/* Remap-pfn-range will mark the range with the I/O flag. */
	mmap_action_remap_full(desc, desc->pgoff);
	/* We filter remap errors to -EAGAIN. */
	desc->action.error_hook = mmap_filter_error;

	return 0;
}
