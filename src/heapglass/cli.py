"""The `heapglass` command: one subcommand per job, each defined next to the code it runs.

Only the chosen subcommand's module is imported (start-up latency is a benchmark target), and no
command ever ends in a host traceback: an error inside heapglass itself is one line and exit status 3.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# command -> (module that defines add_parser(subparsers) and main(args), one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "run": ("heapglass.interp.cli_run", "run a Python program on the model of a CPython version"),
    "conform": ("heapglass.conform.cli", "compare the model with the real interpreters on programs"),
    "graph": ("heapglass.views.graph_cli", "draw the object graph of a program at a moment"),
    "tour": ("heapglass.views.tour", "a guided tour of CPython's memory management, run on the model"),
    "bench": ("heapglass.bench", "benchmarks: the model against native CPython"),
}

REPORT_URL = "the heapglass issue tracker"


def _usage() -> str:
    lines = ["usage: heapglass COMMAND [options]", "", "commands:"]
    lines += [f"  {name:<9} {help_}" for name, (_, help_) in COMMANDS.items()]
    lines += ["", "Run 'heapglass COMMAND --help' for a command's options."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(_usage())
        return 0 if argv else 2
    if argv[0] == "--version":
        from . import __version__
        print(f"heapglass {__version__}")
        return 0
    name = argv[0]
    if name not in COMMANDS:
        print(f"heapglass: unknown command {name!r}\n\n{_usage()}", file=sys.stderr)
        return 2
    modname = COMMANDS[name][0]
    try:
        mod = importlib.import_module(modname)
    except ModuleNotFoundError as exc:
        if exc.name and modname.startswith(exc.name):
            print(f"heapglass: the {name!r} command is not available in this build", file=sys.stderr)
            return 2
        raise
    parser = argparse.ArgumentParser(prog="heapglass")
    sub = parser.add_subparsers(dest="command")
    mod.add_parser(sub)
    args = parser.parse_args(argv)
    try:
        return int(mod.main(args) or 0)
    except KeyboardInterrupt:
        print("heapglass: interrupted", file=sys.stderr)
        return 130
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - never a host traceback
        print(f"heapglass: internal error: {type(exc).__name__}: {exc} "
              f"(a bug in heapglass; please report it to {REPORT_URL})", file=sys.stderr)
        return 3


def entry() -> None:
    sys.exit(main())


if __name__ == "__main__":
    entry()
