"""Everything below the objects: pymalloc, the raw allocator, free lists, object sizes and caches.

* ``memory.Memory`` -- the facade the heap calls (free lists, then pymalloc, then the raw allocator),
  with ``where(addr)``, ``allocated_blocks()`` and ``debugmallocstats()``.
* ``pymalloc`` -- arenas, pools and blocks as Objects/obmalloc.c manages them.
* ``raw`` -- the deterministic stand-in for libc malloc under pymalloc.
* ``freelists`` -- per-type free lists (float, tuple, list, dict, ...).
* ``sizes`` -- sys.getsizeof and allocation sizes of builtin objects, list/dict/set growth.
* ``dictkeys`` -- a combined dict's keys table as its own block: kept through deletions, replaced by
  resizes, freed by clear().
* ``caches`` -- small ints, latin-1 chars, empty singletons, interning and refcount policy.
* ``stats`` -- sys._debugmallocstats() text and BlockInfo.

All version differences come from ``heapglass.profiles.alloc`` and ``heapglass.profiles.caches``.
"""
