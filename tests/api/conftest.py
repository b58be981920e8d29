"""Fixtures shared by the API tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import Server  # noqa: E402


@pytest.fixture(scope="module")
def http(db):
    """An HTTP client on a real server (uvicorn) over the test module's own ``db`` fixture."""
    srv = Server(db)
    with srv.client() as c:
        yield c
    srv.stop()
