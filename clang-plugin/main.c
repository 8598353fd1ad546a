// SPDX-License-Identifier: GPL-2.0
/*
 * main.c - efcheck: find bad values written to struct mmap_action's error
 * override, and leftover error_hook/success_hook
 *
 *	efcheck [options] FILE... [-- COMPILER FLAGS]
 *	efcheck -p BUILD_DIR [FILE...]
 *	make C=1 CHECK=efcheck		(sparse's argv: flags, then the file)
 *
 * Exit: 0 it ran, with or without findings; 1 --werror and a warning or
 * error was found; 2 it could not do what was asked.
 */
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "front.h"

#define PLUGIN "efcheck-clang.so"

enum mode { CHECK_FILES, LIST_CANDIDATES, LIST_NAMED, MERGE };

struct options {
	enum mode mode;
	enum format fmt;
	unsigned int enabled;
	unsigned long long hidden; /* rules --disable names: --merge hides them */
	int werror, jobs, print_args, nul, no_prefilter, includers;
	const char *compdb, *baseline, *lines, *result_cache;
	const char *tree, *gen_dir, *summary, *split; /* efcheck-scan's */
	struct tree_opts t; /* --tree */
	struct strvec roots;
};

static const char usage[] =
	"usage: efcheck [options] FILE... [-- COMPILER FLAGS]\n"
	"       efcheck [options] -p BUILD_DIR [FILE...]\n"
	"       make C=1 CHECK=efcheck   (kbuild: compiler flags, then the file)\n"
	"       efcheck --list-candidates [-z] [FLAGS] FILE...|-\n"
	"       efcheck --merge [--format=FMT] [--relative-to=DIR] FILE...|-\n"
	"       efcheck --tree=TOP --list-named [-z] [--flags-cache=DIR]\n"
	"       efcheck --tree=TOP [--kbuild=OBJ | -p DIR] [--staged=DIR]\n"
	"               --flags-cache=DIR [options] NAME...|-\n"
	"\n"
	"Find values written to struct mmap_action's error_override (or\n"
	"error_filter) that the kernel rejects or should, and leftover\n"
	"error_hook/success_hook.  Findings go to stderr as\n"
	"  path:line:col: error|warning|note: message [check]\n"
	"\n"
	"options:\n"
	"  -p DIR              read DIR/compile_commands.json; no FILE: every entry\n"
	"  --format=FMT        text (default, stderr), json (JSON Lines) or sarif (stdout)\n"
	"  --enable=CHECK,...  turn checks on (all: every check)\n"
	"  --disable=CHECK,... turn checks off\n"
	"  --list-checks       print the checks, their severity and default\n"
	"  --werror            exit 1 when an error or warning is found\n"
	"  -j N                check N files at once\n"
	"  --print-clang-args  print the flags libclang would get for the first file\n"
	"  --baseline=FILE     hide the findings of FILE, an earlier --format=json\n"
	"  --list-candidates   print the FILEs that can write the field, one a line;\n"
	"                      '-' reads NUL-separated names from stdin\n"
	"  --list-named        print the files of --tree that name the field or the\n"
	"                      struct (git grep; kept in --flags-cache by tree id)\n"
	"  -z                  with --list-candidates or --list-named: NUL-separated\n"
	"  --includers         with --list-candidates: add, sorted, the files of\n"
	"                      a candidate driver header's directory including it\n"
	"  --no-prefilter      parse every file, candidate or not (to test the rule)\n"
	"  --merge             merge findings (JSON Lines, SARIF, efcheck's text,\n"
	"                      cocci report lines 'f:l:c-c: msg [name]') and print\n"
	"                      them sorted and deduplicated, text on stdout\n"
	"  --relative-to=DIR   with --merge: print paths under DIR relative to it\n"
	"  --lines=FILE        show only findings on the 'file<TAB>line' lines of FILE\n"
	"  --format=b4         'ERROR: file:line: message [check]', for b4\n"
	"  --tree-flags=TOP --gen-dir=DIR  print the flags of an unconfigured\n"
	"                      tree, NUL-separated (its stubs made in DIR)\n"
	"  --grep-patterns=fixed|ere  the patterns of --list-named, for grep\n"
	"  --summary=N,M       with --merge: efcheck-scan's summary on stderr\n"
	"  --split-patch=DIR   split a series FILE|- in DIR/N.files, DIR/N.lines;\n"
	"                      with --tree=TOP, post-images in DIR/N/, DIR/N.names\n"
	"  --tree=TOP          NAMEs are files of the kernel tree TOP, with the\n"
	"                      flags of --kbuild, -p, or the unconfigured tree\n"
	"  --kbuild=OBJ        with --tree: kbuild's flags for O=OBJ, from the\n"
	"                      tree's 'make -n' (RUNS THE TREE'S MAKEFILES)\n"
	"  --staged=DIR        with --tree: read a NAME from DIR/NAME if there\n"
	"  --flags-cache=DIR   with --tree: keep kbuild's flags, the stubs there\n"
	"  --result-cache=DIR  keep findings in DIR; give them again, without a\n"
	"                      parse, while no file the parse read has changed\n"
	"  --sparse[=PROG]     run sparse (PROG, $SPARSE or sparse) first, on the\n"
	"                      same flags and file: CHECK=\"efcheck --sparse\";\n"
	"                      skipped if the tree's scripts/checker-valid.sh\n"
	"                      rejects it\n"
	"  --help, --version\n"
	"\n"
	"Any other argument starting with '-' is a compiler flag; gcc-only and\n"
	"sparse-only flags are dropped.\n"
	"exit: 0 ran, 1 findings with --werror, 2 could not do what was asked\n";

