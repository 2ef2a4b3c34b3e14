"""The benchmark report: the table (workload, model median, native median, ratio, target, met?), the
notes under it, the machine it ran on, and the JSON form of all of it (every sample included)."""

from __future__ import annotations

import os
import platform
import sys
import time
from typing import Any

from .runner import Row, Settings, Side

HEADERS = ("workload", "model median", "native median", "ratio", "target", "met?")


def format_value(value: float | None, unit: str) -> str:
    """A median in its unit: seconds with 3 significant figures, bytes/object, object counts."""
    if value is None:
        return "-"
    if unit == "s":
        return f"{value * 1000:.3g} ms" if value < 1 else f"{value:.3g} s"
    if unit == "B/obj":
        return f"{value:.1f} B/obj"
    if unit == "objects":
        return f"{value / 1e6:.1f} M"
    return f"{value:g} {unit}"


def _cell(side: Side, unit: str) -> str:
    if side.status == "ok":
        return format_value(side.median, unit)
    return "n/a" if side.status == "unavailable" else side.status


def table(rows: list[Row]) -> str:
    """The report table, then numbered notes: why a side is missing, output mismatches, how
    a value was obtained."""
    lines: list[list[str]] = []
    notes: list[str] = []
    for row in rows:
        marks = []
        for side, name in ((row.model, "model"), (row.native, "native")):
            if side.status == "unavailable":
                notes.append(f"{row.workload.name}: {name} not available yet: {side.reason}")
                marks.append(len(notes))
            elif side.status != "ok":
                notes.append(f"{row.workload.name}: {name} {side.status}: {side.reason}")
                marks.append(len(notes))
        for note in row.notes:
            notes.append(f"{row.workload.name}: {note}")
            marks.append(len(notes))
        met = row.met
        unit = row.workload.unit
        ratio = row.ratio
        lines.append([
            row.workload.name + "".join(f" [{m}]" for m in marks),
            _cell(row.model, unit),
            _cell(row.native, unit),
            "-" if ratio is None else f"{ratio:.3g}x",
            row.workload.target.text if row.workload.target else "-",
            "-" if met is None else ("yes" if met else "NO"),
        ])
    widths = [max(len(h), *(len(r[i]) for r in lines)) if lines else len(h) for i, h in enumerate(HEADERS)]
    out = [_line(HEADERS, widths), _line(["-" * w for w in widths], widths)]
    out += [_line(r, widths) for r in lines]
    if notes:
        out.append("")
        out += [f"[{i}] {n}" for i, n in enumerate(notes, 1)]
    return "\n".join(out)


def _line(cells: Any, widths: list[int]) -> str:
    first, *rest = cells
    return " | ".join([first.ljust(widths[0]), *(c.rjust(w) for c, w in zip(rest, widths[1:]))]).rstrip()


def machine() -> dict[str, Any]:
    """What the numbers depend on: cores, CPU model, memory, the host Python, the load."""
    info: dict[str, Any] = {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "memory": _memory_total(),
        "host_python": sys.version.split()[0],
        "platform": platform.platform(),
    }
    try:
        info["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    return info


def _memory_total() -> str:
    kb = _proc_field("/proc/meminfo", "MemTotal").split()
    return f"{int(kb[0]) / (1 << 20):.1f} GiB" if kb and kb[0].isdigit() else "unknown"


def _proc_field(path: str, key: str) -> str:
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return ""


def describe_machine(info: dict[str, Any], settings: Settings, native_version: str) -> str:
    return (f"machine: {info['nproc']} cores ({info['cpu_model']}), {info['memory']} memory, "
            f"load average at start {info.get('loadavg', '?')}, at end {info.get('loadavg_end', '?')}\n"
            f"model: heapglass on host Python {info['host_python']}, simulating CPython "
            f"{settings.version}; native: CPython {native_version} ({settings.native_python})\n"
            f"each time is the median of {settings.repeat} run(s) in child processes, "
            f"{settings.clock} time (latency: wall time, median of its own runs) "
            f"({'--quick sizes' if settings.quick else 'full sizes'})")


def to_json(rows: list[Row], settings: Settings, info: dict[str, Any], command: str,
            native_version: str) -> dict[str, Any]:
    return {
        "command": command,
        "date_utc": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
        "machine": info,
        "settings": {"version": settings.version, "native_python": settings.native_python,
                     "native_version": native_version, "quick": settings.quick,
                     "repeat": settings.repeat, "clock": settings.clock, "timeout_s": settings.timeout,
                     "memory_limit_bytes": settings.memory_limit},
        "rows": [_row_json(r) for r in rows],
    }


def _row_json(row: Row) -> dict[str, Any]:
    w = row.workload
    return {
        "workload": w.name, "description": w.description, "unit": w.unit, "size": row.size,
        "model": _side_json(row.model), "native": _side_json(row.native),
        "ratio": row.ratio, "target": w.target.text if w.target else None, "met": row.met,
        "notes": row.notes,
    }


def _side_json(side: Side) -> dict[str, Any]:
    return {"status": side.status, "median": side.median, "samples": side.samples,
            "reason": side.reason, "extra": side.extra}
