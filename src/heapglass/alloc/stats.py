"""Reports on the allocator: ``sys._debugmallocstats()`` text and ``where(address)``.

``debugmallocstats`` reproduces, line for line, obmalloc.c: _PyObject_DebugMallocStats (with its
``printone`` number formatting and, 3.10+, the radix-tree "arena map counts" section) followed by
Objects/object.c: _PyObject_DebugTypeStats (the free-list lines, via _PyDebugAllocatorStats), as
Python/sysmodule.c: sys__debugmallocstats_impl prints them. The numbers are the model's own state, so
they match a real interpreter's only for the same allocation history.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class BlockInfo:
    """What ``Memory.where`` knows about an address."""

    address: int
    kind: str  # 'pymalloc', 'raw' or 'unknown'
    live: bool  # handed out (an object or buffer lives there, or it sits on a free list)
    arena_index: int | None = None
    arena_address: int | None = None
    pool_address: int | None = None
    block_index: int | None = None
    size_class: int | None = None
    block_size: int | None = None
    freelist: str | None = None
    why: str = ""

    def __str__(self) -> str:
        if self.kind == "pymalloc" and self.pool_address is not None:
            place = (f"arena #{self.arena_index} @ {self.arena_address:#x}, pool @ {self.pool_address:#x}, "
                     f"block {self.block_index}, size class {self.size_class} ({self.block_size} bytes)")
        elif self.kind == "pymalloc":
            place = f"arena #{self.arena_index} (released) @ {self.arena_address:#x}"
        else:
            place = self.kind
        return f"{self.address:#x}: {place}: {self.why}"


def printone(msg: str, value: int) -> str:
    """obmalloc.c: printone -- msg padded to 35 columns, '=', value with thousands commas in 21."""
    return f"{msg:<35}={value:>21,}\n"


def allocator_stats_line(block_name: str, num_blocks: int, sizeof_block: int) -> str:
    """Objects/obmalloc.c: _PyDebugAllocatorStats ('%d %ss * %zd bytes each' right-aligned in 48)."""
    return printone(f"{f'{num_blocks} {block_name}s * {sizeof_block} bytes each':>48} ",
                    num_blocks * sizeof_block)


def debugmallocstats(mem: Any) -> str:
    """sys._debugmallocstats() output for the model's current state."""
    pm = mem.pymalloc
    prof = mem.profile
    nclasses = len(pm.usedpools)
    numpools = [0] * nclasses
    numblocks = [0] * nclasses
    numfree = [0] * nclasses
    narenas = numfreepools = arena_alignment = 0
    usable = pm.pool_size - pm.pool_overhead
    for arena in pm.arenas:
        if not arena.address:
            continue
        narenas += 1
        numfreepools += arena.nfreepools
        if arena.address & pm.pool_mask:
            arena_alignment += pm.pool_size
        for pool in arena.pools:
            if pool.count == 0:
                continue
            sz = pool.szidx
            numpools[sz] += 1
            numblocks[sz] += pool.count
            numfree[sz] += usable // pm.block_size(sz) - pool.count
    out = [f"Small block threshold = {pm.threshold}, in {nclasses} size classes.\n", "\n",
           "class   size   num pools   blocks in use  avail blocks\n",
           "-----   ----   ---------   -------------  ------------\n"]
    allocated = available = headers = quantization = 0
    for i in range(nclasses):
        if numpools[i] == 0:
            continue
        size = pm.block_size(i)
        out.append(f"{i:5} {size:6} {numpools[i]:11} {numblocks[i]:15} {numfree[i]:13}\n")
        allocated += numblocks[i] * size
        available += numfree[i] * size
        headers += numpools[i] * pm.pool_overhead
        quantization += numpools[i] * (usable % size)
    out.append("\n")
    out.append(printone("# arenas allocated total", pm.ntimes_arena_allocated))
    out.append(printone("# arenas reclaimed", pm.ntimes_arena_allocated - narenas))
    out.append(printone("# arenas highwater mark", pm.narenas_highwater))
    out.append(printone("# arenas allocated current", narenas))
    out.append(printone(f"{narenas} arenas * {pm.arena_size} bytes/arena", narenas * pm.arena_size))
    out.append("\n")
    total = allocated + available + numfreepools * pm.pool_size + headers + quantization + arena_alignment
    out.append(printone("# bytes in allocated blocks", allocated))
    out.append(printone("# bytes in available blocks", available))
    out.append(printone(f"{numfreepools} unused pools * {pm.pool_size} bytes", numfreepools * pm.pool_size))
    out.append(printone("# bytes lost to pool headers", headers))
    out.append(printone("# bytes lost to quantization", quantization))
    out.append(printone("# bytes lost to arena alignment", arena_alignment))
    out.append(printone("Total", total))
    if pm.radix is not None:
        _addr_bits, top_bits, mid_bits, bot_bits = pm.radix
        root = (1 << top_bits) * 8
        mid = (1 << mid_bits) * 8 * len(pm.map_mid_nodes)
        bot = (1 << bot_bits) * prof.arena_map_leaf_entry_size * len(pm.map_bot_nodes)
        out.append("\narena map counts\n")
        out.append(printone("# arena map mid nodes", len(pm.map_mid_nodes)))
        out.append(printone("# arena map bot nodes", len(pm.map_bot_nodes)))
        out.append("\n")
        out.append(printone("# bytes lost to arena map root", root))
        out.append(printone("# bytes lost to arena map mid", mid))
        out.append(printone("# bytes lost to arena map bot", bot))
        out.append(printone("Total", root + mid + bot))
    out.append("\n")  # sys__debugmallocstats_impl, after a successful pymalloc report
    fl = mem.freelists
    for family, name, size in prof.freelist_stats:
        if family == "tuple":
            for n in range(1, prof.tuple_stats_max + 1):
                out.append(allocator_stats_line(f"free {n}-sized {name}", fl.count("tuple", n), size + 8 * n))
        else:
            out.append(allocator_stats_line(name, fl.count(family), size))
    return "".join(out)