static __noreturn void usage_error(const char *fmt, const char *arg)
{
	fputs("efcheck: ", stderr);
	fprintf(stderr, fmt, arg);
	fputs(" (see efcheck --help)\n", stderr);
	exit(2);
}

/*
 * --enable=a,b / --disable=a,b; "all" names every check.  A cocci rule's
 * name is taken too: --merge hides the findings of every name --disable
 * gives, so that efcheck-scan's --disable means the same for both tools.
 */
static void set_checks(struct options *o, const char *list, int on)
{
	const char *p = list;

	while (*p) {
		size_t len = strcspn(p, ",");
		unsigned long long rule;
		unsigned int mask;
		int c;

		if (len == 3 && !strncmp(p, "all", 3)) {
			mask = (1u << EF_NR_CHECKS) - 1;
			rule = ~0ULL;
		} else {
			c = ef_rule_by_name(p, len);
			if (c < 0) {
				char *name = xasprintf("%.*s", (int)len, p);

				usage_error("unknown check '%s'", name);
			}
			mask = c < EF_NR_CHECKS ? 1u << c : 0;
			rule = 1ULL << c;
		}
		o->enabled = on ? o->enabled | mask : o->enabled & ~mask;
		o->hidden = on ? o->hidden & ~rule : o->hidden | rule;
		p += len + !!p[len];
	}
}

/* efcheck's checks, then the names only the cocci rules report ("cocci"). */
static void list_checks(void)
{
	size_t i;

	for (i = 0; i < ef_nr_rules(); i++) {
		const struct ef_rule *r = ef_rule(i);

		printf("%-16s %-8s %-5s %s\n", r->name,
		       r->severity == EF_ERROR	 ? "error" :
		       r->severity == EF_WARNING ? "warning" :
						   "note",
		       r->cocci	     ? "cocci" :
		       r->default_on ? "on" :
				       "off",
		       r->doc);
	}
}

/* NUL-separated names on stdin, for "efcheck --list-candidates -". */
static void read_names(struct strvec *files)
{
	char *name = NULL;
	size_t alloc = 0;
	ssize_t n;

	while ((n = getdelim(&name, &alloc, '\0', stdin)) > 0) {
		if (name[n - 1] == '\0')
			n--;
		name[n] = '\0';
		if (n)
			strvec_push(files, name);
	}
	free(name);
}

/*
 * --list-candidates: print the units that can write the field (the
 * prefilter's verdict).  2 when a file could not be read.
 */
