"""Fixtures of the view tests (the scenes themselves are in viewscene.py)."""

from __future__ import annotations

import pytest
from viewscene import Scene


@pytest.fixture
def scene() -> Scene:
    return Scene()
