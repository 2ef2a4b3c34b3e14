"""`heapglass conform`: judge the model by the real interpreters, program by program, version by version.

    heapglass conform [--python 3.8,3.12|all] [--interpreter 3.12=PATH] [--timeout S] PATH...
    heapglass conform --report [--python ...] [--corpus DIR]

Without ``--report`` each program (or every ``*.py`` under a directory) runs on the model and on the
real CPython of each chosen version; stdout, stderr and exit status are compared after the shared
normalisation (addresses, paths, timings; each diff says which were applied). A unified diff is printed
per mismatch, then a pass table. Exit 0 when everything matches, 1 when anything differs, 2 on bad usage
or when a needed interpreter (real or model) is missing.

``--report`` prints the topics x versions pass table of the corpus (goldens vs model) in Markdown and
exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from heapglass.conform.compare import compare
from heapglass.conform.corpus import default_corpus_dir, list_cases, read_golden
from heapglass.conform.model import (
    ModelRunner,
    ModelUnavailable,
    require_model,
    run_model,
    run_model_isolated,
)
from heapglass.conform.oracle import (
    DEFAULT_TIMEOUT,
    ConformError,
    Interpreter,
    installed_interpreters,
    interpreter_at,
    run_real,
)
from heapglass.conform.outcome import Outcome
from heapglass.conform.table import pass_table
from heapglass.profiles.base import VERSIONS

EPILOG = ("Output is compared after normalising addresses, paths and DEBUG_STATS timings only. "
          "Exit status: 0 all runs match CPython, 1 something differs, 2 bad usage or a missing interpreter.")

RealRunner = Callable[[Interpreter, Path, float], Outcome]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``conform`` on the ``heapglass`` command's subparsers."""
    parser = subparsers.add_parser(
        "conform", help="compare the model with the real CPython interpreters",
        description=__doc__.split("\n\n")[0] if __doc__ else None, epilog=EPILOG)
    configure_parser(parser)
    return parser


def configure_parser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="programs, or directories of *.py")
    parser.add_argument("--python", default="all", metavar="3.X[,3.Y]|all",
                        help="versions to compare (default: all with an interpreter)")
    parser.add_argument("--interpreter", action="append", default=[], metavar="3.X=PATH",
                        help="use PATH as CPython 3.X (repeatable)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="S",
                        help=f"time limit per run in seconds (default {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--home", action="store_true",
                        help="run both with HOME set, as in a user's shell (the goldens' environment has "
                             "none; start-up allocates differently without it)")
    parser.add_argument("--report", action="store_true",
                        help="print the corpus topics x versions pass table (Markdown)")
    parser.add_argument("--corpus", type=Path, default=None, metavar="DIR",
                        help="conformance corpus for --report (default: tests/conformance)")
    parser.set_defaults(func=main)


def parse_versions(text: str) -> list[str]:
    """``all`` or a comma-separated list of supported versions, returned in `VERSIONS` order."""
    if text.strip() == "all":
        return list(VERSIONS)
    wanted = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [v for v in wanted if v not in VERSIONS]
    if not wanted or unknown:
        raise ConformError(f"--python {text!r}: expected 'all' or versions among {', '.join(VERSIONS)}")
    return [v for v in VERSIONS if v in wanted]


def parse_interpreter_option(text: str) -> tuple[str, str]:
    version, sep, path = text.partition("=")
    if not sep or version not in VERSIONS or not path:
        raise ConformError(f"--interpreter {text!r}: expected 3.X=PATH with 3.X among {', '.join(VERSIONS)}")
    return version, path


def collect_programs(paths: list[str]) -> list[Path]:
    programs: list[Path] = []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            found = sorted(path.rglob("*.py"))
            if not found:
                raise ConformError(f"{text}: directory holds no *.py program")
            programs.extend(found)
        elif path.is_file():
            programs.append(path)
        else:
            raise ConformError(f"{text}: no such file or directory")
    return programs