static int list_candidates(struct unit *units, int nr, int nul, int includers,
			   const struct tree_opts *t)
{
	struct strvec v = { 0 };
	int i, ret = 0;

	for (i = 0; i < nr; i++) {
		char *error = NULL;

		switch (prefilter(units[i].file, &units[i].args, &error)) {
		case 1:
			strvec_push(&v, units[i].shown ?: units[i].file);
			break;
		case -1:
			fprintf(stderr, "efcheck: %s\n", error);
			free(error);
			ret = 2;
			break;
		}
	}
	if (includers)
		add_includers(&v, t->top, t->staged);
	for (i = 0; i < v.nr; i++) {
		fputs(v.v[i], stdout);
		putchar(nul ? '\0' : '\n');
	}
	strvec_clear(&v);
	return ret;
}

/*
 * efcheck-clang.so lives next to the binary's build directory or in
 * PREFIX/lib/efcheck; dlopen() it only when a file needs analysis.
 */
static ef_analyze_fn *load_plugin(void)
{
	static const char *const places[] = {
		"../lib/efcheck/" PLUGIN,
		"../clang-plugin/" PLUGIN,
	};
	char exe[PATH_MAX], path[PATH_MAX + 64], *slash;
	const char *err = "not found";
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	void *h;
	size_t i;

	if (n <= 0)
		die("cannot find my own executable");
	exe[n] = '\0';
	slash = strrchr(exe, '/');
	*slash = '\0';
	for (i = 0; i < ARRAY_SIZE(places); i++) {
		snprintf(path, sizeof(path), "%s/%s", exe, places[i]);
		if (access(path, R_OK))
			continue;
		h = dlopen(path, RTLD_LAZY | RTLD_LOCAL);
		if (h)
			return (ef_analyze_fn *)dlsym(h, "ef_analyze");
		err = dlerror();
	}
	die("cannot load %s: %s", PLUGIN, err);
}

/*
 * libclang recurses once per level of nested brackets, unary operators,
 * casts or statements, and overflows its stack as clang does on about
 * 100,000 of them (a 300 kB line of '-'); clang-19 also crashes on some
 * bad code, e.g. "int f = {{}, 1};".  Files are parsed on threads with a
 * 64 MB stack.  A crash that still happens abandons that file's parse,
 * as libclang's own crash recovery would, but with one line and exit 2
 * at the end instead of a screenful; libclang's recovery is off, as its
 * handler would run on the overflowed stack.
 */
#define PARSE_STACK (64UL << 20)
#define ALT_STACK (64UL << 10)

static __thread sigjmp_buf *recover;
static __thread char *stack_lo, *stack_hi;

static void on_crash(int sig, siginfo_t *si, void *uc)
{
	char *addr = si->si_addr;
	struct sigaction dfl = { .sa_handler = SIG_DFL };

	if (!recover) {
		/* not in libclang: die of it */
		sigaction(sig, &dfl, NULL);
		raise(sig);
		return;
	}
	if (sig == SIGSEGV && addr + (1UL << 20) >= stack_lo && addr < stack_hi)
		sig = 0;
	siglongjmp(*recover, sig ? sig : -1);
}

