// SPDX-License-Identifier: GPL-2.0
/*
 * Error paths with goto: the label sees the value of every goto that
 * jumps to it, and a backward goto (retry) runs the code again.
 */
#include <linux/mm_types.h>

struct dmabuf_ctx {
	int refs, dead, tries;
};

static int dmabuf_mmap_prepare(struct vm_area_desc *desc)
{
	struct dmabuf_ctx *ctx = desc->private_data;
	int ret;

	ret = -ENODEV;
	if (ctx->dead)
		goto out_override;
	ret = EBUSY;		/* forgot the minus */
	if (ctx->refs)
		goto out_override;
	return 0;

out_override:
	desc->action.error_override = ret;
	return 0;
}

static int dmabuf_retry_prepare(struct vm_area_desc *desc)
{
	struct dmabuf_ctx *ctx = desc->private_data;
	int ret = -EAGAIN;

retry:
	desc->action.error_override = ret;
	if (ctx->tries--) {
		ret = EINTR;	/* reaches the write on the retry */
		goto retry;
	}
	return 0;
}

static int dmabuf_skip_prepare(struct vm_area_desc *desc)
{
	int ret = EIO;

	goto set;
	ret = EFAULT;		/* never runs */
set:
	ret = -ret;
	desc->action.error_override = ret;
	return 0;
}

int dmabuf_register(struct vm_area_desc *desc)
{
	return dmabuf_mmap_prepare(desc) ?: dmabuf_retry_prepare(desc) ?:
	       dmabuf_skip_prepare(desc);
}

/*
 * check-name: value-goto
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * goto.c:26:15: error: error_override = 16 is positive: every mmap() fails with -EINVAL; use '-EBUSY' [errno-positive]
 * goto.c:20:8: note: the value comes from this assignment
 * goto.c:36:15: error: error_override = 4 is positive: every mmap() fails with -EINVAL; use '-EINTR' [errno-positive]
 * goto.c:38:9: note: the value comes from this assignment
 * check-error-end
 */
