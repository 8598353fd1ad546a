// SPDX-License-Identifier: GPL-2.0
/*
 * A value set inside do { } while (0) before the write is the one
 * written; the older one is dead.  Every kernel macro has this shape.
 */
#include <linux/mm_types.h>

#define RB_PICK_ERR(err, busy)			\
	do {					\
		if (busy)			\
			(err) = -EBUSY;		\
		else				\
			(err) = -EAGAIN;	\
	} while (0)

#define RB_FORCE_ERR(err) do { (err) = -ENOMEM; } while (0)

struct ringbuf {
	int busy, lost;
};

static int ringbuf_mmap_prepare(struct vm_area_desc *desc)
{
	struct ringbuf *rb = desc->private_data;
	int err = EAGAIN;	/* dead: both arms of the macro assign */

	RB_PICK_ERR(err, rb->busy);
	desc->action.error_override = err;
	return 0;
}

static int ringbuf_lost_prepare(struct vm_area_desc *desc)
{
	struct ringbuf *rb = desc->private_data;
	int err = -EIO;

	if (rb->lost)
		RB_FORCE_ERR(err);
	desc->action.error_override = err;
	do {
		err = ENXIO;	/* reaches the next write only */
	} while (0);
	desc->action.error_override = err;
	return 0;
}

int ringbuf_register(struct vm_area_desc *desc)
{
	return ringbuf_mmap_prepare(desc) ?: ringbuf_lost_prepare(desc);
}

/*
 * check-name: value-do-while
 * check-command: efcheck $file -- -I$fixtures/v7.2 -I$fixtures/common
 *
 * check-error-start
 * do-while.c:43:15: error: error_override = 6 is positive: every mmap() fails with -EINVAL; use '-ENXIO' [errno-positive]
 * do-while.c:41:9: note: the value comes from this assignment
 * check-error-end
 */
