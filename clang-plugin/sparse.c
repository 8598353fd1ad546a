// SPDX-License-Identifier: GPL-2.0
/*
 * sparse.c - efcheck --sparse: a kbuild CHECK that runs sparse, then efcheck
 *
 *	make C=1 CHECK="efcheck --sparse"
 *
 * kbuild calls $(CHECK) $(CHECKFLAGS) $(c_flags) FILE from the object
 * tree's root.  sparse gets that argv, less efcheck's own options, and runs
 * to its end; then efcheck checks FILE as usual.
 *
 * Linux 7.x first validates the checker with the tree's own
 * scripts/checker-valid.sh: it runs it on a temporary file without a .c
 * suffix that uses __typeof_unqual__, and turns checking off for the whole
 * build, with a make warning, if any output line contains "error".  sparse
 * 0.6.4 fails it on 7.2.  So, on a tree that has that script, sparse runs
 * only if it passes the script, with the CHECKFLAGS kbuild gives (the
 * arguments before gcc's, which start at -Wp,); the verdict is kept in the
 * build directory.  If it fails, the first .c file checked says so, once
 * per build directory, and efcheck runs alone.  On a tree without the
 * script (6.12 and older), sparse always runs.
 *
 * Exit: efcheck's status, or sparse's when efcheck's is 0.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "front.h"

#define VALID ".efcheck-sparse.valid"
#define INVALID ".efcheck-sparse.invalid"
#define SAID ".efcheck-sparse.said" /* a directory: mkdir is the "once" */

static int is_file(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISREG(st.st_mode);
}

/*
 * Why PROG cannot be run, or NULL: a path to a program, or a name found
 * on PATH as execvp() would.
 */
static const char *not_runnable(const char *prog)
{
	const char *p = getenv("PATH") ?: "/usr/local/bin:/usr/bin:/bin";
	struct stat st;
	int ok = 0;

	if (strchr(prog, '/')) {
		if (stat(prog, &st))
			return strerror(errno);
		if (!S_ISREG(st.st_mode) || access(prog, X_OK))
			return "not an executable file";
		return NULL;
	}
	for (;;) {
		size_t len = strcspn(p, ":");
		char *f = xasprintf("%.*s/%s", (int)len, len ? p : ".", prog);

		ok = is_file(f) && !access(f, X_OK);
		free(f);
		if (ok || !p[len])
			break;
		p += len + 1;
	}
	return ok ? NULL : "not found on PATH";
}

/* The exit status a shell would give: 128 + the signal that killed it. */
static int wait_status(pid_t pid)
{
	int st;

	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			die("cannot wait for a child: %s", strerror(errno));
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}

/*
 * Run ARGV; with OUT, its stdout goes to that pipe and its stderr to
 * /dev/null.
 */
static pid_t spawn(char **argv, int out[2])
{
	pid_t pid;
	int null;

	fflush(NULL);
	pid = fork();
	if (pid < 0)
		die("cannot fork: %s", strerror(errno));
	if (pid)
		return pid;
	if (out) {
		null = open("/dev/null", O_WRONLY);
		dup2(out[1], 1);
		if (null >= 0)
			dup2(null, 2);
		close(out[0]);
		close(out[1]);
	}
	execvp(argv[0], argv);
	fprintf(stderr, "efcheck: cannot run '%s': %s\n", argv[0],
		strerror(errno));
	_exit(127);
}

/*
 * Does "sh SCRIPT SPARSE CHECKFLAGS" print 1?  CHECKFLAGS are the
 * arguments before gcc's, which start at -Wp, (all of them without
 * -Wp,), the file excluded.
 */
