// SPDX-License-Identifier: GPL-2.0
/*
 * check_value.c - judge each value written to error_override (error_filter)
 *
 * check_mmap_action() converts the int to unsigned long and accepts 0 and
 * -1..-4095 (IS_ERR_VALUE).  Valid is stricter: the value also has to be
 * an errno that user space knows.
 */
#include <stdlib.h>
#include <string.h>

#include "analyze.h"

#define MAX_ERRNO 4095

/* include/linux/errno.h: "should never be seen by user programs" */
#define FIRST_INTERNAL 512
#define LAST_INTERNAL 531

static const struct {
	const char *name, *use;
} internal_advice[] = {
	{ "ENOTSUPP", "EOPNOTSUPP" },	 { "ENOIOCTLCMD", "ENOTTY" },
	{ "ERESTARTSYS", "EINTR" },	 { "ERESTARTNOINTR", "EINTR" },
	{ "ERESTARTNOHAND", "EINTR" },	 { "ERESTART_RESTARTBLOCK", "EINTR" },
	{ "EPROBE_DEFER", "EAGAIN" },	 { "EJUKEBOX", "EAGAIN" },
	{ "ETOOSMALL", "EINVAL" },	 { "EBADTYPE", "EINVAL" },
	{ "EBADHANDLE", "EINVAL" },	 { "EBADCOOKIE", "EINVAL" },
	{ "ESERVERFAULT", "EREMOTEIO" }, { "ENOPARAM", "EINVAL" },
};

static const char *advice_for(const char *name)
{
	size_t i;

	for (i = 0; name && i < ARRAY_SIZE(internal_advice); i++)
		if (!strcmp(name, internal_advice[i].name))
			return internal_advice[i].use;
	return NULL;
}

/*
 * Where a token of the value sits in the user's text: a macro argument is
 * taken where it was written, a token of a macro body where the macro was
 * expanded (clang_getFileLocation).  END is the start of the last token:
 * move it past that token.
 */
static int file_loc(struct ef_ctx *ctx, CXSourceLocation sl, int end,
		    CXFile *file, unsigned int *line, unsigned int *col,
		    unsigned int *off)
{
	CXSourceLocation at;
	CXToken *tok;

	CXFile sf;
	unsigned int sl_line, sl_col, sl_off;

	clang_getFileLocation(sl, file, line, col, off);
	if (!*file || clang_Location_isInSystemHeader(sl))
		return 0;
	if (!end)
		return 1;
	/* outside macros, libclang's range already ends past the last token */
	clang_getSpellingLocation(sl, &sf, &sl_line, &sl_col, &sl_off);
	if (sf && clang_File_isEqual(sf, *file) && sl_off == *off)
		return 1;
	at = clang_getLocation(ctx->tu, *file, *line, *col);
	tok = clang_getToken(ctx->tu, at);
	if (!tok)
		return 0;
	clang_getFileLocation(
		clang_getRangeEnd(clang_getTokenExtent(ctx->tu, *tok)), file,
		line, col, off);
	clang_disposeTokens(ctx->tu, tok, 1);
	return *file != NULL;
}

/*
 * Replace the value expression E by -NAME, only when that touches nothing
 * but the value's own tokens in a file the user writes: one line, not a
 * system header, and not the write itself.  MYSET(desc, EAGAIN) gets its
 * argument replaced; a macro whose body holds the bad value gets no fix
 * (the message still gives the advice).
 */
static void add_fix(struct ef_ctx *ctx, struct ef_finding *f, CXCursor e,
		    CXCursor write, long long errno_value)
{
	const char *name = ef_errno_name(ctx, errno_value);
	unsigned int l1, c1, o1, l2, c2, o2, lw, cw, ow;
	CXFile f1, f2, fw;
	CXSourceRange r;
	char *path;
	int same;

	if (!f || !name)
		return;
	e = ef_strip(e);
	r = clang_getCursorExtent(e);
	if (!file_loc(ctx, clang_getRangeStart(r), 0, &f1, &l1, &c1, &o1) ||
	    !file_loc(ctx, clang_getRangeEnd(r), 1, &f2, &l2, &c2, &o2))
		return;
	if (!clang_File_isEqual(f1, f2) || l1 != l2 || o2 <= o1)
		return;
	/* the member written, or the designator, must stay */
	clang_getFileLocation(clang_getCursorLocation(write), &fw, &lw, &cw,
			      &ow);
	if (fw && clang_File_isEqual(fw, f1) && ow >= o1 && ow < o2)
		return;
	/* fixes are given for the file the finding is reported in */
	path = ef_file_name(f1);
	same = !strcmp(path, f->loc.file);
	free(path);
	if (!same)
		return;
	f->fix = xmalloc(sizeof(*f->fix));
	f->fix->line = l1;
	f->fix->col = c1;
	f->fix->end_col = c2;
	f->fix->text = xasprintf("-%s", name);
}

