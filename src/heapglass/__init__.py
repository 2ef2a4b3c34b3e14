"""heapglass: a glass-box, executable model of CPython's memory manager."""
__version__ = "0.1.0"