static void crash_handlers(void)
{
	static const int sigs[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL };
	struct sigaction sa = { .sa_sigaction = on_crash,
				.sa_flags = SA_SIGINFO | SA_ONSTACK };
	size_t i;

	setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < ARRAY_SIZE(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}

/*
 * Note this thread's stack, and give the crash handler a stack of its own
 * unless it has one (ASan makes one per thread).  Returns what to free.
 */
static void *thread_stack(void)
{
	stack_t ss = { .ss_size = ALT_STACK };
	pthread_attr_t attr;
	size_t size;
	void *lo;

	if (!sigaltstack(NULL, &ss) && (ss.ss_flags & SS_DISABLE)) {
		ss.ss_sp = xmalloc(ALT_STACK);
		ss.ss_size = ALT_STACK;
		ss.ss_flags = 0;
		if (sigaltstack(&ss, NULL)) {
			free(ss.ss_sp);
			ss.ss_sp = NULL;
		}
	} else {
		ss.ss_sp = NULL;
	}
	if (!pthread_getattr_np(pthread_self(), &attr)) {
		if (!pthread_attr_getstack(&attr, &lo, &size)) {
			stack_lo = lo;
			stack_hi = stack_lo + size;
		}
		pthread_attr_destroy(&attr);
	}
	return ss.ss_sp;
}

struct pool {
	struct unit *units;
	int nr, next;
	unsigned int enabled;
	ef_analyze_fn *analyze;
	pthread_mutex_t lock;
};

static void *worker(void *data)
{
	struct pool *p = data;
	void *alt = thread_stack();

	for (;;) {
		struct unit *u;
		sigjmp_buf jb;
		int sig;

		pthread_mutex_lock(&p->lock);
		u = p->next < p->nr ? &p->units[p->next++] : NULL;
		pthread_mutex_unlock(&p->lock);
		if (!u)
			break;
		if (u->skipped || u->error || u->cached)
			continue;
		sig = sigsetjmp(jb, 1);
		if (sig) {
			recover = NULL;
			free(u->res.fatal);
			u->res.fatal =
				sig < 0 ?
					xasprintf(
						"%s: nested too deep: libclang ran out of stack",
						u->file) :
					xasprintf("%s: libclang crashed (%s)",
						  u->file, strsignal(sig));
			continue;
		}
		recover = &jb;
		p->analyze(u->file, (const char *const *)u->args.v, u->args.nr,
			   p->enabled, &u->res);
		recover = NULL;
	}
	if (alt) {
		stack_t off = { .ss_flags = SS_DISABLE };

		sigaltstack(&off, NULL);
		free(alt);
	}
	return NULL;
}

/*
 * Check UNITS: the prefilter's candidates (every unit with
 * --no-prefilter) are parsed, except those --result-cache has.
 */
static void run(struct unit *units, int nr, const struct options *o)
{
	struct pool p = { .units = units, .nr = nr, .enabled = o->enabled };
	struct result_cache cache;
	pthread_t tids[64];
	pthread_attr_t attr;
	int i, jobs = o->jobs, todo = 0;

	if (o->result_cache)
		cache_init(&cache, o->result_cache);
	for (i = 0; i < nr; i++) {
		int r = prefilter(units[i].file, &units[i].args,
				  &units[i].error);

		if (o->no_prefilter && !r)
			r = 1;
		units[i].skipped = r == 0;
		if (r == 1 && o->result_cache)
			units[i].cached =
				cache_lookup(&cache, &units[i], o->enabled);
		todo += r == 1 && !units[i].cached;
	}
	if (!todo)
		return;
	/* parse on our threads: libclang's has an 8 MB stack and costs time */
	setenv("LIBCLANG_NOTHREADS", "1", 0);
	p.analyze = load_plugin();
	crash_handlers();
	pthread_mutex_init(&p.lock, NULL);
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, PARSE_STACK);
	if (jobs > todo)
		jobs = todo;
	for (i = 0; i < jobs; i++)
		if (pthread_create(&tids[i], &attr, worker, &p))
			die("cannot start a thread");
	pthread_attr_destroy(&attr);
	for (i = 0; i < jobs; i++)
		pthread_join(tids[i], NULL);
	for (i = 0; o->result_cache && i < nr; i++)
		cache_store(&cache, &units[i]);
}

/* Findings in a FILE given relative to -p are shown as it was given. */
static void show_as_given(struct unit *units, int nr)
{
	struct ef_loc *l;
	size_t j, k;
	int i;

	for (i = 0; i < nr; i++) {
		struct ef_result *r = &units[i].res;

		for (j = 0; units[i].shown && j < r->nr; j++) {
			for (k = 0; k <= r->v[j].nr_notes; k++) {
				l = k ? &r->v[j].notes[k - 1].loc :
					&r->v[j].loc;
				if (strcmp(l->file, units[i].file))
					continue;
				free(l->file);
				l->file = xstrdup(units[i].shown);
			}
		}
	}
}

/* One line for files clang could not fully parse, one per unknown flag. */
static int summarize(struct unit *units, int nr)
{
	int i, bad = 0, failed = 0, analysed = 0;
	const char *first = NULL;
	size_t j;

	for (i = 0; i < nr; i++) {
		struct unit *u = &units[i];

		for (j = 0; j < u->res.nr_unknown_flags; j++)
			fprintf(stderr,
				"efcheck: warning: unknown compiler flag '%s' ignored\n",
				u->res.unknown_flags[j]);
		if (u->error || u->res.fatal) {
			fprintf(stderr, "efcheck: %s\n",
				u->error ? u->error : u->res.fatal);
			failed++;
			continue;
		}
		analysed++;
		if (u->res.nr_parse_errors) {
			bad++;
			if (!first)
				first = u->res.parse_error;
		}
	}
	if (bad)
		fprintf(stderr,
			"efcheck: %d of %d files had parse errors, findings may be incomplete; first: %s\n",
			bad, analysed, first);
	return failed ? 2 : 0;
}

