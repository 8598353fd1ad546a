#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# candidates.sh - efcheck's one definition of a candidate (prefilter.c),
# asked through "efcheck --list-candidates": every way a driver writes the
# field is a candidate, and what only reads it, or passes a struct
# mmap_action pointer as mm/ does, or initializes another struct's
# .action positionally, is not.  The sharper rule never skips a
# real write: on every file here, efcheck reports exactly what
# "efcheck --no-prefilter" (every file parsed) reports, and each writer
# has a finding.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/testcases/lib.sh"
efcheck=$top/bin/efcheck
inc=$top/testcases/include
cd "$tmp"
mkdir -p w r drv/include mm sys/linux

# A driver's own headers: one next to the files, one found through -I.
cat >w/foo_hw.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#define FOO_MMAP_FAIL(desc, err) \
	do { \
		(desc)->action.error_override = (err); \
	} while (0)
EOF
cat >drv/include/bar_regs.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#define BAR_SET_OVERRIDE(d, e)	((d)->action.error_override = (e))
EOF
# Token pasting and a line splice inside the name.
cat >w/paste_hw.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
#define PASTE_SET(d, what, v) ((d)->action.error_##what = (v))
#define SPLICE_SET(d, v) ((d)->action.error_ov\
erride = (v))
EOF

w() { cat >"w/$1"; }
w positional.c <<'EOF'
#include <linux/mm_types.h>
static int foo_mmap_prepare(struct vm_area_desc *desc)
{
	desc->action = (struct mmap_action){ {}, MMAP_NOTHING, EAGAIN };
	return 0;
}
EOF
w static-init.c <<'EOF'
#include <linux/mm_types.h>
static const struct mmap_action foo_action = { {}, MMAP_NOTHING, EBUSY };
void foo_set(struct vm_area_desc *desc) { desc->action = foo_action; }
EOF
w member-init.c <<'EOF'
#include <linux/mm_types.h>
int foo_desc(void)
{
	struct vm_area_desc desc = {
		.action = { .type = MMAP_NOTHING, EIO },
	};
	return desc.action.type;
}
EOF
w local-macro.c <<'EOF'
#include <linux/mm_types.h>
#include "foo_hw.h"
static int foo_mmap_prepare(struct vm_area_desc *desc)
{
	FOO_MMAP_FAIL(desc, EAGAIN);
	return 0;
}
EOF
w angle-macro.c <<'EOF'
#include <linux/mm_types.h>
#include <bar_regs.h>
static int bar_mmap_prepare(struct vm_area_desc *desc)
{
	BAR_SET_OVERRIDE(desc, -4096);
	return 0;
}
EOF
w paste.c <<'EOF'
#include <linux/mm_types.h>
#include "paste_hw.h"
void p1(struct vm_area_desc *desc) { PASTE_SET(desc, override, 0); }
void p2(struct vm_area_desc *desc) { SPLICE_SET(desc, EINTR); }
EOF
w macro-arg.c <<'EOF'
#include <linux/mm_types.h>
#define FOO_STORE(lhs, v) ((lhs) = (v))
void foo(struct vm_area_desc *desc) { FOO_STORE(desc->action.error_override, 11); }
EOF
w compat.c <<'EOF'
#include <linux/mm_types.h>
#define LINUX_VERSION_CODE 0x070200
#define KERNEL_VERSION(a, b, c) (((a) << 16) + ((b) << 8) + (c))
static int compat_mmap_prepare(struct vm_area_desc *desc)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(7, 2, 0)
	desc->action.error_override = -11;
#endif
	return 0;
}
EOF
w hook.c <<'EOF'
#include <linux/mm_types.h>
static int foo_error(int err) { return -EAGAIN; }
void foo(struct vm_area_desc *desc) { desc->action.error_hook = foo_error; }
EOF

# Not candidates: mm/'s shape (a header naming the struct, pointers and
# reads), comments and strings, and a kernel header's macro.
cat >mm/internal.h <<'EOF'
/* SPDX-License-Identifier: GPL-2.0 */
int mmap_action_prepare(struct vm_area_desc *desc);
static inline int mmap_action_err(struct mmap_action *action, int err)
{
	return action->error_override ?: err;
}
EOF
cat >mm/util.c <<'EOF'
#include <linux/mm_types.h>
#include "internal.h"
static int check_mmap_action(struct mmap_action *action)
{
	const unsigned long override = action->error_override;

	if (override && override < -4095UL)
		return -EINVAL;
	return 0;
}
int mm_desc(void)
{
	struct vm_area_desc desc = { .action = { .type = MMAP_NOTHING } };

	return check_mmap_action(&desc.action);
}
EOF
cat >r/comment.c <<'EOF'
/* desc->action.error_override = EAGAIN; */
const char *doc = "(struct mmap_action){ {}, MMAP_NOTHING, EAGAIN }";
EOF
# init/init_task.c: a struct sigaction's .action, in a file that names no
# struct vm_area_desc.
cat >r/sigaction.c <<'EOF'
struct k_sigaction { struct { void (*sa_handler)(int); } sa; };
struct sighand_struct { struct k_sigaction action[64]; };
struct sighand_struct init_sighand = {
	.action		= { { { .sa_handler = 0, } }, },
};
EOF
cat >sys/linux/kmacro.h <<'EOF'
#define K_SET(d, v) ((d)->action.error_override = (v))
EOF
cat >r/kernel-header.c <<'EOF'
#include <linux/kmacro.h>
int x;
EOF

flags="-I$inc/v7.2 -I$inc/common -Idrv/include -Isys"
# shellcheck disable=SC2086
"$efcheck" --list-candidates w/*.c r/*.c mm/*.c -- $flags >got
ls w/*.c >expected
diff -u expected got || fail "the candidates differ"
# shellcheck disable=SC2086
printf '%s\0' w/*.c r/*.c mm/*.c | "$efcheck" --list-candidates -z - -- $flags >got0
tr '\0' '\n' <got0 | diff -u expected - || fail "--list-candidates - -z differs"

# shellcheck disable=SC2086
"$efcheck" w/*.c r/*.c mm/*.c -- $flags 2>with || fail "efcheck failed: $(cat with)"
# shellcheck disable=SC2086
"$efcheck" --no-prefilter w/*.c r/*.c mm/*.c -- $flags 2>without ||
	fail "efcheck --no-prefilter failed: $(cat without)"
diff -u without with || fail "the prefilter skipped a write"
for f in w/*.c; do
	grep -q "^$f:[0-9]*:[0-9]*: \(error\|warning\)" with || fail "$f: no finding"
done
! grep -q '^\(r\|mm\)/' with || fail "a finding in a file that does not write"
exit 0
