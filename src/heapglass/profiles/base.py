"""How a version profile is written down: one `Fact` per value, each with what it controls and its source.

A profile section (allocator, collector, objects, interpreter, ...) is a table of `Fact`s. Each fact
holds the value for every supported CPython version (3.8 ... 3.13) and says where the value came from:
a CPython file and function ([SRC]) or an experiment on the installed interpreters ([RUN]). Code never
branches on a version number: it reads the built section, e.g. ``profile.alloc.pool_size``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

VERSIONS: tuple[str, ...] = ("3.8", "3.9", "3.10", "3.11", "3.12", "3.13")


@dataclass(frozen=True)
class Fact:
    """One profile value: its meaning, its value per version, and where that value comes from."""

    doc: str
    values: Mapping[str, Any]
    source: str

    def at(self, version: str) -> Any:
        if version not in self.values:
            raise KeyError(f"fact has no value for CPython {version}: {self.doc}")
        return self.values[version]


def every(value: Any) -> dict[str, Any]:
    """The same value for every supported version."""
    return {v: value for v in VERSIONS}


def since(first: str, before: Any, after: Any) -> dict[str, Any]:
    """`before` for versions older than `first`, `after` from `first` on."""
    cut = VERSIONS.index(first)
    return {v: (before if i < cut else after) for i, v in enumerate(VERSIONS)}


class Section(SimpleNamespace):
    """A built profile section: attribute access to the values of one version, plus their facts."""

    def fact(self, name: str) -> Fact:
        return self._facts[name]  # type: ignore[attr-defined]


def build_section(facts: Mapping[str, Fact], version: str) -> Section:
    sec = Section(**{name: f.at(version) for name, f in facts.items()})
    object.__setattr__(sec, "_facts", dict(facts))
    return sec