def where(mem: Any, addr: int) -> BlockInfo:
    """Memory.where: locate addr and explain whether its memory is still held, and by whom."""
    pm = mem.pymalloc
    pool = pm.pool_of(addr)
    if pool is not None:
        arena = pm.arenas[pool.arenaindex]
        bsize = pm.block_size(pool.szidx) if pool.szidx >= 0 else None
        offset = addr - pool.address - pm.pool_overhead
        index = offset // bsize if bsize and offset >= 0 else None
        common: dict[str, Any] = {
            "address": addr, "kind": "pymalloc", "arena_index": arena.index, "arena_address": arena.address,
            "pool_address": pool.address, "block_index": index, "size_class": pool.szidx if bsize else None,
            "block_size": bsize}
        if addr in mem.on_freelist:
            fam = mem.on_freelist[addr]
            return BlockInfo(live=True, freelist=fam, why=f"kept on the {fam} free list: the block was "
                             "never given back to pymalloc", **common)
        if pm.is_live(addr):
            return BlockInfo(live=True, why="block in use", **common)
        if pool.count == 0:
            if arena.nfreepools == arena.ntotalpools:
                why = ("pool empty and cached on its arena's freepools; the whole arena is free but kept "
                       "because it is the last arena in usable_arenas (bpo-37257)")
            else:
                why = (f"pool empty and cached on its arena's freepools; arena kept: "
                       f"{arena.ntotalpools - arena.nfreepools} of its pools are in use")
        else:
            why = f"block free on its pool's free list; the pool still has {pool.count} block(s) in use"
        return BlockInfo(live=False, why=why, **common)
    base = addr - ((addr - pm.space.offset) & (pm.arena_size - 1))
    for cand in (base, base - pm.arena_size):
        if cand in pm.released and cand <= addr < cand + pm.arena_size:
            return BlockInfo(address=addr, kind="pymalloc", live=False, arena_index=pm.released[cand],
                             arena_address=cand, why="its arena had no pool in use and was returned to the "
                             "OS (munmap)")
    for arena in pm.arenas:
        if arena.address and arena.address <= addr < arena.address + pm.arena_size:
            return BlockInfo(address=addr, kind="pymalloc", live=False, arena_index=arena.index,
                             arena_address=arena.address, why="inside an arena but in a pool never carved "
                             "(or the alignment gap before the first pool)")
    if mem.raw.owns(addr):
        return BlockInfo(address=addr, kind="raw", live=True, block_size=mem.raw.size_of(addr),
                         why="raw allocator block (request of 0 or more than "
                         f"{pm.threshold} bytes) in use")
    return BlockInfo(address=addr, kind="unknown", live=False, why="not an address any allocator handed out "
                     "(or a raw block already freed)")
