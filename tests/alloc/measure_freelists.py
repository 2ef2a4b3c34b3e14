"""Probe run on a real CPython (3.8+) to observe free lists through sys._debugmallocstats(); prints JSON.

Run: ``PYENV_VERSION=3.12.1 python -S tests/alloc/measure_freelists.py``. For each family it creates
many objects at once, drops them all, and reads the 'N free ...' line of sys._debugmallocstats() (the
cap), then runs gc.collect() and reads it again (cleared or not). It also records whether a just-freed
19-/20-tuple's id is reused (the 3.11 tuple free-list bug) and the stats header lines.
Committed output: ``tests/alloc/data/freelists_measured.json``. Runnable on 3.8 (no new syntax).
"""
import gc
import json
import re
import sys

from probe_stats import debugmallocstats_text


def free_count(name):
    """The count on the 'N free <name>s' line (no dict is alive while the stats are taken, so the
    dict free list is not disturbed by the probe itself)."""
    for line in debugmallocstats_text().splitlines():
        m = re.match(r"\s*(\d+) free (.*?)s \* (\d+) bytes each", line)
        if m and m.group(2) == name:
            return int(m.group(1))
    return None


def make(kind, i):
    if kind == "float":
        return float(i) + 0.5
    if kind == "tuple1":
        return (i,)
    if kind == "list":
        return [i]
    if kind == "dict":
        return {"k": i}
    raise ValueError(kind)


NAMES = {"float": "PyFloatObject", "tuple1": "1-sized PyTupleObject", "list": "PyListObject",
         "dict": "PyDictObject"}
COUNTS = {"float": 300, "tuple1": 3000, "list": 300, "dict": 300}

gc.disable()
result = {"version": "{}.{}".format(*sys.version_info[:2]), "after_drop": {}, "after_collect": {}}
for kind in ("float", "tuple1", "list", "dict"):
    objs = [make(kind, i + 1000) for i in range(COUNTS[kind])]
    del objs
    dropped = free_count(NAMES[kind])
    gc.collect()
    collected = free_count(NAMES[kind])
    result["after_drop"][kind] = dropped
    result["after_collect"][kind] = collected
keys = [{"k": i} for i in range(300)]
del keys
result["dictkeys_after_drop"] = free_count("PyDictKeysObject")


def reused(n):
    a = tuple([object()] * n)
    i = id(a)
    del a
    b = tuple([object()] * n)
    return id(b) == i


result["tuple_id_reused"] = {str(n): reused(n) for n in (19, 20, 21)}
f = float("2.5")
fid = id(f)
del f
g = float("7.25")
result["float_id_reused"] = id(g) == fid
text = debugmallocstats_text()
result["stats_lines"] = [ln for ln in text.splitlines() if " free " in ln]
result["stats_header"] = text.splitlines()[:4]
result["stats_sections"] = [ln for ln in text.splitlines() if ln and not ln[0].isspace() and "=" not in ln]
print(json.dumps(result, indent=1, sort_keys=True))
