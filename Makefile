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
	valgrind bc bison flex libelf-dev libssl-dev xz-utils patch perl \
	clang-format pre-commit python3-dkim python3-dnspython python3-requests \
	python3-patatt git-filter-repo nodejs

CFLAGS ?= -O2 -g
EF_CFLAGS = -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fPIC \
	-D_GNU_SOURCE -I$(LLVM_INC) -DEF_CLANG_RESOURCE='"$(CLANG_RESOURCE)"' \
	-DEFCHECK_VERSION='"$(VERSION)"'
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
FRONT_OBJS += clang-plugin/strvec.o
FRONT_OBJS += clang-plugin/merge.o
FRONT_OBJS += clang-plugin/scan.o
FRONT_OBJS += clang-plugin/tree.o
FRONT_OBJS += clang-plugin/named.o
FRONT_OBJS += clang-plugin/cache.o
FRONT_OBJS += clang-plugin/sparse.o

PLUGIN_OBJS += clang-plugin/analyze.o
PLUGIN_OBJS += clang-plugin/value.o
PLUGIN_OBJS += clang-plugin/errno.o
PLUGIN_OBJS += clang-plugin/cursor.o
PLUGIN_OBJS += clang-plugin/check_value.o
PLUGIN_OBJS += clang-plugin/check_compound_assign.o
PLUGIN_OBJS += clang-plugin/check_removed_hook.o
PLUGIN_OBJS += clang-plugin/check_renamed_field.o
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

# Rebuild everything when the flags change (make SANITIZE=1 after make).
BUILD_FLAGS = $(CC) $(EF_CFLAGS) $(CFLAGS) $(LDFLAGS)
clang-plugin/.build-flags: FORCE
	@echo '$(BUILD_FLAGS)' | cmp -s - $@ || echo '$(BUILD_FLAGS)' >$@

clang-plugin/%.o: clang-plugin/%.c clang-plugin/efcheck.h clang-plugin/check_list.h \
		clang-plugin/front.h clang-plugin/strvec.h clang-plugin/cocci_list.h \
		clang-plugin/cursor.h clang-plugin/value.h clang-plugin/check.h clang-plugin/cache.h \
		clang-plugin/.build-flags
	$(QUIET_CC)$(CC) $(EF_CFLAGS) $(CFLAGS) -c -o $@ $<

bin/efcheck: $(FRONT_OBJS) clang-plugin/.build-flags
	$(QUIET_LINK)$(CC) $(LDFLAGS) -o $@ $(FRONT_OBJS) -ljansson -lpthread -ldl

clang-plugin/efcheck-clang.so: $(PLUGIN_OBJS) clang-plugin/.build-flags
	$(QUIET_LINK)$(CC) $(LDFLAGS) -shared -o $@ $(PLUGIN_OBJS) -L$(LLVM_LIB) \
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

# The README's first command: scan the bundled sample tree, then print the
# cocci rules' migration patch.  Findings make efcheck-scan exit 1.
demo: all
	$(Q)ARCH=x86 bin/efcheck-scan testcases/demo || [ $$? = 1 ]
	$(Q)echo; echo "  migration patch (efcheck-scan --diff):"; echo
	$(Q)ARCH=x86 bin/efcheck-scan --diff testcases/demo

