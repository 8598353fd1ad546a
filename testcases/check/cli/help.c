// SPDX-License-Identifier: GPL-2.0
/* --help goes to stdout and exits 0 */

/*
 * check-name: help
 * check-command: efcheck --help
 *
 * check-output-start
 * usage: efcheck [options] FILE... [-- COMPILER FLAGS]
 *        efcheck [options] -p BUILD_DIR [FILE...]
 *        make C=1 CHECK=efcheck   (kbuild: compiler flags, then the file)
 *        efcheck --list-candidates [-z] [FLAGS] FILE...|-
 *        efcheck --merge [--format=FMT] [--relative-to=DIR] FILE...|-
 *        efcheck --tree=TOP --list-named [-z] [--flags-cache=DIR]
 *        efcheck --tree=TOP [--kbuild=OBJ | -p DIR] [--staged=DIR]
 *                --flags-cache=DIR [options] NAME...|-
 *
 * Find values written to struct mmap_action's error_override (or
 * error_filter) that the kernel rejects or should, and leftover
 * error_hook/success_hook.  Findings go to stderr as
 *   path:line:col: error|warning|note: message [check]
 *
 * options:
 *   -p DIR              read DIR/compile_commands.json; no FILE: every entry
 *   --format=FMT        text (default, stderr), json (JSON Lines) or sarif (stdout)
 *   --enable=CHECK,...  turn checks on (all: every check)
 *   --disable=CHECK,... turn checks off
 *   --list-checks       print the checks, their severity and default
 *   --werror            exit 1 when an error or warning is found
 *   -j N                check N files at once
 *   --print-clang-args  print the flags libclang would get for the first file
 *   --baseline=FILE     hide the findings of FILE, an earlier --format=json
 *   --list-candidates   print the FILEs that can write the field, one a line;
 *                       '-' reads NUL-separated names from stdin
 *   --list-named        print the files of --tree that name the field or the
 *                       struct (git grep; kept in --flags-cache by tree id)
 *   -z                  with --list-candidates or --list-named: NUL-separated
 *   --includers         with --list-candidates: add, sorted, the files of
 *                       a candidate driver header's directory including it
 *   --no-prefilter      parse every file, candidate or not (to test the rule)
 *   --merge             merge findings (JSON Lines, SARIF, efcheck's text,
 *                       cocci report lines 'f:l:c-c: msg [name]') and print
 *                       them sorted and deduplicated, text on stdout
 *   --relative-to=DIR   with --merge: print paths under DIR relative to it
 *   --lines=FILE        show only findings on the 'file<TAB>line' lines of FILE
 *   --format=b4         'ERROR: file:line: message [check]', for b4
 *   --tree-flags=TOP --gen-dir=DIR  print the flags of an unconfigured
 *                       tree, NUL-separated (its stubs made in DIR)
 *   --grep-patterns=fixed|ere  the patterns of --list-named, for grep
 *   --summary=N,M       with --merge: efcheck-scan's summary on stderr
 *   --split-patch=DIR   split a series FILE|- in DIR/N.files, DIR/N.lines;
 *                       with --tree=TOP, post-images in DIR/N/, DIR/N.names
 *   --tree=TOP          NAMEs are files of the kernel tree TOP, with the
 *                       flags of --kbuild, -p, or the unconfigured tree
 *   --kbuild=OBJ        with --tree: kbuild's flags for O=OBJ, from the
 *                       tree's 'make -n' (RUNS THE TREE'S MAKEFILES)
 *   --staged=DIR        with --tree: read a NAME from DIR/NAME if there
 *   --flags-cache=DIR   with --tree: keep kbuild's flags, the stubs there
 *   --result-cache=DIR  keep findings in DIR; give them again, without a
 *                       parse, while no file the parse read has changed
 *   --sparse[=PROG]     run sparse (PROG, $SPARSE or sparse) first, on the
 *                       same flags and file: CHECK="efcheck --sparse";
 *                       skipped if the tree's scripts/checker-valid.sh
 *                       rejects it
 *   --help, --version
 *
 * Any other argument starting with '-' is a compiler flag; gcc-only and
 * sparse-only flags are dropped.
 * exit: 0 ran, 1 findings with --werror, 2 could not do what was asked
 * check-output-end
 */
