// One hook for two drivers goes once; a hook called elsewhere stays.
static int busy_error(int err)
{
	return -EBUSY;
}

static int kept_error(int err)
{
	return (-ENOMEM);
}

static int one_prepare(struct vm_area_desc *desc)
{
	struct mmap_action *action = &desc->action;

	action->error_hook = busy_error;
	return 0;
}

static int two_prepare(struct vm_area_desc *desc)
{
	desc->action.error_hook = busy_error;
	desc->action.error_hook = kept_error;
	return kept_error(0);
}

static int three_prepare(struct vm_area_desc *desc)
{
	struct mmap_action act = {
		.type = MMAP_NOTHING,
		.error_hook = busy_error,
	};

	desc->action = act;
	desc->action.error_hook = MY_MMAP_ERROR;
	return 0;
}
