// Valid overrides: nothing to say.
static int foo_prepare(struct vm_area_desc *desc)
{
	struct mmap_action act = {
		.type = MMAP_NOTHING,
		.error_override = -EIO,
	};

	desc->action = act;
	desc->action.error_override = -EAGAIN;
	desc->action.error_override = MY_MMAP_ERROR;
	return 0;
}
