"""Loading CPython's Lib/weakref.py and Lib/_weakrefset.py for a version (`modules/libsrc.py`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from heapglass.interp.modules.facts import FACTS
from heapglass.interp.modules.libsrc import LIB, LibSourceError, select_sections
from heapglass.profiles import PATCH_RELEASES
from heapglass.profiles.base import VERSIONS

PYENV = Path("/root/.pyenv/versions")

LIB_FILES = ("weakref.py", "_weakrefset.py")
TEXT = "a\n#@if new\nnew text\n#@else\nold text\n#@end\nz\n"


def test_selected_section_keeps_its_body_and_blanks_the_else_part() -> None:
    """A version that has the section runs the '#@if' body; the markers and the other branch are
    removed (so the selected text is that version's file, line for line)."""
    assert select_sections(TEXT, ("new",)) == "a\nnew text\nz\n"


def test_missing_section_keeps_the_else_part() -> None:
    """A version without the section runs the '#@else' text instead."""
    assert select_sections(TEXT, ()) == "a\nold text\nz\n"


@pytest.mark.parametrize("text", ["#@if a\n#@if b\n#@end\n", "#@if a\nx\n", "#@end\n"])
def test_malformed_markers_are_reported(text: str) -> None:
    """Nested, unclosed or unopened blocks are a clear error naming the problem, not a silent mix."""
    with pytest.raises(LibSourceError):
        select_sections(text, ())


def test_every_section_used_in_the_library_files_is_a_known_fact_value() -> None:
    """A misspelt section name would silently select the 3.8 text everywhere: every '#@if' name must
    be one the weakref_lib_sections fact lists for some version."""
    known = {s for v in VERSIONS for s in FACTS["weakref_lib_sections"].at(v)}
    used = {m for f in LIB_FILES for m in re.findall(r"^#@if (\S+)", (LIB / f).read_text(), re.MULTILINE)}
    assert used and used <= known


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", LIB_FILES)
def test_selected_library_source_is_valid_python(name: str, version: str) -> None:
    """For every version the selected text parses (an unbalanced branch would break the import)."""
    sections = FACTS["weakref_lib_sections"].at(version)
    ast.parse(select_sections((LIB / name).read_text(), sections, name))


def test_finalize_init_follows_the_version() -> None:
    """3.8's finalize.__init__ parses *args itself (deprecated obj=/func= keywords); 3.9 made the
    parameters positional-only (Lib/weakref.py, bpo-36492)."""
    text = (LIB / "weakref.py").read_text()
    old = select_sections(text, FACTS["weakref_lib_sections"].at("3.8"))
    new = select_sections(text, FACTS["weakref_lib_sections"].at("3.9"))
    assert "def __init__(*args, **kwargs):" in old and "def __init__(self, obj, func, /" not in old
    assert "def __init__(self, obj, func, /, *args, **kwargs):" in new


def cpython_file(version: str, name: str) -> Path:
    return PYENV / PATCH_RELEASES[version] / "lib" / f"python{version}" / name


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("name", LIB_FILES)
def test_selected_text_is_that_versions_cpython_file(name: str, version: str) -> None:
    """Each version runs its own Lib/ file line for line (so tracebacks through it show CPython's line
    numbers): the selected text equals the installed interpreter's file except for the docstring's
    PEP URL, the lines marked 'heapglass:' (imports of the model's stand-ins) and the trailing note."""
    real_path = cpython_file(version, name)
    if not real_path.exists():
        pytest.skip(f"CPython {version} is not installed")
    real = real_path.read_text().splitlines()
    ours = select_sections((LIB / name).read_text(), FACTS["weakref_lib_sections"].at(version)).splitlines()
    ours, note = ours[:len(real)], ours[len(real):]
    assert len(ours) == len(real)
    assert all(line == "" or line.startswith("#") for line in note)
    differing = [i + 1 for i, (a, b) in enumerate(zip(real, ours)) if a != b
                 and "heapglass:" not in b and "pep-0205" not in a]
    assert differing == []
