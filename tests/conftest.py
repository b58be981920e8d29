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


@pytest.fixture(autouse=True)
def _candidate_readings(request):
    """A test marked ``@pytest.mark.candidates("why")`` checks how the coder reads a candidate
    (its target, its doer, its date), not the default output: the event coder keeps every
    event for it (``min_confidence`` 0) instead of leaving weak readings out
    (coding.calibration.MIN_CONFIDENCE). Each mark says why; unmarked tests see the default."""
    mark = request.node.get_closest_marker("candidates")
    if mark is None:
        yield
        return
    if not (mark.args and str(mark.args[0]).strip()):
        raise pytest.UsageError(f"{request.node.nodeid}: candidates() needs its reason")
    from communique.coding.calibration import min_confidence_of
    from communique.parsing import load_pipeline

    with min_confidence_of(load_pipeline(), 0.0), min_confidence_of(load_pipeline(fast=False), 0.0):
        yield
