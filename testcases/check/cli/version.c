// SPDX-License-Identifier: GPL-2.0
/* --version */

/*
 * check-name: version
 * check-command: efcheck --version
 *
 * check-output-start
 * efcheck 1.0
 * check-output-end
 */
