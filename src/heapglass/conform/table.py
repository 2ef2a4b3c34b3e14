"""The pass table: rows (topics or programs) by CPython version, rendered as Markdown."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Tally = tuple[int, int]  # (passed, total)


def pass_table(rows: Sequence[str], versions: Sequence[str], cells: Mapping[tuple[str, str], Tally],
               row_title: str = "topic") -> str:
    """A Markdown table with one ``passed/total`` cell per (row, version), ``n/a`` where nothing ran,
    and a final **total** row summing each column."""
    header = f"| {row_title} | " + " | ".join(versions) + " |"
    rule = "|---|" + "---:|" * len(versions)
    lines = [header, rule]
    totals = {v: [0, 0] for v in versions}
    for row in rows:
        rendered = []
        for v in versions:
            tally = cells.get((row, v))
            if tally is None:
                rendered.append("n/a")
                continue
            totals[v][0] += tally[0]
            totals[v][1] += tally[1]
            rendered.append(f"{tally[0]}/{tally[1]}")
        lines.append(f"| {row} | " + " | ".join(rendered) + " |")
    lines.append("| **total** | " + " | ".join(
        f"**{p}/{t}**" if t else "n/a" for p, t in (totals[v] for v in versions)) + " |")
    return "\n".join(lines) + "\n"
