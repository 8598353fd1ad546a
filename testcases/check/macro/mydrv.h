/* SPDX-License-Identifier: GPL-2.0 */
/* A driver's private header whose macro writes the field. */
#define MYDRV_SET_ERROR(desc, e) ((desc)->action.error_override = (e))
