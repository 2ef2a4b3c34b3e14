"""Probe run on a real CPython (3.8+): arena thrashing and block reuse; prints JSON.

Run: ``PYENV_VERSION=3.9.18 python -S tests/alloc/measure_pymalloc.py``. Five times over, it builds
one arena's worth of 48-byte bytes objects and frees them all, and records how many arenas were
mmap'ed in total ('# arenas allocated total'): 3.8 gives the wholly free arena back every time and maps
a new one on the next round; 3.9+ keeps the last free arena (bpo-37257). It also records whether two freed
blocks are reused LIFO by the next two same-size objects (run first, while both sit in the head pool),
and sys.getallocatedblocks() deltas: 300 floats made with 100 already on the float free list (+200),
dropped again (back to +0: the 100 kept ones still count), and 100 raw-allocated bytes objects (+100). Committed output:
``tests/alloc/data/pymalloc_measured.json``.
"""
import json
import sys

from probe_stats import debugmallocstats_text


def arenas_total():
    for line in debugmallocstats_text().splitlines():
        if line.startswith("# arenas allocated total"):
            return int(line.split("=")[1].replace(",", ""))
    return None


x = object()
y = object()
ix, iy = id(x), id(y)
del x
del y
z = object()
w = object()
lifo = [id(z) == iy, id(w) == ix]  # before the rounds: both blocks sit in the head pool of their class



def fill(store):
    for i in range(300):
        store[i] = i + 0.5  # one new float each (from the free list while it lasts)


def clear(store):
    for i in range(300):
        store[i] = None


# Every getallocatedblocks() reading is itself a new int block that stays alive while it is held, so
# each delta below subtracts the readings still alive when the later reading is taken.
store = [None] * 300
fill(store)
clear(store)  # warm-up: leaves 100 floats on the float free list
b0 = sys.getallocatedblocks()
fill(store)
b1 = sys.getallocatedblocks()
clear(store)
b2 = sys.getallocatedblocks()
big = [None] * 100
b3 = sys.getallocatedblocks()
for i in range(100):
    big[i] = bytes(600)  # 633-byte requests: raw allocator, still counted
b4 = sys.getallocatedblocks()
allocated_blocks = {"floats_mid": b1 - b0 - 1, "floats_after": b2 - b0 - 2, "raw_bytes": b4 - b3 - 1}

arena_size = 256 * 1024 if sys.version_info < (3, 10) else 1024 * 1024
n = arena_size // 48 + 64
payload = b"x" * 14
first = arenas_total()
rounds = []
for _ in range(5):
    objs = [payload + bytes([i & 0x7F]) for i in range(n)]  # 33 + 15 = 48-byte requests
    del objs
    rounds.append(arenas_total() - first)

print(json.dumps({"version": "{}.{}".format(*sys.version_info[:2]), "arenas_mapped_after_round": rounds,
                  "lifo_reuse": lifo, "allocated_blocks": allocated_blocks}, sort_keys=True))
