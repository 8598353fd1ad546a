// v7.2 /dev/zero: nothing to do.
static int mmap_zero_prepare(struct vm_area_desc *desc)
{
	if (vma_desc_test(desc, VMA_SHARED_BIT))
		return shmem_zero_setup_desc(desc);

	vma_desc_set_anonymous(desc);
	return 0;
}
