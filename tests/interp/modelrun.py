"""What the interpreter tests share: the versions they run on and one way to run a snippet on the
model that must succeed (no stderr, exit status 0). Test modules here import it by name (pytest puts
this directory on sys.path: the tests have no packages)."""

from __future__ import annotations

from heapglass.interp.api import run_source
from heapglass.profiles.base import VERSIONS

ALL = VERSIONS


def run(src: str, version: str, filename: str = "prog.py") -> str:
    """The stdout of `src` run on the model as ``python<version> filename``, which must exit 0 silently."""
    r = run_source(src, filename, version)
    assert (r.stderr, r.status) == ("", 0)
    return r.stdout
