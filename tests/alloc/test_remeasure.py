"""Re-run the probes on the installed interpreters and compare with the committed tables.

This guards the tables the other tests trust: if an interpreter disagrees with data/*.json the table
(or the probe) is wrong. Skipped per version when that exact pyenv interpreter is not installed.
Run-dependent values (raw refcounts of mortal objects, free-list counts in the stats text) are
compared only as far as they are stable.
"""

from __future__ import annotations

import re

import pytest

from .measured import VERSIONS, interpreter_available, run_probe, table


def needs(version: str) -> None:
    if not interpreter_available(version):
        pytest.skip(f"CPython {version} interpreter not installed")


@pytest.mark.parametrize("version", VERSIONS)
def test_sizes_remeasure(version):
    needs(version)
    assert run_probe("sizes", version) == table("sizes")[version]


@pytest.mark.parametrize("version", VERSIONS)
def test_pymalloc_remeasure(version):
    needs(version)
    assert run_probe("pymalloc", version) == table("pymalloc")[version]


@pytest.mark.parametrize("version", VERSIONS)
def test_freelists_remeasure(version):
    needs(version)
    fresh, saved = run_probe("freelists", version), table("freelists")[version]
    for key in ("after_drop", "after_collect", "dictkeys_after_drop", "tuple_id_reused", "float_id_reused",
                "stats_header", "stats_sections"):
        assert fresh[key] == saved[key], key
    strip = re.compile(r"^\s*\d+ | =\s+[\d,]+$")
    assert [strip.sub("", ln) for ln in fresh["stats_lines"]] == [strip.sub("", ln) for ln in saved["stats_lines"]]


@pytest.mark.parametrize("version", VERSIONS)
def test_caches_remeasure(version):
    needs(version)
    fresh, saved = run_probe("caches", version), table("caches")[version]
    assert fresh["identity"] == saved["identity"]
    for kind, seen in saved["refcount"].items():
        # immortal values are exact; the others only keep their order of magnitude
        assert (seen >= 999_999_999) == (fresh["refcount"][kind] >= 999_999_999), kind
        if seen == 4294967295:
            assert fresh["refcount"][kind] == seen, kind
