"""`ViewSession`: what the interpreter calls to attach the views chosen on the command line.

    session = ViewSession(options)      # options: trace, trace_refcounts, perfetto, explain, html, plot,
                                        #          memory_report
    session.attach(runtime)             # before the program runs
    ...                                 # the program runs
    session.program_end(runtime)        # the program is done, shutdown has not started
    session.finish(runtime, result)     # after: writes the files, prints the story

``options`` is any object with those attributes (an argparse namespace) or a dict; missing ones are
off. The --explain story goes to stderr (stdout stays exactly the program's, as under CPython), and
so does the --memory-report (``memory_report``: a file name, or ``"-"``/True for stderr); the report
is taken at `program_end` (at `finish` if the run never got there, e.g. after --max-steps).
Output paths are checked at `attach`, so a bad path fails before a long run, with a `ViewError`
whose message names the option and the path. Only what was asked for is recorded: per-event heap
snapshots only for ``--html``, samples only for ``--plot``, incref/decref only for
``--trace-refcounts``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from .record import Recorder

OUTPUTS = ("trace", "perfetto", "html", "plot")
STDERR = "-"          # --memory-report without a FILE


class ViewError(ValueError):
    """A view cannot do what was asked (bad output path, unwritable file)."""


def _option(options: Any, name: str, default: Any = None) -> Any:
    if isinstance(options, dict):
        return options.get(name, default)
    return getattr(options, name, default)


def current_position(runtime: Any) -> tuple[int | None, int]:
    """(line, depth): the line being executed in the main program — in the innermost frame running
    the main file (a frame of an imported module reports the main file's line that called into
    it) — and that frame's depth (1 = the module's frame, 2 = a function it called, ...)."""
    main = getattr(runtime, "main_filename", None)
    f = getattr(runtime, "frame", None)
    found: Any = None
    depth = 0
    while f is not None:
        if found is None:
            code = getattr(f, "code", None)
            filename = getattr(code, "filename", None) or getattr(f, "filename", None)
            if main is None or filename is None or filename == main:
                found = f
        if found is not None:
            depth += 1
        f = getattr(f, "back", None) or getattr(f, "f_back", None)
    if found is None:
        return None, 0
    line = getattr(found, "lineno", None)
    return (line if isinstance(line, int) else None), depth


def current_line(runtime: Any) -> int | None:
    """The line being executed in the main program (see `current_position`)."""
    return current_position(runtime)[0]


def add_arguments(parser: Any) -> None:
    """Add the view options (--trace, --trace-refcounts, --perfetto, --explain, --html, --plot,
    --memory-report) to an argparse parser, e.g. ``heapglass run``'s; the parsed namespace is a valid
    `ViewSession` options."""
    group = parser.add_argument_group("views of the run")
    group.add_argument("--trace", metavar="FILE.jsonl", help="write every heap event as JSON Lines "
                       "(schema: docs/trace-schema.md)")
    group.add_argument("--trace-refcounts", action="store_true", help="include incref/decref events")
    group.add_argument("--perfetto", metavar="FILE.json", help="write a Chrome/Perfetto trace")
    group.add_argument("--explain", action="store_true", help="tell the run's story by source line")
    group.add_argument("--html", metavar="FILE.html", help="write a self-contained step-through page")
    group.add_argument("--plot", metavar="FILE.png", help="plot generations, heap bytes and arenas")
    group.add_argument("--memory-report", metavar="FILE", nargs="?", const=STDERR, default=None,
                       action=ReportFile,
                       help="at the end of the program, where each object lives and why freed memory was "
                            "or was not given back: to stderr, or to FILE (write --memory-report=FILE; a "
                            "bare --memory-report goes last, or before -- FILE.py)")


class ReportFile(argparse.Action):
    """--memory-report [FILE]: refuses a FILE ending in .py, which is the program file swallowed by the
    optional argument (``--memory-report prog.py``): the report would overwrite the program."""

    def __call__(self, parser: Any, namespace: Any, values: Any, option_string: Any = None) -> None:
        if isinstance(values, str) and values.endswith(".py"):
            parser.error(f"--memory-report {values}: that looks like the program, not a report file; write "
                         f"--memory-report=REPORT.txt, or --memory-report -- {values}")
        setattr(namespace, self.dest, values)


def main_namespace(runtime: Any) -> Any:
    """The main module's dict (its globals), once the interpreter has created it; else None."""
    module = getattr(runtime, "main_module", None)
    return getattr(module, "dict", None)


