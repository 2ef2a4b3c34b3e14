"""`heapglass graph`: run a program on the model and draw its object graph at one moment.

    heapglass graph FILE [--python 3.X] [--line N | --event N] [--why ADDR|NAME] [--all] -o OUT.svg|.png|.dot

The moment is ``--event N`` (just after event N of the run, numbered as in ``--trace
--trace-refcounts``), ``--line N`` (after line N's first execution; exact when the interpreter calls
`GraphCapture.on_line` for each statement, else taken at the first heap event of a later line, so a
following line that touches no object may have run too), or the end of the program (exact with
`GraphCapture.program_end`, else the first heap event outside the program's lines: before shutdown
tears the modules down).

Drawn: the objects the program created and the objects holding them (such as the module dict), but
not what only an imported module's dict holds, unless ``--all``. ``--why`` highlights the chain of
references from a root that keeps the object alive.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..profiles import default_version
from .graph import GraphError, render, resolve, to_dot
from .runner import ModelUnavailable, run_with_views
from .session import current_position, main_namespace
from .snapshot import Snapshot, take_snapshot

NODE_LIMIT = 300   # a readable graph; beyond it the oldest objects are left out, with a note in the title


class GraphCapture:
    """A view that keeps one snapshot: at event ``event``, after line ``line``, or at the end."""

    def __init__(self, *, event: int | None = None, line: int | None = None, everything: bool = False) -> None:
        self.event = event
        self.line = line
        self.everything = everything
        self.snapshot: Snapshot | None = None
        self.seen = 0
        self.reached = False
        self.ran = False          # some event happened on a line of the program
        self.depth = 0            # depth of the frame running line N
        self.hooked = False       # the interpreter calls on_line for each statement
        self.born: set[int] = set()
        self._runtime: Any = None
        self._unsubscribe: Any = None

    def _take(self) -> None:
        heap = self._runtime.heap
        self.snapshot = take_snapshot(heap, only=None if self.everything else self.born, limit=NODE_LIMIT,
                                      namespace=main_namespace(self._runtime))

    def attach(self, runtime: Any) -> None:
        self._runtime = runtime
        self._unsubscribe = runtime.heap.events.subscribe(self._event, refcounts=True)

    def _event(self, kind: str, fields: dict[str, Any]) -> None:
        if self.snapshot is not None:
            return
        self.seen += 1
        if kind == "alloc":
            self.born.add(fields["addr"])
        if self.event is not None:
            if self.seen == self.event:
                self._take()
            return
        line, depth = current_position(self._runtime)
        if line is not None:
            self.ran = True
        elif self.ran and (self.line is None or self.reached):
            self._take()          # the program is over: the first event of the shutdown
            return
        if self.line is not None and not self.hooked:   # with on_line calls, on_line decides
            self._at(line, depth)

    def _at(self, line: int | None, depth: int) -> None:
        """The program is at `line` in a frame `depth` deep: take the snapshot once line N's frame
        (or a caller) has moved on to another line; what its callees do does not count."""
        if line == self.line:
            self.reached = True
            self.depth = depth
        elif self.reached and depth <= self.depth:
            self._take()

    def on_line(self, frame: Any, line: int) -> None:
        """A statement of `frame` is about to run (called by the interpreter when it can): makes
        ``--line N`` exact — the snapshot is taken before the first statement after line N in
        line N's frame (or a caller), so no later line has run yet."""
        self.hooked = True
        self.ran = True
        if self.snapshot is not None or self.line is None or self.event is not None:
            return
        main = getattr(self._runtime, "main_filename", None)
        if getattr(getattr(frame, "code", None), "filename", main) != main:
            return
        depth = 0
        f = frame
        while f is not None:
            depth += 1
            f = getattr(f, "back", None)
        self._at(line, depth)

    def program_end(self, runtime: Any) -> None:
        """The program finished and shutdown has not started (the interpreter calls this when it
        can): the exact end-of-run moment, and the end of the last line."""
        if self.snapshot is None and self.event is None and (self.line is None or self.reached):
            self._take()

    def finish(self, runtime: Any, result: Any = None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.snapshot is not None:
            return
        if self.event is not None:
            raise GraphError(f"--event {self.event}: the run has only {self.seen} events")
        if self.line is not None and not self.reached:
            what = "no statement ran" if self.hooked else "no heap event happened"
            raise GraphError(f"--line {self.line}: {what} on line {self.line}")
        self._take()


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``graph`` on the ``heapglass`` command's subparsers."""
    p = subparsers.add_parser("graph", help="draw the object graph of a program at a moment",
                              description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("file", metavar="FILE", help="the Python program to run on the model")
    p.add_argument("--python", default=default_version(), metavar="3.X", help="CPython version to model")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--line", type=int, metavar="N", help="after line N first ran")
    when.add_argument("--event", type=int, metavar="N", help="just after event N")
    p.add_argument("--why", metavar="ADDR|NAME", help="highlight what keeps this object alive")
    p.add_argument("--all", action="store_true", help="draw every object, not just the program's "
                   "(including what imported modules hold)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="OUT.svg, OUT.png or OUT.dot")
    return p


def main(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.suffix.lower() not in (".svg", ".png", ".dot", ".gv"):
        print(f"heapglass graph: {out}: use a .svg, .png or .dot file name", file=sys.stderr)
        return 2
    try:
        source = Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"heapglass graph: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    for name in ("line", "event"):
        value = getattr(args, name)
        if value is not None and value < 1:
            print(f"heapglass graph: --{name} must be 1 or more", file=sys.stderr)
            return 2
    if not out.resolve().parent.is_dir():
        print(f"heapglass graph: -o {out}: directory {out.resolve().parent} does not exist", file=sys.stderr)
        return 2
    capture = GraphCapture(event=args.event, line=args.line, everything=args.all)
    try:
        result = run_with_views(source, str(Path(args.file).resolve()), args.python, capture)
        status = getattr(result, "status", 0)
        if status:
            tail = (getattr(result, "stderr", "") or "").rstrip().splitlines()[-3:]
            print(f"heapglass graph: note: the program exited with status {status}" +
                  "".join(f"\n  {line}" for line in tail), file=sys.stderr)
            if not capture.ran:
                raise GraphError("the program did not run, so there is no graph to draw")
        snap = capture.snapshot
        if snap is None:
            raise GraphError("the run ended before the requested moment (see the program's errors)")
        why = resolve(snap, args.why) if args.why else None
        moment = (f"event {args.event}" if args.event else f"after line {args.line}" if args.line
                  else "end of run")
        title = f"{Path(args.file).name} on the CPython {args.python} model — {moment}"
        if len(snap.objects) >= NODE_LIMIT:
            title += f" (first {NODE_LIMIT} objects)"
        render(to_dot(snap, why=why, title=title, everything=args.all), out)
    except (GraphError, ModelUnavailable, ValueError) as exc:
        print(f"heapglass graph: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {out}")
    return 0
