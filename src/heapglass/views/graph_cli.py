"""`heapglass graph`: run a program on the model and draw its object graph at one moment.

    heapglass graph FILE [--python 3.X] [--line N | --event N] [--why ADDR|NAME] [--all] -o OUT.svg|.png|.dot

The moment is ``--event N`` (just after event N of the run, numbered as in ``--trace
--trace-refcounts``), or ``--line N`` (after line N's first execution: at the first heap event of a
later line, so a following line that touches no object may have run too), or the end of the program
(at the first heap event outside any line of the program: before shutdown tears the modules down). Only objects created by the program (and the objects that
hold them, such as the module dict) are drawn unless ``--all``. ``--why`` highlights the chain of
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
from .session import current_line, main_namespace
from .snapshot import Snapshot, take_snapshot

NODE_LIMIT = 300   # a readable graph; more nodes are cut (newest dropped) with a note in the title


class GraphCapture:
    """A view that keeps one snapshot: at event ``event``, after line ``line``, or at the end."""

    def __init__(self, *, event: int | None = None, line: int | None = None, everything: bool = False) -> None:
        self.event = event
        self.line = line
        self.everything = everything
        self.snapshot: Snapshot | None = None
        self.seen = 0
        self.on_line = False
        self.ran = False          # some event happened on a line of the program
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
        line = current_line(self._runtime)
        if line is not None:
            self.ran = True
        elif self.ran and (self.line is None or self.on_line):
            self._take()          # the program is over: the first event of the shutdown
            return
        if self.line is not None:
            if line == self.line:
                self.on_line = True
            elif self.on_line:
                self._take()

    def program_end(self, runtime: Any) -> None:
        """The program finished and shutdown has not started (the interpreter calls this when it
        can): the exact end-of-run moment, and the end of the last line."""
        if self.snapshot is None and self.event is None and (self.line is None or self.on_line):
            self._take()

    def finish(self, runtime: Any, result: Any = None) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.snapshot is not None:
            return
        if self.event is not None:
            raise GraphError(f"--event {self.event}: the run has only {self.seen} events")
        if self.line is not None and not self.on_line:
            raise GraphError(f"--line {self.line}: no heap event happened on line {self.line}")
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
    p.add_argument("--all", action="store_true", help="draw every object, not just the program's")
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
    capture = GraphCapture(event=args.event, line=args.line, everything=args.all)
    try:
        run_with_views(source, str(Path(args.file).resolve()), args.python, capture)
        snap = capture.snapshot
        if snap is None:
            raise GraphError("the run ended before the requested moment (see the program's errors)")
        why = resolve(snap, args.why) if args.why else None
        moment = (f"event {args.event}" if args.event else f"after line {args.line}" if args.line
                  else "end of run")
        title = f"{Path(args.file).name} on the CPython {args.python} model — {moment}"
        if len(snap.objects) >= NODE_LIMIT:
            title += f" (first {NODE_LIMIT} objects)"
        render(to_dot(snap, why=why, title=title), out)
    except (GraphError, ModelUnavailable, ValueError) as exc:
        print(f"heapglass graph: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {out}")
    return 0
