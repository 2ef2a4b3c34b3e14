"""sys._debugmallocstats() text: layout per version compared with the interpreters' own output.

The numbers differ from a real process (different allocation history) but the format, the sections,
the free-list lines and the accounting identities must be CPython's ([RUN] data/freelists_measured.json
holds the header, section titles and free-list lines each interpreter printed).
"""

from __future__ import annotations

import re

import pytest

from heapglass.alloc.memory import Memory
from heapglass.alloc.stats import allocator_stats_line, printone
from heapglass.profiles.alloc import section

from .measured import VERSIONS, table

FREE_LINE = re.compile(r"\s*(\d+) (free .*?)s \* (\d+) bytes each =\s+[\d,]+$")


def busy_memory(version: str) -> Memory:
    m = Memory(section(version))
    keep = [m.malloc(n) for n in (16, 16, 24, 100, 100, 512, 300, 700)]
    for p in keep[::3]:
        m.free(p)
    f, _ = m.object_alloc(24, "float")
    m.object_free(f, 24, "float")
    return m


@pytest.mark.parametrize("version", VERSIONS)
def test_header_lines_match(version):
    """First four lines: threshold sentence, blank, the two table heading lines."""
    text = busy_memory(version).debugmallocstats()
    assert text.splitlines()[:4] == table("freelists")[version]["stats_header"]


@pytest.mark.parametrize("version", VERSIONS)
def test_section_titles_match(version):
    """Untitled blocks plus, from 3.10, the 'arena map counts' section of the radix tree."""
    text = busy_memory(version).debugmallocstats()
    titles = [ln for ln in text.splitlines() if ln and not ln[0].isspace() and "=" not in ln]
    assert titles == table("freelists")[version]["stats_sections"]


@pytest.mark.parametrize("version", VERSIONS)
def test_freelist_lines_name_and_size_match(version):
    """Same free-list lines, in the same order, with the same 'bytes each' as the interpreter."""
    text = busy_memory(version).debugmallocstats()
    ours = [FREE_LINE.match(ln).group(2, 3) for ln in text.splitlines() if " free " in ln]
    real = [FREE_LINE.match(ln).group(2, 3) for ln in table("freelists")[version]["stats_lines"]]
    assert ours == real


@pytest.mark.parametrize("version", VERSIONS)
def test_freelist_lines_are_formatted_byte_for_byte(version):
    """_PyDebugAllocatorStats + printone: re-rendering each real line from its numbers gives it back."""
    for line in table("freelists")[version]["stats_lines"]:
        count, name, size = FREE_LINE.match(line).groups()
        assert allocator_stats_line(name, int(count), int(size)) == line + "\n"


def test_printone_pads_and_groups_digits():
    """printone: label padded to 35 columns, '=', value right-aligned in 21 with commas."""
    assert printone("Total", 2097152) == "Total                              =            2,097,152\n"
    assert printone("# arenas reclaimed", 0) == "# arenas reclaimed                 =                    0\n"


@pytest.mark.parametrize("version", VERSIONS)
def test_byte_breakdown_adds_up_to_the_arenas(version):
    """The C code asserts narenas * ARENA_SIZE == Total; the model's numbers obey it too."""
    text = busy_memory(version).debugmallocstats()
    values = {}
    for ln in text.splitlines():
        if "=" in ln and not ln.startswith((" ", "Small block")):
            label, value = ln.split("=")
            values.setdefault(label.strip(), int(value.replace(",", "")))
    narenas = values["# arenas allocated current"]
    assert values["Total"] == narenas * section(version).arena_size


def test_size_class_rows_count_pools_and_blocks():
    """One row per size class with pools in use: pools, blocks in use and free blocks in them."""
    m = Memory(section("3.10"))
    for _ in range(3):
        m.malloc(100)  # class 6, 112-byte blocks: (16384 - 48) // 112 = 145 per pool
    rows = [ln for ln in m.debugmallocstats().splitlines() if re.match(r"\s+\d+\s+\d+\s+\d+\s+\d+\s+\d+$", ln)]
    assert rows == ["    6    112           1               3           142"]


def test_arena_counters_after_release():
    """3.8 releases an emptied arena: 'allocated total' 2, 'reclaimed' 1, 'highwater' 2."""
    m = Memory(section("3.8"))
    per_arena = 64 * ((4096 - 48) // 512)
    blocks = [m.malloc(512) for _ in range(per_arena + 1)]
    for p in blocks[:per_arena]:
        m.free(p)
    text = m.debugmallocstats()
    assert "# arenas allocated total           =                    2" in text
    assert "# arenas reclaimed                 =                    1" in text
    assert "# arenas highwater mark            =                    2" in text
    assert "# arenas allocated current         =                    1" in text


@pytest.mark.parametrize("version,root", [("3.10", "8,192"), ("3.11", "262,144"), ("3.13", "262,144")])
def test_arena_map_root_size(version, root):
    """[RUN] 'bytes lost to arena map root' = 8,192 (3.10, 48-bit map) / 262,144 (3.11+, 64-bit)."""
    text = busy_memory(version).debugmallocstats()
    assert f"# bytes lost to arena map root     ={root:>21}" in text


def test_no_arena_map_before_3_10():
    assert "arena map" not in busy_memory("3.9").debugmallocstats()


def test_freelist_counts_appear_in_the_stats():
    """The float dropped by busy_memory is reported as one free PyFloatObject."""
    text = busy_memory("3.12").debugmallocstats()
    assert "           1 free PyFloatObjects * 24 bytes each =                   24" in text
