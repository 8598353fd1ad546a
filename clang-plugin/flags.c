// SPDX-License-Identifier: GPL-2.0
/*
 * flags.c - turn gcc and sparse command lines into flags libclang accepts
 *
 * Under kbuild the checker gets sparse's CHECKFLAGS and gcc's c_flags
 * (KBUILD.md).  Options clang rejects or that would have side effects are
 * dropped: sparse's own options, gcc-only code generation options, every
 * warning option (-w is added), and anything that writes a dependency file.
 */
#include <string.h>

#include "efcheck.h"
#include "front.h"

/* gcc options clang-19 rejects or warns about; a trailing '*' is a prefix */
static const char *const gcc_only[] = {
	"-fconserve-stack",
	"-fno-allow-store-data-races",
	"-mindirect-branch=*",
	"-mindirect-branch-register",
	"-mpreferred-stack-boundary=*",
	"-falign-jumps=*",
	"-mrecord-mcount",
	"-fno-var-tracking*",
	"-fsanitize=bounds-strict",
	"-fzero-init-padding-bits=*",
	"-fmin-function-alignment=*",
	"-fno-ipa-sra",
	"-fplugin*",
	"-fno-ipa-*",
	"-fno-tree-*",
	"-mno-fp-ret-in-387",
	"-mskip-rax-setup",
	"-mharden-sls=*",
	"-fno-inline-functions-called-once",
	"-enable-trivial-auto-var-init-zero-knowing-it-will-be-removed-from-clang",
	"--arch=*", /* sparse */
	"-D__CHECKER__",
	"-MD",
	"-MMD",
	"-MP",
	"-c",
	"-E",
	"-S",
	"-pipe",
	"-fsyntax-only",
};

/* options whose value is the next argument */
static const char *const with_value[] = {
	"-include", "-imacros", "-isystem", "-iquote", "-idirafter", "-I",
	"-D",	    "-U",	"-x",	    "-MF",     "-MT",	     "-MQ",
	"-o",	    "-Xclang",	"-target",  "-arch",   "--param",
};

static int match(const char *pattern, const char *arg)
{
	size_t n = strlen(pattern);

	if (pattern[n - 1] == '*')
		return !strncmp(pattern, arg, n - 1);
	return !strcmp(pattern, arg);
}

int flag_takes_value(const char *arg)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(with_value); i++)
		if (!strcmp(arg, with_value[i]))
			return 1;
	return 0;
}

static int dropped(const char *arg)
{
	size_t i;

	/* -W..., -Wp,-MMD,..., -Wa,..., -Werror=...: -w is added instead */
	if (!strncmp(arg, "-W", 2))
		return 1;
	for (i = 0; i < ARRAY_SIZE(gcc_only); i++)
		if (match(gcc_only[i], arg))
			return 1;
	return 0;
}

/* A gcc -isystem directory: .../gcc/<target>/<version>/include */
static int is_gcc_include(const char *dir)
{
	size_t n = strlen(dir);

	return strstr(dir, "/gcc/") && n > 8 &&
	       !strcmp(dir + n - 8, "/include");
}

/*
 * Append the clang form of compiler flags ARGV[0..ARGC) to ARGS.
 */
void flags_filter(struct strvec *args, char **argv, int argc)
{
	int i;

	for (i = 0; i < argc; i++) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;

		if (!strcmp(a, "-MF") || !strcmp(a, "-MT") ||
		    !strcmp(a, "-MQ") || !strcmp(a, "-o")) {
			i++;
			continue;
		}
		if (!strcmp(a, "-isystem") && v && is_gcc_include(v)) {
			strvec_push(args, "-isystem");
			strvec_push(args, EF_CLANG_RESOURCE "/include");
			i++;
			continue;
		}
		if (dropped(a))
			continue;
		strvec_push(args, a);
		if (flag_takes_value(a) && v) {
			strvec_push(args, v);
			i++;
		}
	}
}

/* What every parse gets: C, no warnings, every error. */
void flags_finish(struct strvec *args)
{
	strvec_push(args, "-w");
	strvec_push(args, "-Wno-unknown-warning-option");
	/* clang stops reporting after 20 errors: keep the ones checks read */
	strvec_push(args, "-ferror-limit=0");
	strvec_push(args, "-x");
	strvec_push(args, "c");
}