/*
 * A FILE given on the command line must be C: a .c or .h name, unless the
 * flags name its language (-x).  "efcheck Makefile" is a mistake, not a
 * file without findings.
 */
static char *not_c(const struct strvec *files, const struct strvec *flags)
{
	int i;

	for (i = 0; i < flags->nr; i++)
		if (!strncmp(flags->v[i], "-x", 2))
			return NULL;
	for (i = 0; i < files->nr; i++) {
		const char *f = files->v[i], *dot = strrchr(f, '.');

		if (!dot || strchr(dot, '/') ||
		    (strcmp(dot, ".c") && strcmp(dot, ".h")))
			return xasprintf(
				"%s: not a C source file (a .c or .h name, or -x c)",
				f);
	}
	return NULL;
}

/* OPT's directory DIR, made absolute: it must exist. */
static const char *abs_dir(const char *opt, const char *dir)
{
	static struct strvec keep;
	char buf[PATH_MAX];

	struct stat st;

	if (!*dir || !realpath(dir, buf) || stat(buf, &st) ||
	    !S_ISDIR(st.st_mode))
		usage_error("cannot enter the directory of '%s'", opt);
	strvec_push(&keep, buf);
	return keep.v[keep.nr - 1];
}

int main(int argc, char **argv)
{
	struct options o = { .fmt = FMT_TEXT, .jobs = 1 };
	struct report_opts rep = { 0 };
	struct strvec files = { 0 }, flags = { 0 }, args = { 0 };
	struct unit *units = NULL;
	unsigned int nr_errors = 0, nr_warnings = 0;
	int i, nr = 0, ret, from_stdin = 0;
	char *error = NULL;

	for (i = 0; i < EF_NR_CHECKS; i++)
		if (ef_checks[i].default_on)
			o.enabled |= 1u << i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--")) {
			/* compiler flags, or with --merge files */
			for (i++; i < argc; i++)
				strvec_push(o.mode == MERGE ? &files : &flags,
					    argv[i]);
			break;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(usage, stdout);
			return 0;
		} else if (!strcmp(a, "--version")) {
			printf("efcheck %s\n", EFCHECK_VERSION);
			return 0;
		} else if (!strcmp(a, "--list-checks")) {
			list_checks();
			return 0;
		} else if (!strcmp(a, "--list-candidates")) {
			o.mode = LIST_CANDIDATES;
		} else if (!strcmp(a, "--list-named")) {
			o.mode = LIST_NAMED;
		} else if (!strcmp(a, "--merge")) {
			o.mode = MERGE;
		} else if (!strcmp(a, "--no-prefilter")) {
			o.no_prefilter = 1;
		} else if (!strcmp(a, "--grep-patterns=fixed") ||
			   !strcmp(a, "--grep-patterns=ere")) {
			grep_patterns(a[16] == 'e');
			return 0;
		} else if (!strcmp(a, "--includers")) {
			o.includers = 1;
		} else if (!strcmp(a, "-z")) {
			o.nul = 1;
		} else if (!strncmp(a, "--relative-to=", 14)) {
			strvec_push(&o.roots, a + 14);
		} else if (!strncmp(a, "--baseline=", 11)) {
			o.baseline = a + 11;
		} else if (!strncmp(a, "--lines=", 8)) {
			o.lines = a + 8;
		} else if (!strncmp(a, "--tree-flags=", 13)) {
			o.tree = a + 13;
		} else if (!strncmp(a, "--gen-dir=", 10)) {
			o.gen_dir = a + 10;
		} else if (!strncmp(a, "--tree=", 7)) {
			o.t.top = abs_dir(a, a + 7);
		} else if (!strncmp(a, "--kbuild=", 9)) {
			o.t.obj = abs_dir(a, a + 9);
		} else if (!strncmp(a, "--staged=", 9)) {
			o.t.staged = abs_dir(a, a + 9);
		} else if (!strncmp(a, "--flags-cache=", 14)) {
			o.t.flags_cache = abs_dir(a, a + 14);
		} else if (!strncmp(a, "--summary=", 10)) {
			o.summary = a + 10;
			if (!strchr(o.summary, ',') ||
			    strspn(o.summary, "0123456789,") !=
				    strlen(o.summary))
				usage_error("--summary wants N,M, not '%s'",
					    o.summary);
		} else if (!strncmp(a, "--split-patch=", 14)) {
			o.split = a + 14;
		} else if (!strncmp(a, "--result-cache=", 15)) {
			if (!a[15])
				usage_error("option '%s' needs a directory", a);
			o.result_cache = a + 15;
		} else if (!strcmp(a, "--print-clang-args")) {
			o.print_args = 1;
		} else if (!strcmp(a, "--werror")) {
			o.werror = 1;
		} else if (!strncmp(a, "--format=", 9)) {
			if (!strcmp(a + 9, "text"))
				o.fmt = FMT_TEXT;
			else if (!strcmp(a + 9, "json"))
				o.fmt = FMT_JSON;
			else if (!strcmp(a + 9, "sarif"))
				o.fmt = FMT_SARIF;
			else if (!strcmp(a + 9, "b4"))
				o.fmt = FMT_B4;
			else
				usage_error("unknown format '%s'", a + 9);
		} else if (!strncmp(a, "--enable=", 9)) {
			set_checks(&o, a + 9, 1);
		} else if (!strncmp(a, "--disable=", 10)) {
			set_checks(&o, a + 10, 0);
		} else if (!strcmp(a, "-p") || !strcmp(a, "-j")) {
			if (i + 1 == argc)
				usage_error("option '%s' needs a value", a);
			if (a[1] == 'p') {
				o.compdb = argv[++i];
			} else {
				char *end;

				o.jobs = strtol(argv[++i], &end, 10);
				if (*end || o.jobs < 1 || o.jobs > 64)
					usage_error(
						"-j wants a number from 1 to 64, not '%s'",
						argv[i]);
			}
		} else if (!strcmp(a, "--sparse") ||
			   !strncmp(a, "--sparse=", 9)) {
			sparse_first(a[8] ? a + 9 : NULL, argc, argv);
		} else if (!strncmp(a, "--arch=", 7)) {
			strvec_push(&flags, a); /* sparse's, from kbuild */
		} else if (!strncmp(a, "--", 2)) {
			usage_error("unknown option '%s'", a);
		} else if (a[0] == '-' && a[1]) {
			strvec_push(&flags, a);
			if (flag_takes_value(a) && i + 1 < argc)
				strvec_push(&flags, argv[++i]);
		} else {
			strvec_push(&files, a);
		}
	}

	if (o.tree) {
		struct strvec tf = { 0 };

		if (!o.gen_dir)
			usage_error("--tree-flags needs --gen-dir=DIR%s", "");
		ret = tree_flags(o.tree, o.gen_dir, &tf) ? 2 : 0;
		for (i = 0; i < tf.nr; i++) {
			fputs(tf.v[i], stdout);
			putchar('\0');
		}
		strvec_clear(&tf);
		goto out;
	}
	if (o.split) {
		if (files.nr != 1)
			usage_error("--split-patch needs one FILE or '-'%s",
				    "");
		ret = split_patch(o.split, files.v[0], o.t.top);
		goto out;
	}
	for (i = 0; i < files.nr; i++) {
		if (strcmp(files.v[i], "-"))
			continue;
		if (o.mode == CHECK_FILES && !o.t.top)
			usage_error("'-' names stdin only with %s",
				    "--list-candidates, --merge or --tree");
		if (o.mode != MERGE) {
			struct strvec rest = { 0 };
			int j;

			for (j = 0; j < files.nr; j++)
				if (j != i)
					strvec_push(&rest, files.v[j]);
			read_names(&rest);
			from_stdin = 1;
			strvec_clear(&files);
			files = rest;
		}
		break;
	}
	if (o.mode == MERGE) {
		struct merged m = { 0 };
		struct ef_finding **v;
		size_t k, n = 0;

		if (!files.nr)
			usage_error("--merge needs files%s", "");
		ret = 2;
		if (!merge_load(files.v, files.nr, &o.roots, &m)) {
			v = xcalloc(m.res.nr + 1, sizeof(*v));
			for (k = 0; k < m.res.nr; k++)
				if (!(o.hidden >> m.res.v[k].check & 1))
					v[n++] = &m.res.v[k];
			rep.fmt = o.fmt;
			rep.text = stdout;
			rep.roots = &o.roots;
			rep.baseline = o.baseline;
			rep.lines = o.lines;
			if (!report_findings(v, n, &rep, &nr_errors,
					     &nr_warnings))
				ret = o.werror && (nr_errors || nr_warnings);
			if (o.summary)
				scan_summary(v, n, o.summary);
			free(v);
		}
		ef_result_free(&m.res);
		free(m.cocci);
		goto out;
	}

	if (o.mode == LIST_NAMED) {
		if (!o.t.top || files.nr || from_stdin || o.t.obj ||
		    o.t.staged || o.compdb)
			usage_error(
				"--list-named takes --tree=TOP and at most --flags-cache=DIR%s",
				"");
		ret = list_named(o.t.top, o.t.flags_cache, o.nul);
		goto out;
	}
	if (o.t.top) {
		o.t.cdb = o.compdb;
		if (o.t.obj && o.t.cdb)
			usage_error("--kbuild and -p exclude each other%s", "");
		if (!o.t.flags_cache && !o.t.cdb && o.mode == CHECK_FILES)
			usage_error("--tree needs --flags-cache=DIR%s", "");
		if (!files.nr && !from_stdin)
			usage_error("no input file%s", "");
		if (tree_units(&o.t, files.v, files.nr,
			       o.mode == LIST_CANDIDATES, &units, &nr,
			       &error)) {
			fprintf(stderr, "efcheck: %s\n", error);
			free(error);
			ret = 2;
			goto out;
		}
	} else if (o.t.obj || o.t.staged || o.t.flags_cache) {
		usage_error(
			"--kbuild, --staged and --flags-cache need --tree%s",
			"");
	} else if (o.compdb) {
		if (compdb_load(o.compdb, files.v, files.nr, &units, &nr,
				&error)) {
			fprintf(stderr, "efcheck: %s\n", error);
			free(error);
			ret = 2;
			goto out;
		}
	} else {
		if (!files.nr && o.mode == LIST_CANDIDATES && from_stdin) {
			ret = 0;
			goto out;
		}
		if (!files.nr)
			usage_error("no input file%s", "");
		error = o.mode == LIST_CANDIDATES ? NULL :
						    not_c(&files, &flags);
		if (error) {
			fprintf(stderr, "efcheck: %s\n", error);
			free(error);
			ret = 2;
			goto out;
		}
		flags_filter(&args, flags.v, flags.nr);
		flags_finish(&args);
		units = xcalloc(files.nr, sizeof(*units));
		for (nr = 0; nr < files.nr; nr++) {
			units[nr].file = xstrdup(files.v[nr]);
			for (i = 0; i < args.nr; i++)
				strvec_push(&units[nr].args, args.v[i]);
		}
	}

	if (o.mode == LIST_CANDIDATES) {
		ret = list_candidates(units, nr, o.nul, o.includers, &o.t);
		goto out;
	}
	if (o.print_args) {
		for (i = 0; nr && i < units[0].args.nr; i++)
			puts(units[0].args.v[i]);
		ret = 0;
		goto out;
	}
	run(units, nr, &o);
	show_as_given(units, nr);
	rep.fmt = o.fmt;
	rep.text = stderr;
	rep.roots = &o.roots;
	rep.baseline = o.baseline;
	rep.lines = o.lines;
	if (report_all(units, nr, &rep, &nr_errors, &nr_warnings))
		ret = 2;
	else
		ret = summarize(units, nr);
	if (!ret && o.werror && (nr_errors || nr_warnings))
		ret = 1;
out:
	for (i = 0; i < nr; i++) {
		ef_result_free(&units[i].res);
		strvec_clear(&units[i].args);
		free(units[i].file);
		free(units[i].shown);
		free(units[i].error);
	}
	free(units);
	strvec_clear(&files);
	strvec_clear(&flags);
	strvec_clear(&args);
	strvec_clear(&o.roots);
	return ret;
}
