"""The raw (system) allocator under pymalloc: what PyMem_RawMalloc/Realloc/Free get from libc.

CPython does not define this layer (it is the platform's malloc), so the model only promises what a
reader needs: deterministic, non-overlapping, 16-byte aligned addresses in a region of their own, and
reuse of a freed chunk of the same size, most recently freed first (like glibc's tcache/fastbins).
It is NOT a model of glibc's bins, top-chunk trimming or mmap threshold. Chunk size = request (0 -> 1,
as _PyMem_RawMalloc does) plus a 16-byte header, rounded up to 16, at least 32.
"""

from __future__ import annotations

RAW_BASE = 0x560000000000  # fake heap base, far below the arenas
CHUNK_HEADER = 16


class RawAllocatorError(ValueError):
    """Freeing or reallocating an address the raw allocator did not hand out."""


class RawAllocator:
    """Deterministic malloc/realloc/free with exact-size LIFO reuse."""

    __slots__ = ("bins", "chunks", "top", "zero_request")

    def __init__(self, zero_request: int = 1) -> None:
        self.top = RAW_BASE  # next never-used address
        self.chunks: dict[int, int] = {}  # live address -> chunk size
        self.bins: dict[int, list[int]] = {}  # chunk size -> freed addresses (LIFO)
        self.zero_request = zero_request

    @staticmethod
    def chunk_size(nbytes: int) -> int:
        return max(32, (nbytes + CHUNK_HEADER + 15) & ~15)

    def malloc(self, nbytes: int) -> int:
        if nbytes < 0:
            raise ValueError(f"malloc of a negative size ({nbytes})")
        csize = self.chunk_size(nbytes or self.zero_request)
        free = self.bins.get(csize)
        if free:
            addr = free.pop()
        else:
            addr = self.top + CHUNK_HEADER
            self.top += csize
        self.chunks[addr] = csize
        return addr

    def free(self, addr: int) -> None:
        csize = self.chunks.pop(addr, None)
        if csize is None:
            raise RawAllocatorError(f"free of {addr:#x}: not a live raw-allocator block (double free?)")
        self.bins.setdefault(csize, []).append(addr)

    def realloc(self, addr: int, nbytes: int) -> int:
        """Keeps the block when the new size fits its chunk or the chunk is the last one carved (grow
        in place); otherwise malloc + free."""
        csize = self.chunks.get(addr)
        if csize is None:
            raise RawAllocatorError(f"realloc of {addr:#x}: not a live raw-allocator block")
        need = self.chunk_size(nbytes or self.zero_request)
        if need <= csize:
            return addr
        if addr - CHUNK_HEADER + csize == self.top:
            self.top += need - csize
            self.chunks[addr] = need
            return addr
        new = self.malloc(nbytes)
        self.free(addr)
        return new

    def owns(self, addr: int) -> bool:
        return addr in self.chunks

    def size_of(self, addr: int) -> int | None:
        return self.chunks.get(addr)
