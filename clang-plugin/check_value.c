// SPDX-License-Identifier: GPL-2.0
/*
 * check_value.c - the checks that judge each value written to
 * error_override (error_filter): errno-positive, errno-range,
 * errno-internal, errno-unnamed, errno-literal, errno-zero and unresolved
 *
 * check_mmap_action() converts the int to unsigned long and accepts 0 and
 * -1..-4095 (IS_ERR_VALUE).  Valid is stricter: the value also has to be
 * an errno that user space knows.  Each value meets exactly one of these
 * checks' conditions, or none.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

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

/*
 * Report value E where it was written when it is a macro's argument in the
 * file the macro is used in: MYSET(desc, EAGAIN) at EAGAIN, and the bad arm
 * on the second line of WRITE_ONCE(x,\n c ? -EIO : EAGAIN) on that line,
 * where a patch changes it and the fix-it points.  Anything else is
 * reported where it is expanded.
 */
static struct ef_finding *report_value(struct ef_ctx *ctx, enum ef_check check,
				       CXCursor e, char *msg)
{
	CXSourceLocation sl = clang_getCursorLocation(ef_strip(e));
	unsigned int line, col, off, xoff;
	struct ef_finding *r;
	CXFile f, xf;
	char *file;

	clang_getFileLocation(sl, &f, &line, &col, &off);
	clang_getExpansionLocation(sl, &xf, NULL, NULL, &xoff);
	if (!f || !xf || !clang_File_isEqual(f, xf) || off == xoff ||
	    clang_Location_isInSystemHeader(sl))
		return ef_report(ctx, check, e, msg);
	file = ef_file_name(f);
	r = ef_add(ctx->res, check, file, line, col, msg);
	free(file);
	return r;
}

static struct ef_finding *report(struct ef_ctx *ctx, enum ef_check check,
				 const struct ef_event *ev, char *msg)
{
	const struct ef_value *v = ev->v;
	struct ef_finding *f;
	char *name;

	if (v->via_call) {
		/* reported at the call, which the user has to change */
		f = ef_report(ctx, check, v->expr, msg);
		name = ef_spelling(ev->at);
		ef_note(f, ev->at,
			xasprintf("the argument is written to '%s' here",
				  name));
		free(name);
		return f;
	}
	if (!clang_Cursor_isNull(v->via)) {
		f = ef_report(ctx, check, ev->at, msg);
		ef_note(f, v->expr,
			xstrdup("the value comes from this assignment"));
		return f;
	}
	return report_value(ctx, check, v->expr, msg);
}

/* Written as it stands at the write: a fix-it can replace it. */
static int direct(const struct ef_value *v)
{
	return !v->via_call && clang_Cursor_isNull(v->via) && !v->derived;
}

static int is_value(const struct ef_event *ev)
{
	return ev->kind == EF_EV_VALUE && ev->v->known;
}

void check_errno_positive(struct ef_ctx *ctx, const struct ef_event *ev)
{
	const char *field = ef_field_name(ev->field);
	long long x;
	const char *name;
	struct ef_finding *f;

	if (!is_value(ev) || ev->v->wide || ev->v->value <= 0)
		return;
	x = ev->v->value;
	name = ef_errno_name(ctx, x);
	if (!name) {
		report(ctx, EF_ERRNO_POSITIVE, ev,
		       xasprintf(
			       "%s = %lld is positive: every mmap() fails with -EINVAL; use a negative errno",
			       field, x));
		return;
	}
	f = report(
		ctx, EF_ERRNO_POSITIVE, ev,
		xasprintf(
			"%s = %lld is positive: every mmap() fails with -EINVAL; use '-%s'",
			field, x, name));
	if (direct(ev->v))
		add_fix(ctx, f, ev->v->expr, ev->at, x);
}