static int passes(const char *script, struct strvec *args)
{
	struct strvec cmd = { 0 };
	int fd[2], i, ok = -1;
	char buf[512];
	ssize_t n, k;
	pid_t pid;

	strvec_push(&cmd, "sh");
	strvec_push(&cmd, script);
	strvec_push(&cmd, args->v[0]);
	for (i = 1; i < args->nr - 1; i++) {
		if (!strncmp(args->v[i], "-Wp,", 4))
			break;
		strvec_push(&cmd, args->v[i]);
	}
	if (pipe(fd))
		die("cannot make a pipe: %s", strerror(errno));
	pid = spawn(cmd.v, fd);
	close(fd[1]);
	/* "1", then only newlines, as $(...) compares it */
	while ((n = read(fd[0], buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		for (k = 0; k < n; k++) {
			if (ok < 0)
				ok = buf[k] == '1';
			else if (buf[k] != '\n')
				ok = 0;
		}
	}
	close(fd[0]);
	wait_status(pid);
	strvec_clear(&cmd);
	return ok > 0;
}

/* Create FILE, empty, as ": >FILE" does; a failure is not an error. */
static void touch(const char *file)
{
	int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0666);

	if (fd >= 0)
		close(fd);
}

/*
 * Should sparse run on this tree?  kbuild exports $srctree; with O=, the
 * build directory also has the "source" link.  The verdict is kept in
 * .efcheck-sparse.valid or .efcheck-sparse.invalid (checker-valid.sh
 * swallows the output of its own run, so it is the first real .c file
 * that says "skipped").
 */
static int tree_accepts(struct strvec *args)
{
	const char *top = getenv("srctree"), *last = args->v[args->nr - 1];
	struct stat st;
	size_t len = strlen(last);
	char *script;
	int ok;

	if (!top || !*top)
		top = !stat("source", &st) && S_ISDIR(st.st_mode) ? "source" :
								    ".";
	script = xasprintf("%s/scripts/checker-valid.sh", top);
	if (!is_file(script)) {
		free(script);
		return 1;
	}
	if (is_file(VALID)) {
		ok = 1;
	} else if (is_file(INVALID)) {
		ok = 0;
	} else {
		ok = passes(script, args);
		touch(ok ? VALID : INVALID);
	}
	free(script);
	if (!ok && len >= 2 && !strcmp(last + len - 2, ".c") &&
	    !mkdir(SAID, 0777))
		fprintf(stderr,
			"efcheck-sparse: %s fails this tree's scripts/checker-valid.sh: sparse skipped, efcheck only\n",
			args->v[0]);
	return ok;
}

/*
 * --sparse[=PROG]: run sparse (PROG, else $SPARSE, else sparse on PATH)
 * on ARGV without efcheck's own options, when it ends in a file and the
 * tree accepts sparse.  Then return, for main() to go on as efcheck; if
 * sparse failed, in a child, whose status this process waits for and
 * gives when it is 0.
 */
void sparse_first(const char *prog, int argc, char **argv)
{
	static int done; /* a second --sparse runs nothing more */
	struct strvec args = { 0 };
	int i, src = 0, erc, named;
	const char *why;
	pid_t pid;

	if (done++)
		return;
	if (prog && !*prog)
		die("--sparse= needs a program");
	if (!prog)
		prog = getenv("SPARSE");
	named = prog && *prog;
	if (!named)
		prog = "sparse";
	why = not_runnable(prog);
	/*
	 * a sparse the user named must run; without one, as with sparse
	 * that the tree rejects, efcheck runs alone and says so once
	 */
	if (why && named)
		die("--sparse: cannot run '%s': %s", prog, why);
	if (why) {
		const char *last = argc > 1 ? argv[argc - 1] : "";
		size_t len = strlen(last);

		if (len >= 2 && !strcmp(last + len - 2, ".c") &&
		    !mkdir(SAID, 0777))
			fprintf(stderr,
				"efcheck-sparse: sparse %s: sparse skipped, efcheck only\n",
				why);
		return;
	}
	strvec_push(&args, prog);
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "-p") || !strcmp(a, "-j")) {
			i++; /* efcheck's, with a value */
		} else if (!strcmp(a, "-z") ||
			   (!strncmp(a, "--", 2) && strncmp(a, "--arch=", 7))) {
			continue; /* efcheck's, or "--" */
		} else {
			strvec_push(&args, a);
			if (a[0] == '-' && flag_takes_value(a) && i + 1 < argc)
				strvec_push(&args, argv[++i]);
		}
	}
	if (args.nr > 1 && args.v[args.nr - 1][0] != '-' && tree_accepts(&args))
		src = wait_status(spawn(args.v, NULL));
	strvec_clear(&args);
	if (!src)
		return;
	pid = fork();
	if (pid < 0)
		die("cannot fork: %s", strerror(errno));
	if (!pid)
		return;
	erc = wait_status(pid);
	exit(erc ? erc : src);
}
