"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import SEEDS


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    return SEEDS
