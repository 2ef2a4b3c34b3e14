"""`heapglass tour`: a guided walk through CPython's memory management, run on the model.

    heapglass tour [--lang en|zh] [--python 3.X] [--chapter N] [--no-pause]

The chapters follow the seed notes' order (reference counting; cycles and mark-and-sweep over the
container list; generations; caches and free lists; weak references; del; __del__; the caveats).
Each chapter quotes what the notes say, runs a short program on the model of the chosen CPython
version, shows its output and what the model saw (collections, free-list hits, arenas returned to
the OS, finalizers, weakrefs), explains it, and — where the notes are imprecise — corrects them.
Chapters are data: ``tour_data/chapters.json`` (programs) and ``tour_data/<lang>.json`` (texts).
On a terminal the tour pauses between chapters; otherwise it prints straight through.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, TextIO

from ..profiles import default_version
from .explain import paragraphs
from .record import Recorder
from .runner import ModelUnavailable, check_version, run_with_views
from .session import current_line

LANGS = ("en", "zh")


def load(name: str) -> dict[str, Any]:
    text = resources.files("heapglass.views").joinpath("tour_data", name).read_text(encoding="utf-8")
    return json.loads(text)


def chapters() -> list[dict[str, Any]]:
    return load("chapters.json")["chapters"]


def texts(lang: str) -> dict[str, Any]:
    if lang not in LANGS:
        raise ValueError(f"unknown tour language {lang!r}; available: {', '.join(LANGS)}")
    return load(f"{lang}.json")


class TourCapture:
    """The view a chapter runs with: a recorder, and the arenas held when the program ends."""

    def __init__(self) -> None:
        self.recorder: Recorder | None = None
        self.arenas_held = 0

    def attach(self, runtime: Any) -> None:
        self.recorder = Recorder(runtime.heap, line_of=lambda: current_line(runtime))
        self.recorder.attach()

    def finish(self, runtime: Any, result: Any = None) -> None:
        if self.recorder is not None:
            self.recorder.detach()
        self.arenas_held = sum(1 for a in runtime.heap.memory.pymalloc.arenas if a.address)


@dataclass
class ChapterRun:
    """What running one chapter gave: output, or the reason it could not run, and the model's view."""

    output: str = ""
    error: str = ""
    seen: list[str] = field(default_factory=list)


def collection_text(c: Any, line: int | None, ui: dict[str, str]) -> str:
    """One collection (an explain.Collection) in the tour's language."""
    def num(v: int | None) -> str:
        return "?" if v is None else f"{v:,}"
    if c.promoted_to is not None:
        rest = ui["promoted"].format(n=num(c.promoted), to=c.promoted_to)
    else:
        rest = ui["survived"].format(n=num(c.promoted), gen=c.generation)
    return ui["collection"].format(at=ui["at_line"].format(line=line) if line else "", gen=c.generation,
                                   reason=ui.get(f"reason_{c.reason}", c.reason or ""),
                                   examined=num(c.examined), unreachable=num(c.unreachable),
                                   finalizers=c.finalizers, freed=num(c.freed), rest=rest)


def model_view(show: list[str], events: list[dict[str, Any]], arenas_held: int, ui: dict[str, str]) -> list[str]:
    """The lines of "what the model saw" for the aspects a chapter asks for."""
    lines: list[str] = []
    kinds = Counter(ev["kind"] for ev in events)
    if "collections" in show:
        for p in paragraphs(events):
            for c in p.collections:
                lines.append(collection_text(c, p.line, ui))
    if "freelists" in show:
        hits = Counter(ev.get("family") for ev in events if ev["kind"] == "freelist_pop")
        lines.append(ui["freelists"].format(hits=", ".join(f"{k} {v}" for k, v in sorted(hits.items()))
                                            or "0"))
    if "arenas" in show:
        lines.append(ui["arenas"].format(freed=kinds["arena_free_to_os"], held=arenas_held))
    if "finalizers" in show:
        by = Counter(ev.get("by") for ev in events if ev["kind"] == "finalize")
        lines.append(ui["finalizers"].format(n=kinds["finalize"], rc=by["refcount"], gc=by["gc"]))
    if "weakrefs" in show:
        lines.append(ui["weakrefs"].format(cleared=kinds["weakref_clear"], callbacks=kinds["weakref_callback"]))
    return lines