# Timed figures, each as a ratio to a baseline measured in the same run.
BENCHES = $(sort $(filter-out testcases/bench/lib.sh,$(wildcard testcases/bench/*.sh)))
bench: all
	$(Q)st=0; for b in $(BENCHES); do \
		echo "  BENCH   $$b"; \
		EFCHECK_TOP=$(CURDIR) sh $$b || st=1; \
	done; exit $$st

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(LIBDIR) $(DESTDIR)$(MANDIR) \
		$(DESTDIR)$(SHAREDIR)/cocci
	install -m 755 bin/efcheck bin/efcheck-scan bin/efcheck-pre-commit \
		bin/efcheck-sparse $(DESTDIR)$(BINDIR)/
	install -m 644 clang-plugin/efcheck-clang.so $(DESTDIR)$(LIBDIR)/efcheck-clang.so
	install -m 644 clang-plugin/efcheck.1 $(DESTDIR)$(MANDIR)/efcheck.1
	install -m 644 bin/efcheck-pre-commit.1 bin/efcheck-scan.1 bin/efcheck-sparse.1 \
		$(DESTDIR)$(MANDIR)/
	install -m 644 cocci/*.cocci $(DESTDIR)$(SHAREDIR)/cocci/

# Put the rules where plain "make coccicheck" of a kernel tree finds them.
install-cocci:
	$(Q)[ -n "$(KDIR)" ] && [ -d "$(KDIR)/scripts/coccinelle" ] || \
		{ echo "efcheck: set KDIR=<kernel source tree>" >&2; exit 2; }
	install -d $(KDIR)/scripts/coccinelle/api
	install -m 644 cocci/*.cocci $(KDIR)/scripts/coccinelle/api/

# Microsoft's SARIF validator, from npm into the cache (t/sarif-validate.sh).
sarif-tool:
	$(Q)testcases/real/sarif-tool.sh >/dev/null

clean:
	rm -f clang-plugin/*.o clang-plugin/.build-flags $(PROGRAMS)

.PHONY: all deps deps-ok check selfcheck demo bench install install-cocci clean FORCE \
	sarif-tool

# --- Reliability: libFuzzer target and valgrind run (issue 5) ---------------
#
# make fuzz      build clang-plugin/fuzz-efcheck (clang, -fsanitize=fuzzer,
#                address,undefined over the analysis objects) and run it for
#                FUZZ_SECONDS, seeded from the .c files under testcases/;
#                prints the executions run; a crash leaves crash-* in
#                FUZZ_DIR and fails.
# make valgrind  memcheck of efcheck on one real kernel translation unit
#                (drivers/char/mem.c of the cached 7.2 tree) with
#                clang-plugin/valgrind.supp; fails on any error or leak.

FUZZ_SECONDS ?= 120
FUZZ_DIR ?= $(or $(EFCHECK_CACHE),$(HOME)/.cache/efcheck)/fuzz
FUZZ_CFLAGS = -std=gnu11 -O1 -g -fno-omit-frame-pointer -D_GNU_SOURCE \
	-I$(LLVM_INC) -DEF_CLANG_RESOURCE='"$(CLANG_RESOURCE)"' \
	-DEF_FUZZ_INCLUDE='"$(CURDIR)/testcases/include"'
FUZZ_OBJS = $(patsubst clang-plugin/%.o,clang-plugin/fuzz-objs/%.o,\
	$(sort $(PLUGIN_OBJS)) clang-plugin/fuzz.o)

clang-plugin/fuzz-objs/%.o: clang-plugin/%.c clang-plugin/efcheck.h \
		clang-plugin/check_list.h clang-plugin/cursor.h clang-plugin/value.h \
		clang-plugin/check.h
	$(Q)mkdir -p $(@D)
	$(QUIET_CC)$(CLANG) $(FUZZ_CFLAGS) \
		-fsanitize=fuzzer-no-link,address,undefined -c -o $@ $<

clang-plugin/fuzz-efcheck: $(FUZZ_OBJS)
	$(QUIET_LINK)$(CLANG) -fsanitize=fuzzer,address,undefined -o $@ $^ \
		-L$(LLVM_LIB) -Wl,-rpath,$(LLVM_LIB) -lclang

fuzz: deps-ok clang-plugin/fuzz-efcheck
	$(Q)rm -rf $(FUZZ_DIR)/seeds $(FUZZ_DIR)/artifacts
	$(Q)mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds $(FUZZ_DIR)/artifacts
	$(Q)find testcases -name '*.c' -size -64k -exec cp {} $(FUZZ_DIR)/seeds/ \;
	@echo '  FUZZ    $(FUZZ_SECONDS) s, log in $(FUZZ_DIR)/fuzz.log'
	$(Q)LSAN_OPTIONS=suppressions=$(CURDIR)/clang-plugin/lsan.supp:print_suppressions=0 \
	clang-plugin/fuzz-efcheck -max_total_time=$(FUZZ_SECONDS) \
		-max_len=16384 -timeout=30 -rss_limit_mb=3072 \
		-print_final_stats=1 -dict=clang-plugin/fuzz.dict \
		-artifact_prefix=$(FUZZ_DIR)/artifacts/ \
		$(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds >$(FUZZ_DIR)/fuzz.log 2>&1; \
	st=$$?; \
	sed -n 's/^stat::number_of_executed_units: */  executions: /p' $(FUZZ_DIR)/fuzz.log; \
	echo "  crashes:    $$(ls $(FUZZ_DIR)/artifacts | wc -l)"; \
	if [ $$st != 0 ] || [ -n "$$(ls $(FUZZ_DIR)/artifacts)" ]; then \
		grep -E '^(==[0-9]+==|SUMMARY)' $(FUZZ_DIR)/fuzz.log >&2; \
		echo "efcheck: fuzz: inputs that fail are in $(FUZZ_DIR)/artifacts" >&2; \
		exit 1; \
	fi

VALGRIND ?= valgrind
VALGRIND_FLAGS = -q --error-exitcode=99 --leak-check=full \
	--show-leak-kinds=definite,indirect,possible \
	--errors-for-leak-kinds=definite,indirect,possible \
	--num-callers=40 --suppressions=$(CURDIR)/clang-plugin/valgrind.supp
VALGRIND_LOG = $(or $(EFCHECK_CACHE),$(HOME)/.cache/efcheck)/valgrind

# kbuild runs the checker on its own probe file first; valgrind writes to
# VALGRIND_LOG/<pid>.log only, as any "error" in the checker's output
# turns checking off.  Every log must be empty, and there must be two.
valgrind: all
	$(Q)set -e; set -- $$(testcases/real/fetch-kernel.sh unstable --configure); \
	tu=drivers/char/mem.o; [ -e "$$1/drivers/char/mem.c" ] || tu=mm/char-mem.o; \
	rm -rf $(VALGRIND_LOG); mkdir -p $(VALGRIND_LOG); \
	echo "  MEMCHECK $$1/$${tu%.o}.c, logs in $(VALGRIND_LOG)"; \
	$(MAKE) -s -C "$$1" $${2:+O="$$2"} C=2 \
		CHECK="$(VALGRIND) $(VALGRIND_FLAGS) --log-file=$(VALGRIND_LOG)/%p.log $(CURDIR)/bin/efcheck" \
		$$tu || { cat $(VALGRIND_LOG)/*.log >&2; exit 1; }; \
	n=$$(ls $(VALGRIND_LOG) | wc -l); \
	if [ "$$n" -lt 2 ]; then \
		echo "efcheck: valgrind: kbuild ran the checker $$n times, not 2" >&2; exit 1; \
	fi; \
	if cat $(VALGRIND_LOG)/*.log | grep .; then exit 1; fi; \
	echo "  MEMCHECK clean: no errors, no leaks in $$n runs"

.PHONY: fuzz valgrind