def main(args: argparse.Namespace, *, model_runner: ModelRunner | None = None,
         real_runner: RealRunner = run_real, interpreters: dict[str, Interpreter] | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``heapglass conform`` for parsed `args`; runners and interpreters are injectable for tests."""
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        versions = parse_versions(args.python)
        if not args.timeout > 0:
            raise ConformError(f"--timeout {args.timeout:g}: the time limit must be a positive number of seconds")
        if model_runner is None:
            require_model()  # fail before minutes of CPython runs, not after
        home = getattr(args, "home", False)
        if args.report:
            if home:
                raise ConformError("--report compares with the goldens, made without HOME; --home "
                                   "needs PATHs to run on the real interpreters")
            if args.paths:
                raise ConformError("--report reads the corpus (see --corpus); it takes no PATH")
            return report(args.corpus or default_corpus_dir(), versions, model_runner or run_model, out)
        if not args.paths:
            raise ConformError("give at least one PATH (or --report)")
        programs = collect_programs(args.paths)
        chosen = choose_interpreters(versions, args, interpreters, err)
        runner = model_runner or (lambda p, v: run_model_isolated(p, v, args.timeout, home))
        real = (lambda i, p, t: real_runner(i, p, t, home=True)) if home else real_runner
        return compare_programs(programs, chosen, runner, real, args.timeout, out)
    except (ConformError, ModelUnavailable) as exc:
        print(f"heapglass conform: error: {exc}", file=err)
        return 2


def choose_interpreters(versions: list[str], args: argparse.Namespace,
                        interpreters: dict[str, Interpreter] | None, err: TextIO) -> list[Interpreter]:
    found = dict(installed_interpreters() if interpreters is None else interpreters)
    for option in args.interpreter:
        version, path = parse_interpreter_option(option)
        found[version] = interpreter_at(version, path) if interpreters is None else Interpreter(
            version, version, path)
    explicit = args.python.strip() != "all"
    missing = [v for v in versions if v not in found]
    if missing and explicit:
        raise ConformError(f"no CPython interpreter for {', '.join(missing)} (pyenv versions --bare); "
                           "pass --interpreter 3.X=PATH")
    for v in missing:
        print(f"heapglass conform: note: no CPython {v} interpreter found; skipping {v}", file=err)
    chosen = [found[v] for v in versions if v in found]
    if not chosen:
        raise ConformError("no CPython interpreter found for any requested version")
    return chosen


def compare_programs(programs: list[Path], interpreters: list[Interpreter], model_runner: ModelRunner,
                     real_runner: RealRunner, timeout: float, out: TextIO) -> int:
    cells: dict[tuple[str, str], tuple[int, int]] = {}
    names = [str(p) for p in programs]
    failed = 0
    for program, name in zip(programs, names):
        case_dir = str(program.resolve().parent)
        for interp in interpreters:
            expected = real_runner(interp, program, timeout)
            actual = model_runner(program, interp.version)
            result = compare(name, f"{interp.version} ({interp.label})", expected, actual, case_dir)
            if not result.matches:
                failed += 1
                print(result.diff(), file=out)
            cells[(name, interp.version)] = (int(result.matches), 1)
    print(pass_table(names, [i.version for i in interpreters], cells, row_title="program"), file=out, end="")
    total = len(programs) * len(interpreters)
    print(f"{total - failed}/{total} runs match CPython", file=out)
    return 1 if failed else 0


def report(corpus: Path, versions: list[str], model_runner: ModelRunner, out: TextIO) -> int:
    cases = list_cases(corpus)
    tallies: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        for version in versions:
            golden = read_golden(corpus, version, case)
            actual = model_runner(case.path, version)
            result = compare(case.key, version, golden.outcome, actual, str(case.path.resolve().parent),
                             golden.normalised)
            tally = tallies[(case.topic, version)]
            tally[0] += result.matches
            tally[1] += 1
    topics = sorted({c.topic for c in cases})
    cells = {key: (p, t) for key, (p, t) in tallies.items()}
    print(pass_table(topics, versions, cells), file=out, end="")
    return 0


def run(argv: list[str] | None = None) -> int:
    """Stand-alone entry point (``python -m heapglass.conform``) until the lead wires `add_parser`."""
    parser = argparse.ArgumentParser(prog="heapglass conform", description=__doc__.split("\n\n")[0],
                                     epilog=EPILOG)
    configure_parser(parser)
    return main(parser.parse_args(argv))