def run_chapter(chapter: dict[str, Any], version: str, ui: dict[str, str]) -> ChapterRun:
    capture = TourCapture()
    try:
        result = run_with_views(chapter["program"], f"<tour:{chapter['id']}>", version, capture)
    except ModelUnavailable as exc:
        return ChapterRun(error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one chapter's model failure must not end the tour
        return ChapterRun(error=f"{type(exc).__name__}: {exc}")
    out = (getattr(result, "stdout", "") or "") + (getattr(result, "stderr", "") or "")
    events = capture.recorder.events if capture.recorder is not None else []
    return ChapterRun(output=out, seen=model_view(chapter.get("show", []), events, capture.arenas_held, ui))


def chapter_blocks(n: int, total: int, chapter: dict[str, Any], text: dict[str, str], ui: dict[str, str],
                   run: ChapterRun) -> list[tuple[str, str]]:
    """(heading, body) blocks of one chapter, in reading order; empty bodies are left out."""
    program = "\n".join(f"{i:>3}  {line}" for i, line in enumerate(chapter["program"].splitlines(), 1))
    output = run.output.rstrip("\n") if not run.error else ui["no_model"].format(error=run.error)
    blocks = [("", ui["chapter"].format(n=n, total=total, title=text["title"])),
              (ui["notes_say"], text["claim"]), (ui["program"], program), (ui["output"], output)]
    if chapter.get("show") and not run.error:
        blocks.append((ui["model_view"], "\n".join(run.seen) or ui["nothing"]))
    blocks.append((ui["explanation"], text["text"]))
    if text.get("correction"):
        blocks.append((ui["correction"], text["correction"]))
    return blocks


def print_blocks(blocks: list[tuple[str, str]], file: TextIO, terminal: bool) -> None:
    if not terminal:
        for head, body in blocks:
            if not head:
                file.write(f"\n{'=' * 78}\n{body}\n{'=' * 78}\n")
            else:
                file.write(f"\n-- {head}\n{body}\n")
        return
    from rich.console import Console
    from rich.panel import Panel
    from rich.text import Text
    console = Console(file=file, highlight=False, force_terminal=True)
    for head, body in blocks:
        if not head:
            console.rule(Text(body, style="bold"))
        else:
            style = {"correction": "yellow"}.get(head.lower(), "")
            console.print(Panel(Text(body), title=head, title_align="left", border_style=style or "blue"))


def tour(lang: str, version: str, file: TextIO, *, only: int | None = None, pause: bool | None = None,
         terminal: bool | None = None) -> int:
    """Run the tour; 0 when every chapter ran on the model, 1 otherwise."""
    data = texts(lang)
    ui = data["ui"]
    chs = chapters()
    if terminal is None:
        terminal = bool(getattr(file, "isatty", lambda: False)())
    if pause is None:
        pause = terminal and sys.stdin.isatty()
    if only is not None and not 1 <= only <= len(chs):
        raise ValueError(f"--chapter must be between 1 and {len(chs)}")
    file.write(ui["title"].format(python=version) + "\n")
    status = 0
    for n, ch in enumerate(chs, 1):
        if only is not None and n != only:
            continue
        run = run_chapter(ch, version, ui)
        if run.error:
            status = 1
        print_blocks(chapter_blocks(n, len(chs), ch, data["chapters"][ch["id"]], ui, run), file, terminal)
        if pause and n < len(chs) and only is None and input(ui["press_enter"]).strip().lower() == "q":
            return status
    file.write("\n" + ui["end"] + "\n")
    return status


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``tour`` on the ``heapglass`` command's subparsers."""
    p = subparsers.add_parser("tour", help="a guided tour of CPython's memory management, run on the model",
                              description=(__doc__ or "").split("\n\n")[0])
    p.add_argument("--lang", default="en", choices=LANGS, help="language of the texts (default en)")
    p.add_argument("--python", default=default_version(), metavar="3.X", help="CPython version to model")
    p.add_argument("--chapter", type=int, metavar="N", help="show only chapter N")
    p.add_argument("--no-pause", action="store_true", help="do not wait for Enter between chapters")
    return p


def main(args: argparse.Namespace) -> int:
    try:
        check_version(args.python)
        return tour(args.lang, args.python, sys.stdout, only=args.chapter,
                    pause=False if args.no_pause else None)
    except ValueError as exc:
        print(f"heapglass tour: {exc}", file=sys.stderr)
        return 2
