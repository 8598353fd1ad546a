// Success hooks with other work are reported: it belongs in vm_ops->mapped.
static int foo_success(const struct vm_area_struct *vma)
{
	refcount_inc(&foo_from_vma(vma)->users);
	return 0;
}

static int foo_prepare(struct vm_area_desc *desc)
{
	struct mmap_action act = {
		.type = MMAP_NOTHING,
		.success_hook = foo_success,
	};

	desc->action = act;
	return 0;
}

static int bar_prepare(struct vm_area_desc *desc)
{
	desc->action.success_hook = foo_success;
	return 0;
}