void check_errno_range(struct ef_ctx *ctx, const struct ef_event *ev)
{
	const char *field = ef_field_name(ev->field);
	long long x;

	if (!is_value(ev))
		return;
	x = ev->v->value;
	if (ev->v->wide)
		report(ctx, EF_ERRNO_RANGE, ev,
		       xasprintf(
			       "%s = %lld does not fit in int: write a negative errno",
			       field, x));
	else if (x < -MAX_ERRNO)
		report(ctx, EF_ERRNO_RANGE, ev,
		       xasprintf(
			       "%s = %lld is below -%d: every mmap() fails with -EINVAL",
			       field, x, MAX_ERRNO));
}

/*
 * 0 means no override.  Written after a non-zero value may have been
 * (f = -EAGAIN; if (lenient) f = 0;), it clears that on purpose; and a 0
 * arm of a conditional is one choice among others.
 */
void check_errno_zero(struct ef_ctx *ctx, const struct ef_event *ev)
{
	if (!is_value(ev) || ev->v->wide || ev->v->value || !ev->only ||
	    ev->after_override)
		return;
	report(ctx, EF_ERRNO_ZERO, ev,
	       xasprintf("%s = 0 does nothing: 0 means no override",
			 ef_field_name(ev->field)));
}

static int in_range(const struct ef_event *ev)
{
	return is_value(ev) && !ev->v->wide && ev->v->value < 0 &&
	       ev->v->value >= -MAX_ERRNO;
}

static int is_internal(long long x)
{
	return -x >= FIRST_INTERNAL && -x <= LAST_INTERNAL;
}

void check_errno_internal(struct ef_ctx *ctx, const struct ef_event *ev)
{
	long long x;
	const char *name, *use;

	if (!in_range(ev) || !is_internal(ev->v->value))
		return;
	x = ev->v->value;
	name = ef_errno_name(ctx, -x);
	use = advice_for(name);
	report(ctx, EF_ERRNO_INTERNAL, ev,
	       xasprintf(
		       "%s = -%s (%lld) is kernel-internal and reaches user space through mmap(): use %s%s%s",
		       ef_field_name(ev->field), name ? name : "?", x,
		       use ? "'-" : "an errno from <uapi/asm/errno.h>",
		       use ? use : "", use ? "'" : ""));
}

void check_errno_unnamed(struct ef_ctx *ctx, const struct ef_event *ev)
{
	/* without an errno header there is nothing to name values with */
	if (!in_range(ev) || is_internal(ev->v->value) || !ctx->nr_errnos ||
	    ef_errno_name(ctx, -ev->v->value))
		return;
	report(ctx, EF_ERRNO_UNNAMED, ev,
	       xasprintf("%s = %lld is no errno of this architecture",
			 ef_field_name(ev->field), ev->v->value));
}

void check_errno_literal(struct ef_ctx *ctx, const struct ef_event *ev)
{
	const char *name;
	struct ef_finding *f;

	if (!in_range(ev) || is_internal(ev->v->value) || ev->v->derived)
		return;
	name = ef_errno_name(ctx, -ev->v->value);
	if (!name || !ef_is_literal(ctx, ef_strip(ev->v->expr)))
		return;
	f = report(ctx, EF_ERRNO_LITERAL, ev,
		   xasprintf("%s = %lld is a bare number: use '-%s'",
			     ef_field_name(ev->field), ev->v->value, name));
	if (direct(ev->v))
		add_fix(ctx, f, ev->v->expr, ev->at, -ev->v->value);
}

/*
 * A value efcheck cannot bound, or the field's address taken somewhere
 * other than a write through it (WRITE_ONCE() is such a write).
 */
void check_unresolved(struct ef_ctx *ctx, const struct ef_event *ev)
{
	char *msg;

	if (ev->kind == EF_EV_ADDRESS) {
		msg = xasprintf(
			"the address of %s escapes here: writes through it are not checked",
			ef_field_name(ev->field));
		ef_report(ctx, EF_UNRESOLVED, ev->at, msg);
		return;
	}
	if (ev->kind != EF_EV_VALUE || ev->v->known)
		return;
	report(ctx, EF_UNRESOLVED, ev,
	       xasprintf("cannot bound the value written to %s",
			 ef_field_name(ev->field)));
}
