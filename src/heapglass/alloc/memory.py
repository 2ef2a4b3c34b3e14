"""The memory facade the heap calls: free lists, then pymalloc, then the raw allocator.

Owns the order in which CPython's layers are tried (obmalloc.c: _PyObject_Malloc/_Free/_Realloc) and
the ``sys.getallocatedblocks()`` count, and answers "where is this address and why is its memory (not)
back with the OS" (`Memory.where`). Events (``arena_alloc``, ``arena_free_to_os``, ``pool_init``,
``pool_empty``, ``block_alloc``, ``block_free``, ``freelist_push``, ``freelist_pop``) are built only
when an events sink is given and (if it has an ``active`` flag, like the heap's EventBus) active
(``sink.py``).
"""

from __future__ import annotations

from typing import Any

from heapglass.alloc import stats
from heapglass.alloc.freelists import FreeLists
from heapglass.alloc.pymalloc import Pymalloc
from heapglass.alloc.raw import RawAllocator
from heapglass.alloc.sink import EventSink, as_sink
from heapglass.alloc.stats import BlockInfo

__all__ = ["BlockInfo", "EventSink", "Memory"]


class Memory:
    """Everything below the objects: free lists, then pymalloc, then the raw (system) allocator."""

    __slots__ = ("dict_keys", "events", "frame_sizes", "freelists", "on_freelist", "profile", "pymalloc",
                 "raw", "raw_allocated_blocks", "zombies")

    def __init__(self, profile_alloc: Any, events: EventSink | None = None, arena_offset: int = 0) -> None:
        # Hot paths test `sink.active` (heapglass.heap.events.EventBus keeps `active` False while
        # nobody listens; no sink at all is the never-active SILENT), so they build no idle events.
        sink = as_sink(events)
        self.profile = profile_alloc
        self.events = events
        self.pymalloc = Pymalloc(profile_alloc, sink, arena_offset)
        self.raw = RawAllocator(profile_alloc.raw_zero_request)
        self.freelists = FreeLists(profile_alloc, sink)
        self.raw_allocated_blocks = 0  # obmalloc.c: raw_allocated_blocks (PyObject_Malloc -> raw)
        self.on_freelist: dict[int, str] = {}
        self.zombies: dict[int, tuple[int, int]] = {}  # code id -> (frame address, nbytes), <=3.10
        self.frame_sizes: dict[int, int] = {}  # nbytes of frames on the frame free list
        # header of each dict keys table (dictkeys.py): address -> (log2 size, usable, nentries, unicode)
        self.dict_keys: dict[int, tuple[int, int, int, bool]] = {}

    # ------------------------------------------------------------------ objects
    def object_alloc(self, nbytes: int, freelist: str | None = None, key: int | None = None) -> tuple[int, bool]:
        """Memory for a new object (nbytes = everything CPython requests: pre-header + GC head + object).
        Returns (block address, reused_from_freelist); a free-list pop is not a GC allocation.
        ``freelist`` is a family the profile lists for this version (``has_freelist``), ``key`` the
        tuple length. A popped frame (<=3.10) may be smaller than nbytes: frameobject.c then grows it
        with PyObject_GC_Resize, i.e. the caller follows with ``realloc``."""
        if freelist is not None:
            addr = self.freelists.pop(freelist, key)
            if addr:
                del self.on_freelist[addr]
                return addr, True
        return self.malloc(nbytes), False

    def object_free(self, addr: int, nbytes: int, freelist: str | None = None, key: int | None = None) -> bool:
        """Release an object's memory; True if it was kept on a free list (not given back to pymalloc)."""
        if freelist is not None and self.freelists.push(freelist, addr, key):
            self.on_freelist[addr] = freelist
            return True
        if not self.pymalloc.pymalloc_free(addr):   # an object's own block: no need for free()'s checks
            self.raw.free(addr)
            self.raw_allocated_blocks -= 1
        return False

    def has_freelist(self, family: str) -> bool:
        """Whether this version has a free list of that family."""
        return family in self.freelists.capacity

    def dictkeys_freelist(self, log2_size: int, unicode_keys: bool) -> str | None:
        """'dictkeys' if a keys object of that size/kind is kept on the keys free list when freed
        (dictobject.c: free_keys_object: minimum size, and 3.11+ unicode kind only), else None."""
        if log2_size != 3 or (self.profile.dictkeys_freelist_unicode_only and not unicode_keys):
            return None
        return "dictkeys"

    def clear_freelists(self) -> None:
        """What a full collection does at its end: empty the families the profile lists, freeing
        their memory to pymalloc (gcmodule.c: clear_freelists / _PyGC_ClearAllFreeLists)."""
        for addr in self.freelists.drain():
            del self.on_freelist[addr]
            self.frame_sizes.pop(addr, None)
            self.free(addr)

    # ------------------------------------------------------------------ frames (<=3.10)
    def frame_alloc(self, code: int, nbytes: int) -> tuple[int, bool]:
        """frameobject.c: _PyFrame_New_NoTrack (3.8-3.10) for a frame of code object `code` (any id
        the caller uses for it): the code's zombie frame, else the frame free list (grown with
        PyObject_GC_Resize = realloc when too small), else a new block. Returns (address, reused);
        reused frames are not GC allocations."""
        if not self.profile.frame_zombie_per_code:
            raise ValueError("frames are not heap objects in this CPython version (no frame memory)")
        zombie = self.zombies.pop(code, None)
        if zombie is not None:
            return zombie[0], True
        addr, reused = self.object_alloc(nbytes, "frame")
        if reused:
            old = self.frame_sizes.pop(addr)
            if old < nbytes:
                addr = self.realloc(addr, old, nbytes)
        return addr, reused

    def frame_free(self, code: int, addr: int, nbytes: int) -> bool:
        """frameobject.c: frame_dealloc (3.8-3.10): become the code's zombie frame if it has none,
        else go on the frame free list (200), else be freed. True if the memory was kept."""
        if not self.profile.frame_zombie_per_code:
            raise ValueError("frames are not heap objects in this CPython version (no frame memory)")
        if code not in self.zombies:
            self.zombies[code] = (addr, nbytes)
            return True
        if self.object_free(addr, nbytes, "frame"):
            self.frame_sizes[addr] = nbytes
            return True
        return False

    def code_dealloc(self, code: int) -> None:
        """codeobject.c: code_dealloc frees the code's zombie frame (PyObject_GC_Del)."""
        zombie = self.zombies.pop(code, None)
        if zombie is not None:
            self.free(zombie[0])

    # ------------------------------------------------------------------ PyObject_Malloc & co
    def malloc(self, nbytes: int) -> int:
        """obmalloc.c: _PyObject_Malloc -- pymalloc for 1..512 bytes, else the raw allocator."""
        if type(nbytes) is not int or nbytes < 0:
            raise ValueError(f"PyObject_Malloc needs a size in bytes >= 0, got {nbytes!r}")
        p = self.pymalloc.pymalloc_alloc(nbytes)
        if p:
            return p
        self.raw_allocated_blocks += 1
        return self.raw.malloc(nbytes)

    def free(self, addr: int) -> None:
        """obmalloc.c: _PyObject_Free -- pymalloc's block, else the raw allocator's; NULL is a no-op."""
        if not addr:
            return
        if type(addr) is not int:
            raise ValueError(f"PyObject_Free needs an address (int), got {addr!r}")
        if addr in self.on_freelist:
            raise ValueError(f"free of {addr:#x}, which sits on the {self.on_freelist[addr]} free list")
        if not self.pymalloc.pymalloc_free(addr):
            self.raw.free(addr)
            self.raw_allocated_blocks -= 1

    def realloc(self, addr: int, old: int, new: int) -> int:
        """obmalloc.c: _PyObject_Realloc. A pymalloc block stays put when the new size fits its class
        and shrinks it by less than 25%; otherwise it moves (malloc + copy + free). Raw blocks stay raw
        (pymalloc never takes over a block it did not allocate). ``old`` is the caller's size, unused
        by CPython's decision."""
        if type(new) is not int or new < 0:
            raise ValueError(f"PyObject_Realloc needs a size in bytes >= 0, got {new!r}")
        if type(addr) is not int:
            raise ValueError(f"PyObject_Realloc needs an address (int), got {addr!r}")
        if not addr:
            return self.malloc(new)
        keeps = self.pymalloc.pymalloc_realloc_keeps(addr, new)
        if keeps is None:
            return self.raw.realloc(addr, new)
        if keeps:
            return addr
        bp = self.malloc(new)
        self.free(addr)
        return bp

    # ------------------------------------------------------------------ reports
    def allocated_blocks(self) -> int:
        """sys.getallocatedblocks(): pymalloc blocks in use + raw blocks obtained via PyObject_Malloc
        (obmalloc.c: _Py_GetAllocatedBlocks / _PyInterpreterState_GetAllocatedBlocks). Objects on free
        lists still count: their blocks were never given back."""
        return self.pymalloc.allocated + self.raw_allocated_blocks

    def where(self, addr: int) -> BlockInfo:
        """Arena, pool, block and size class of an address, and why its memory is or is not back."""
        return stats.where(self, addr)

    def debugmallocstats(self) -> str:
        """sys._debugmallocstats() text in this version's format."""
        return stats.debugmallocstats(self)
