// v7.2 code: nothing to do, no output at all.
static int foo_prepare(struct vm_area_desc *desc)
{
	mmap_action_remap_full(desc, desc->pgoff);
	desc->action.error_override = -EAGAIN;
	return 0;
}
