#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
# fixits.sh - apply every fix-it that the testcases/check/ cases emit, one
# at a time and all of a file's at once, to a copy of the case's folder.
# Each result must still hold every write of the field, must compile with
# clang-19 -fsyntax-only and the case's flags whenever the original does,
# and must lose exactly the finding that was fixed.  The SARIF output must
# carry the same fixes as the JSON Lines output.
set -eu
top=${EFCHECK_TOP:-$(pwd)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v clang-19 >/dev/null || { echo "no clang-19"; exit 77; }
EFCHECK="$top/bin/efcheck" TC="$top/testcases" TMP="$tmp" python3 - <<'PY'
import glob, json, os, re, shlex, shutil, subprocess, sys

TC, TMP, EFCHECK = os.environ["TC"], os.environ["TMP"], os.environ["EFCHECK"]
FIELD = re.compile(r"\b(error_override|error_filter)\b")
failed = applied = 0


def command(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    m = re.search(r"^ \* check-command: (.*)$", text, re.M)
    cmd = m.group(1) if m else "efcheck $file"
    argv = shlex.split(cmd.replace("$fixtures", os.path.join(TC, "include")))
    if argv[0] != "efcheck" or "--" not in argv:
        return None
    opts = [a for a in argv[1:argv.index("--")]
            if not a.startswith("--format") and not a.startswith("-p")
            and a != "$file"]
    return opts, argv[argv.index("--") + 1:]


def run(opts, flags, d, fmt):
    p = subprocess.run([EFCHECK, "--format=" + fmt] + opts + ["--"] + flags,
                       cwd=d, capture_output=True, text=True)
    return p.stdout


def findings(opts, flags, d):
    return [json.loads(l) for l in run(opts, flags, d, "json").splitlines()]


def key(f):
    return (f["file"], f["check"], f["message"])


def compiles(d, name, flags):
    return subprocess.run(["clang-19", "-fsyntax-only", "-w", name] + flags,
                          cwd=d, capture_output=True).returncode == 0


def apply(d, fixes):
    """Apply FIXES (dicts with file and fix) to the files under D."""
    for f in sorted(fixes, key=lambda f: (f["fix"]["line"],
                                          f["fix"]["column"]), reverse=True):
        x, path = f["fix"], os.path.join(d, f["file"])
        lines = open(path, "rb").read().split(b"\n")
        line = lines[x["line"] - 1]
        old = line[x["column"] - 1:x["end_column"] - 1]
        lines[x["line"] - 1] = (line[:x["column"] - 1] +
                                x["replacement"].encode() +
                                line[x["end_column"] - 1:])
        open(path, "wb").write(b"\n".join(lines))
        yield old.decode()


def sarif_fixes(text):
    out = []
    for run_ in json.loads(text)["runs"]:
        for r in run_["results"]:
            for fx in r.get("fixes", []):
                for ch in fx["artifactChanges"]:
                    for rep in ch["replacements"]:
                        reg = rep["deletedRegion"]
                        out.append((ch["artifactLocation"]["uri"],
                                    reg["startLine"], reg["startColumn"],
                                    reg["endColumn"],
                                    rep["insertedContent"]["text"]))
    return sorted(out)


def bad(case, what):
    global failed
    failed += 1
    print("FAIL %s: %s" % (case, what))


for path in sorted(glob.glob(os.path.join(TC, "check", "**", "*.c"),
                             recursive=True)):
    case = os.path.relpath(path, TC)
    if case.startswith("check/cli/"):
        continue
    c = command(path)
    if not c:
        continue
    opts, flags = c
    src, name = os.path.split(path)
    opts = opts + [name]
    before = findings(opts, flags, src)
    fixed = [f for f in before if "fix" in f]
    if not fixed:
        continue
    want = sorted((f["file"], f["fix"]["line"], f["fix"]["column"],
                   f["fix"]["end_column"], f["fix"]["replacement"])
                  for f in fixed)
    got = sorted((os.path.basename(t[0]),) + t[1:]
                 for t in sarif_fixes(run(opts, flags, src, "sarif")))
    if got != want:
        bad(case, "SARIF fixes %s differ from JSON %s" % (got, want))
    ok = compiles(src, name, flags)
    for i, f in enumerate(fixed + [None]):
        d = os.path.join(TMP, "%d" % i)
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(src, d)
        todo = [f] if f else fixed
        texts = {}
        for g in set(g["file"] for g in todo):
            texts[g] = open(os.path.join(d, g), encoding="utf-8").read()
        olds = list(apply(d, todo))
        what = "fix %s" % (f["fix"] if f else "all")
        for g, text in texts.items():
            new = open(os.path.join(d, g), encoding="utf-8").read()
            if len(FIELD.findall(new)) != len(FIELD.findall(text)):
                bad(case, "%s: a write of the field is gone" % what)
        for old in olds:
            if not re.fullmatch(r"[-+()\w ]+", old) or FIELD.search(old):
                bad(case, "%s replaces '%s', not a value" % (what, old))
        if ok and not compiles(d, name, flags):
            bad(case, "%s: the result does not compile" % what)
        after = sorted(map(key, findings(opts, flags, d)))
        left = sorted(map(key, before))
        for g in todo:
            left.remove(key(g))
        if after != left:
            bad(case, "%s leaves %s, expected %s" % (what, after, left))
        applied += 1 if f else 0
print("%d fix-its applied, %d failures" % (applied, failed))
sys.exit(1 if failed or not applied else 0)
PY
