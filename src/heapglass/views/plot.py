"""``--plot``: tracked objects per generation, live object bytes and arenas held over the run
(x = event sequence number), with every collection marked by a line in its generation's colour.

matplotlib with the Agg backend (no display needed); the PNG's metadata is fixed so the same run
gives the same file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

GEN_COLOURS = ["#1f77b4", "#ff7f0e", "#d62728"]


def write_plot(path: str | Path, samples: list[Any], events: list[dict[str, Any]], *, title: str) -> Path:
    """Draw the recorder's samples and the collections found in `events` into `path` (PNG/SVG)."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    path = Path(path)
    xs = [s.seq for s in samples]
    fig = Figure(figsize=(10, 7), dpi=100)
    ax_gen, ax_bytes, ax_arenas = fig.subplots(3, 1, sharex=True)
    ngens = len(samples[0].gens) if samples else 3
    for g in range(ngens):
        ax_gen.step(xs, [s.gens[g] for s in samples], where="post", color=GEN_COLOURS[g % 3],
                    label=f"generation {g}")
    ax_gen.set_ylabel("tracked objects")
    ax_gen.legend(loc="upper left", fontsize=8)
    ax_bytes.step(xs, [s.heap_bytes for s in samples], where="post", color="#2ca02c")
    ax_bytes.set_ylabel("live object bytes")
    ax_arenas.step(xs, [s.arenas for s in samples], where="post", color="#9467bd")
    ax_arenas.set_ylabel("arenas held")
    ax_arenas.set_xlabel("event sequence number")
    marked: set[int] = set()
    for ev in events:
        if ev["kind"] == "gc_start":
            gen = ev.get("generation", 0) or 0
            for ax in (ax_gen, ax_bytes, ax_arenas):
                ax.axvline(ev["seq"], color=GEN_COLOURS[gen % 3], alpha=0.35, linewidth=0.8,
                           label=f"collection of generation {gen}" if ax is ax_bytes and gen not in marked
                           else None)
            marked.add(gen)
    if marked:
        ax_bytes.legend(loc="upper left", fontsize=8)
    from matplotlib.ticker import MaxNLocator
    for ax in (ax_gen, ax_bytes, ax_arenas):
        ax.grid(alpha=0.3)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    fig.suptitle(title)
    fig.tight_layout()
    meta = {"Software": None} if path.suffix.lower() == ".png" else {"Date": None}
    try:
        fig.savefig(path, metadata=meta)
    except ValueError as exc:
        raise ValueError(f"cannot write the plot to {path}: {exc}") from None
    return path
