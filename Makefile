# SPDX-License-Identifier: GPL-2.0
# Makefile for efcheck: the checker, its tests, benchmarks and installation.

VERSION = 1.0

CC ?= cc
LLVM_CONFIG ?= llvm-config-19
CLANG ?= clang-19
SPARSE ?= sparse
PREFIX ?= /usr/local
DESTDIR ?=
BINDIR = $(PREFIX)/bin
LIBDIR = $(PREFIX)/lib/efcheck
SHAREDIR = $(PREFIX)/share/efcheck
MANDIR = $(PREFIX)/share/man/man1

# Debian packages everything here needs; "make deps" installs the missing.
DEBIAN_PACKAGES = gcc make python3 git clang-19 libclang-19-dev llvm-19-dev \
	libclang-rt-19-dev libjansson-dev coccinelle sparse jq hyperfine \
	valgrind bc bison flex libelf-dev libssl-dev xz-utils

CFLAGS ?= -O2 -g
EF_CFLAGS = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fPIC \
	-D_GNU_SOURCE -I$(LLVM_INC) -DEF_CLANG_RESOURCE='"$(CLANG_RESOURCE)"'
LDFLAGS ?=
ifeq ($(SANITIZE),1)
EF_CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
endif

LLVM_INC = $(shell $(LLVM_CONFIG) --includedir 2>/dev/null)
LLVM_LIB = $(shell $(LLVM_CONFIG) --libdir 2>/dev/null)
CLANG_RESOURCE = $(shell $(CLANG) -print-resource-dir 2>/dev/null)

V ?= 0
ifeq ($(V),1)
Q =
QUIET_CC =
QUIET_LINK =
else
Q = @
QUIET_CC = @echo '  CC      $@';
QUIET_LINK = @echo '  LINK    $@';
endif

FRONT_OBJS += clang-plugin/main.o
FRONT_OBJS += clang-plugin/flags.o
FRONT_OBJS += clang-plugin/prefilter.o
FRONT_OBJS += clang-plugin/compdb.o
FRONT_OBJS += clang-plugin/report.o
FRONT_OBJS += clang-plugin/util.o

PLUGIN_OBJS += clang-plugin/analyze.o
PLUGIN_OBJS += clang-plugin/value.o
PLUGIN_OBJS += clang-plugin/errno.o
PLUGIN_OBJS += clang-plugin/check_value.o
PLUGIN_OBJS += clang-plugin/util.o

PROGRAMS = bin/efcheck clang-plugin/efcheck-clang.so

all: deps-ok $(PROGRAMS)

# Install what is missing, only when something is.
deps-ok:
	$(Q)missing=; for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
			grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	[ -z "$$missing" ] || $(MAKE) --no-print-directory deps

deps:
	$(Q)missing=; for p in $(DEBIAN_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | \
			grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "efcheck: missing Debian packages:$$missing; run 'sudo make deps'" >&2; \
		exit 2; \
	fi; \
	echo "  APT    $$missing"; \
	apt-get update -qq >/dev/null && \
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null

clang-plugin/%.o: clang-plugin/%.c clang-plugin/efcheck.h clang-plugin/check_list.h \
		clang-plugin/front.h clang-plugin/analyze.h
	$(QUIET_CC)$(CC) $(EF_CFLAGS) $(CFLAGS) -c -o $@ $<

bin/efcheck: $(FRONT_OBJS)
	$(QUIET_LINK)$(CC) $(LDFLAGS) -o $@ $^ -ljansson -lpthread -ldl

clang-plugin/efcheck-clang.so: $(PLUGIN_OBJS)
	$(QUIET_LINK)$(CC) $(LDFLAGS) -shared -o $@ $^ -L$(LLVM_LIB) \
		-Wl,-rpath,$(LLVM_LIB) -lclang

check: all
	$(Q)python3 testcases/runtests

# Debian's sparse over efcheck's own C, as kernel developers do for theirs.
selfcheck: deps-ok
	$(Q)for f in $(sort $(FRONT_OBJS:.o=.c) $(PLUGIN_OBJS:.o=.c)); do \
		echo "  SPARSE  $$f"; \
		$(SPARSE) -Wsparse-error -D_GNU_SOURCE -I$(LLVM_INC) \
			-DEF_CLANG_RESOURCE='""' $$f || exit 1; \
	done

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(MANDIR)
	install -m 755 bin/efcheck $(DESTDIR)$(BINDIR)/efcheck
	install -m 644 clang-plugin/efcheck-clang.so $(DESTDIR)$(LIBDIR)/efcheck-clang.so
	install -m 644 clang-plugin/efcheck.1 $(DESTDIR)$(MANDIR)/efcheck.1

clean:
	rm -f clang-plugin/*.o $(PROGRAMS)

.PHONY: all deps deps-ok check selfcheck install clean
