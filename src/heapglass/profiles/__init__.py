"""Version profiles: everything that differs between CPython versions, as data with sources.

``get_profile("3.12")`` builds a `Profile` whose sections (``objects``, ``gc``, ``alloc``, ``caches``,
``interp``) are tables of `Fact`s (see `base.py`). Code asks the profile; it never branches on a version
number. Each section lives in its own module, next to the facts it is made of.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from functools import cache

from .base import VERSIONS, Section, build_section

SECTIONS = ("objects", "gc", "alloc", "caches", "interp")

# The exact interpreter each profile was measured against (pyenv versions on the reference machine).
PATCH_RELEASES = {"3.8": "3.8.18", "3.9": "3.9.18", "3.10": "3.10.13", "3.11": "3.11.7",
                  "3.12": "3.12.1", "3.13": "3.13.0"}


@dataclass(frozen=True)
class Profile:
    """All sections of one CPython version's profile."""

    version: str
    sections: tuple[str, ...]

    @property
    def patch_release(self) -> str:
        return PATCH_RELEASES[self.version]

    @property
    def version_info(self) -> tuple[int, int, int]:
        major, minor, micro = (int(p) for p in self.patch_release.split("."))
        return major, minor, micro


@cache
def get_profile(version: str) -> Profile:
    """The profile of CPython `version` ("3.8" … "3.13"); ValueError for an unknown version."""
    if version not in VERSIONS:
        raise ValueError(f"unknown CPython version {version!r}; supported: {', '.join(VERSIONS)}")
    built: dict[str, Section] = {}
    for name in SECTIONS:
        try:
            mod = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        built[name] = build_section(mod.FACTS, version)
    prof = Profile(version, tuple(built))
    for name, sec in built.items():
        object.__setattr__(prof, name, sec)
    return prof


def default_version() -> str:
    """The running interpreter's version if a profile exists for it, else the newest."""
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    return here if here in VERSIONS else VERSIONS[-1]


__all__ = ["VERSIONS", "Profile", "default_version", "get_profile"]