static struct ef_finding *report(struct ef_ctx *ctx, enum ef_check check,
				 const struct ef_value *v, CXCursor write,
				 char *msg)
{
	struct ef_finding *f;
	char *name;

	if (!ef_enabled(ctx, check)) {
		free(msg);
		return NULL;
	}
	if (v->via_call) {
		/* reported at the call, which the user has to change */
		f = ef_report(ctx, check, v->expr, msg);
		name = ef_spelling(write);
		ef_note(f, write,
			xasprintf("the argument is written to '%s' here",
				  name));
		free(name);
		return f;
	}
	if (!clang_Cursor_isNull(v->via)) {
		f = ef_report(ctx, check, write, msg);
		ef_note(f, v->expr,
			xstrdup("the value comes from this assignment"));
		return f;
	}
	return ef_report(ctx, check, v->expr, msg);
}

static void judge(struct ef_ctx *ctx, const char *field,
		  const struct ef_value *v, CXCursor write, int only)
{
	long long x = v->value;
	const char *name, *use;
	struct ef_finding *f;
	int direct = !v->via_call && clang_Cursor_isNull(v->via);

	if (!v->known) {
		report(ctx, EF_UNRESOLVED, v, write,
		       xasprintf("cannot bound the value written to %s",
				 field));
		return;
	}
	if (v->wide) {
		report(ctx, EF_ERRNO_RANGE, v, write,
		       xasprintf(
			       "%s = %lld does not fit in int: write a negative errno",
			       field, x));
		return;
	}
	if (x > 0) {
		name = ef_errno_name(ctx, x);
		if (name) {
			f = report(
				ctx, EF_ERRNO_POSITIVE, v, write,
				xasprintf(
					"%s = %lld is positive: every mmap() fails with -EINVAL; use '-%s'",
					field, x, name));
			if (direct)
				add_fix(ctx, f, v->expr, write, x);
		} else {
			report(ctx, EF_ERRNO_POSITIVE, v, write,
			       xasprintf(
				       "%s = %lld is positive: every mmap() fails with -EINVAL; use a negative errno",
				       field, x));
		}
		return;
	}
	if (x < -MAX_ERRNO) {
		report(ctx, EF_ERRNO_RANGE, v, write,
		       xasprintf(
			       "%s = %lld is below -%d: every mmap() fails with -EINVAL",
			       field, x, MAX_ERRNO));
		return;
	}
	if (x == 0) {
		if (only)
			report(ctx, EF_ERRNO_ZERO, v, write,
			       xasprintf(
				       "%s = 0 does nothing: 0 means no override",
				       field));
		return;
	}
	name = ef_errno_name(ctx, -x);
	if (-x >= FIRST_INTERNAL && -x <= LAST_INTERNAL) {
		use = advice_for(name);
		report(ctx, EF_ERRNO_INTERNAL, v, write,
		       xasprintf(
			       "%s = -%s (%lld) is kernel-internal and reaches user space through mmap(): use %s%s%s",
			       field, name ? name : "?", x,
			       use ? "'-" : "an errno from <uapi/asm/errno.h>",
			       use ? use : "", use ? "'" : ""));
		return;
	}
	if (!ctx->nr_errnos)
		return; /* no errno header: nothing to name values with */
	if (!name) {
		report(ctx, EF_ERRNO_UNNAMED, v, write,
		       xasprintf("%s = %lld is no errno of this architecture",
				 field, x));
		return;
	}
	if (v->literal) {
		f = report(ctx, EF_ERRNO_LITERAL, v, write,
			   xasprintf("%s = %lld is a bare number: use '-%s'",
				     field, x, name));
		if (direct)
			add_fix(ctx, f, v->expr, write, -x);
	}
}

/*
 * A write of VALUE to the field F, at the member (or designator) AT.
 */
void ef_check_write(struct ef_ctx *ctx, enum ef_field f, CXCursor at,
		    CXCursor value)
{
	struct ef_values vals = { 0 };
	const char *field = ef_field_name(f);
	size_t i;

	ef_resolve(ctx, value, &vals);
	for (i = 0; i < vals.nr; i++)
		judge(ctx, field, &vals.v[i], at, vals.nr == 1);
	free(vals.v);
}
