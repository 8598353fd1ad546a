// SPDX-License-Identifier: GPL-2.0
/*
 * --print-clang-args: what libclang gets from a kbuild argv.  Sparse and
 * gcc-only flags, -Werror and -Wp,-MMD go; gcc's -isystem becomes clang's.
 */

/*
 * check-name: print-clang-args
 * check-command: efcheck --print-clang-args -D__linux__ -Wbitwise --arch=x86 -m64 -Wp,-MMD,drivers/x/.k.o.d -nostdinc -isystem /usr/lib/gcc/x86_64-linux-gnu/12/include -I../../include/v7.2 -include linux/kconfig.h -fconserve-stack -mindirect-branch=thunk-extern -Werror -Wall -O2 -fno-var-tracking-assignments -MD -MF dep.d -o k.o -c $file
 *
 * check-output-start
 * -D__linux__
 * -m64
 * -nostdinc
 * -isystem
 * /usr/lib/llvm-19/lib/clang/19/include
 * -I../../include/v7.2
 * -include
 * linux/kconfig.h
 * -O2
 * -w
 * -Wno-unknown-warning-option
 * -ferror-limit=0
 * -x
 * c
 * check-output-end
 */
