"""`heapglass run`: run a Python program on the model, as `python3.X` would run it.

``heapglass run [--python 3.8|...|3.13] [--max-steps N] [--max-memory BYTES] [-u] FILE | -c CODE | -``
Stdout gets exactly what the program prints, stderr what CPython writes there, and the exit status is
CPython's. The view options (--trace, --explain, --html, --plot) are handed to
`heapglass.views.session.ViewSession` when that module is installed.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import traceback
from typing import Any

from ..profiles import VERSIONS, default_version

REPORT_URL = "https://github.com/heapglass/heapglass/issues"



# A memory bomb ends in the simulated MemoryError rather than in the host's swap: every simulated byte
# is mirrored by host memory, several times over.
DEFAULT_MAX_MEMORY = 4 * 2 ** 30

def add_parser(subparsers: Any) -> argparse.ArgumentParser:
    p = subparsers.add_parser("run", help="run a Python program on the simulated heap")
    configure(p)
    return p


def configure(p: argparse.ArgumentParser) -> None:
    p.add_argument("--python", choices=VERSIONS, default=None,
                   help="CPython version to model (default: the running interpreter's, else the newest)")
    p.add_argument("--max-steps", type=int, default=None, help="stop after N executed statements")
    p.add_argument("--max-memory", type=int, default=DEFAULT_MAX_MEMORY, metavar="BYTES",
                   help="simulated bytes the program may hold before MemoryError is raised inside it "
                        "(objects and item arrays; default 4 GiB, 0 = no limit)")
    p.add_argument("-u", dest="unbuffered", action="store_true", help="unbuffered stdout (as python -u)")
    p.add_argument("-c", dest="code", default=None, help="program passed in as a string")
    try:
        from heapglass.views.session import add_arguments
    except ImportError:
        p.add_argument("--trace", default=None, help="write a trace of heap events to FILE")
        p.add_argument("--explain", action="store_true", help="explain what the memory manager did")
        p.add_argument("--html", default=None, help="write an HTML report to FILE")
        p.add_argument("--plot", default=None, help="write a plot to FILE")
    else:
        add_arguments(p)     # --trace, --trace-refcounts, --perfetto, --explain, --html, --plot
    p.add_argument("file", nargs="?", default=None, help="program file, or - for stdin")
    p.add_argument("args", nargs=argparse.REMAINDER, help="arguments for the program (sys.argv[1:])")


def main(args: argparse.Namespace) -> int:
    from .api import run_source
    version = args.python or default_version()
    if args.code is not None:
        source, filename, argv = args.code, "<string>", ["-c", *(([args.file] if args.file else []) + args.args)]
    elif args.file in (None, "-"):
        source, filename, argv = sys.stdin.read(), "<stdin>", ["-", *args.args]
    else:
        try:
            with open(args.file, encoding="utf-8") as fh:
                source = fh.read()
        except OSError as e:
            sys.stderr.write(f"heapglass: can't open file '{args.file}': [Errno {e.errno}] {e.strerror}\n")
            return 2
        except UnicodeDecodeError as e:
            bad = e.object[e.start:e.start + 1].hex()
            line = e.object[:e.start].count(b"\n") + 1
            sys.stderr.write(f"SyntaxError: Non-UTF-8 code starting with '\\x{bad}' in file {args.file} on line "
                             f"{line}, but no encoding declared; see https://peps.python.org/pep-0263/ for "
                             "details\n")
            return 1
        filename = main_filename(args.file, version)
        argv = [args.file, *args.args]
    unbuffered = args.unbuffered or bool(os.environ.get("PYTHONUNBUFFERED"))
    try:
        hash_seed = parse_hash_seed(os.environ.get("PYTHONHASHSEED"))
    except ValueError as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    session = _view_session(args)
    max_memory = args.max_memory or None
    try:
        result = run_source(source, filename, version, unbuffered=unbuffered,
                            stdout_isatty=sys.stdout.isatty(), argv=argv, max_steps=args.max_steps,
                            max_memory=max_memory, session=session, home_set="HOME" in os.environ,
                            hash_seed=hash_seed)
    except ValueError as exc:
        if type(exc).__name__ != "ViewError":
            return _internal_error(exc)
        sys.stderr.write(f"heapglass: {exc}\n")     # a view cannot write its output: one line
        return 2
    except Exception as exc:  # noqa: BLE001 - heapglass's own failure: one line, never a host traceback
        return _internal_error(exc)
    sys.stdout.write(result.stdout)
    sys.stdout.flush()
    sys.stderr.write(result.stderr)
    if session is not None and session.out is not None:
        sys.stderr.write(session.out.getvalue())   # the views' text comes after the program's output
    return result.status


def parse_hash_seed(text: str | None) -> int | None:
    """config_init_hash_seed (Python/initconfig.c): PYTHONHASHSEED unset, empty or "random" is None
    (a random secret); otherwise a decimal 0-4294967295 (strtoul: leading blanks and a sign allowed)
    or CPython's fatal error, which exits with status 1."""
    if not text or text == "random":
        return None
    body = text.lstrip(" \t\n\v\f\r")
    digits = body[1:] if body[:1] in "+-" else body
    if digits.isdigit() and digits.isascii():
        seed = int(digits)
        if body.startswith("-") and seed:
            seed = (1 << 64) - seed            # strtoul negates in unsigned long
        if seed <= 4294967295:
            return seed
    raise ValueError('Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be "random" or an '
                     "integer in range [0; 4294967295]\nPython runtime state: preinitialized\n")


def _internal_error(exc: BaseException) -> int:
    """An error inside heapglass itself: one line saying where, and where to report it."""
    from .api import INTERNAL_STATUS
    last = traceback.extract_tb(exc.__traceback__)[-1:]
    where = f" ({os.path.basename(last[0].filename)}:{last[0].lineno})" if last else ""
    sys.stderr.write(f"heapglass: internal error: {type(exc).__name__}: {exc}{where}; please report it at "
                     f"{REPORT_URL}\n")
    return INTERNAL_STATUS


def main_filename(path: str, version: str) -> str:
    """The name the main script's code carries (tracebacks show it): as given on the command line in
    3.8, made absolute from 3.9 (pymain_run_python / config.run_filename)."""
    from ..profiles import get_profile
    return os.path.abspath(path) if get_profile(version).interp.main_path_absolute else path


def _view_session(args: argparse.Namespace) -> Any:
    """The views the options ask for (the session decides what it needs), or None."""
    try:
        from heapglass.views.session import ViewSession
    except ImportError:
        return None
    session = ViewSession(args, out=io.StringIO())
    return session if session.wanted else None


def standalone(argv: list[str] | None = None) -> int:
    """``python -m heapglass.interp.cli_run ...`` (until the lead wires `heapglass run`)."""
    p = argparse.ArgumentParser(prog="heapglass run")
    configure(p)
    return main(p.parse_args(argv))


if __name__ == "__main__":
    sys.exit(standalone())
