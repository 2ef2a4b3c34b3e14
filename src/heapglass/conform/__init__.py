"""Conformance: heapglass judged by the real CPython interpreters.

Owns the shared output normaliser (`normalise`), running programs on real CPython (`oracle`) and on the
model (`model`), comparison and diffs (`compare`), the corpus and its goldens on disk (`corpus`), the
pass table (`table`) and the ``heapglass conform`` command (`cli`: `add_parser`, `main`).
"""

from heapglass.conform.cli import add_parser, main

__all__ = ["add_parser", "main"]
