/* SPDX-License-Identifier: GPL-2.0 */
/* Reached through -isystem: findings here carry no fix-it. */
static inline void mydev_sys_retry(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
}

#define MYDEV_SYS_SET(d, e) ((d)->action.error_override = (e))
