// SPDX-License-Identifier: GPL-2.0
/*
 * kbuild drop-in: sparse CHECKFLAGS and gcc c_flags come first, the file
 * last.  Sparse and gcc-only flags are dropped, no .d file is written.
 */
#include <linux/mm_types.h>

void k(struct vm_area_desc *desc)
{
	desc->action.error_override = EAGAIN;
}

/*
 * check-name: kbuild-argv
 * check-command: efcheck -D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise -Wno-return-void -Wno-unknown-attribute -D__x86_64__ --arch=x86 -mlittle-endian -m64 -Wp,-MMD,dep.d -nostdinc -I$fixtures/v7.2 -I $fixtures/common -fconserve-stack -fno-allow-store-data-races -mindirect-branch=thunk-extern -mindirect-branch-register -mpreferred-stack-boundary=3 -falign-jumps=1 -mrecord-mcount -fno-var-tracking-assignments -Werror -Werror=designated-init -Wimplicit-fallthrough=5 -Wno-maybe-uninitialized -fplugin=x.so -DKBUILD_MODFILE='"drivers/k"' -DKBUILD_BASENAME='"k"' -DKBUILD_MODNAME='"k"' $file; if [ -e dep.d ]; then echo dep.d written; fi
 *
 * check-error-start
 * kbuild-argv.c:10:32: error: error_override = 11 is positive: every mmap() fails with -EINVAL; use '-EAGAIN' [errno-positive]
 * check-error-end
 */
