/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Test fixture: the store barriers of arch/x86/include/asm/barrier.h and
 * include/asm-generic/barrier.h (v7.2).  xchg() stands in for x86's
 * inline-assembly exchange: it takes the variable's address.
 */
#ifndef _ASM_X86_BARRIER_H
#define _ASM_X86_BARRIER_H

#include <asm-generic/rwonce.h>

#define barrier() __asm__ __volatile__("" : : : "memory")
#define xchg(ptr, v) __atomic_exchange_n((ptr), (v), __ATOMIC_SEQ_CST)

#define __smp_store_mb(var, value) do { (void)xchg(&var, value); } while (0)

#define __smp_store_release(p, v)					\
do {									\
	compiletime_assert_atomic_type(*p);				\
	barrier();							\
	WRITE_ONCE(*p, v);						\
} while (0)

#define smp_store_release(p, v) do { __smp_store_release(p, v); } while (0)
#define smp_store_mb(var, value)  do { __smp_store_mb(var, value); } while (0)

#endif