class ViewSession:
    """The views of one run (see module docstring)."""

    def __init__(self, options: Any, *, out: TextIO | None = None) -> None:
        self.options = options
        self.out = out
        self.paths = {name: _option(options, name) for name in OUTPUTS}
        self.explain = bool(_option(options, "explain", False))
        self.refcounts = bool(_option(options, "trace_refcounts", False))
        report = _option(options, "memory_report")
        self.report_path: str | None = STDERR if report is True else (report or None)
        self.report_text: str | None = None
        self.recorder: Recorder | None = None

    @property
    def wanted(self) -> bool:
        return self.explain or bool(self.report_path) or any(self.paths.values())

    def attach(self, runtime: Any) -> None:
        """Check the output paths and start recording `runtime.heap`'s events."""
        if not self.wanted:
            return
        for name, path in [*self.paths.items(), ("memory_report", self.report_path)]:
            if path and path != STDERR:
                parent = Path(path).resolve().parent
                if not parent.is_dir():
                    raise ViewError(f"--{name.replace('_', '-')} {path}: directory {parent} does not exist")
        if self.paths["plot"] and Path(self.paths["plot"]).suffix.lower() not in (".png", ".svg", ".pdf"):
            raise ViewError(f"--plot {self.paths['plot']}: use a .png, .svg or .pdf file name")
        self.recorder = Recorder(runtime.heap, refcounts=self.refcounts, line_of=lambda: current_line(runtime),
                                 snapshots=bool(self.paths["html"]), samples=bool(self.paths["plot"]),
                                 namespace=lambda: main_namespace(runtime))
        self.recorder.attach()

    def program_end(self, runtime: Any) -> None:
        """The program finished, shutdown has not started (called by the interpreter when it can):
        note the names still bound, so the story can name what shutdown frees, and take the memory
        report."""
        if self.recorder is not None:
            self.recorder.note_names()
            if self.report_path:
                self.report_text = self._memory_report(runtime, "at the end of the program, before shutdown")

    def _memory_report(self, runtime: Any, when: str) -> str:
        from .memory_report import memory_report
        rec = self.recorder
        assert rec is not None and rec.baseline is not None, "the memory report needs a recorder on pymalloc"
        program = getattr(runtime, "main_filename", None)
        name = Path(program).name if program else "program"
        return memory_report(runtime, rec.events, rec.baseline,
                             title=f"heapglass memory report: {name} on the CPython "
                                   f"{runtime.heap.profile.version} model, {when}")

    def finish(self, runtime: Any, result: Any = None) -> None:
        """Stop recording and produce every view that was asked for."""
        rec = self.recorder
        if rec is None:
            return
        if self.report_path and self.report_text is None:
            self.report_text = self._memory_report(runtime, "when the run stopped (the program did not reach "
                                                            "its end)")
        rec.detach()
        heap = runtime.heap
        python = heap.profile.version
        program = getattr(runtime, "main_filename", None)
        source = (getattr(runtime, "sources", {}) or {}).get(program, "") if program else ""
        name = Path(program).name if program else "program"
        try:
            if self.paths["trace"] or self.paths["perfetto"]:
                from .trace import header, write_jsonl, write_perfetto
                head = header(python, name, self.refcounts)
                if self.paths["trace"]:
                    write_jsonl(self.paths["trace"], rec.events, head)
                if self.paths["perfetto"]:
                    write_perfetto(self.paths["perfetto"], rec.events, head)
            if self.paths["html"]:
                from .html import write_page
                write_page(self.paths["html"], rec, rec.initial, rec.initial_memory or {}, source=source,
                           title=f"heapglass: {name} on the CPython {python} model", python=python)
            if self.paths["plot"]:
                from .plot import write_plot
                write_plot(self.paths["plot"], rec.sample_list, rec.events,
                           title=f"{name} on the CPython {python} model")
            if self.report_path and self.report_path != STDERR:
                Path(self.report_path).write_text(self.report_text or "", encoding="utf-8")
        except OSError as exc:
            raise ViewError(f"cannot write {exc.filename}: {exc.strerror}") from None
        if self.explain:
            from .explain import explain
            explain(rec.events, self.out or sys.stderr, source=source, name_log=rec.name_log,
                    title=f"heapglass explain: {name} on the CPython {python} model "
                          f"({len(rec.events):,} events)", baseline=rec.baseline)
        if self.report_path == STDERR:
            (self.out or sys.stderr).write(self.report_text or "")
