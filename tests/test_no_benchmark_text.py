"""No development-set text in the project: ``bench/leak_check.py`` finds no run of 8 words that a
project file shares with a sentence or page of the shared development sets. Skipped where the
shared folder is absent. (The checker's ``--fuzzy`` mode, which looks for close paraphrases, is a
review aid and is not asserted here.)"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"

pytestmark = pytest.mark.skipif(
    not (SHARED / "benchmarks").is_dir(), reason="no shared development sets"
)


def _leak_check():
    spec = importlib.util.spec_from_file_location("leak_check", REPO / "bench" / "leak_check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@functools.cache
def _hits() -> list[tuple[Path, int]]:
    return [(p.relative_to(REPO), line) for p, line, _ in _leak_check().find_leaks(SHARED, 8, REPO)]


def _is_code(path: Path) -> bool:
    return path.parts[:2] == ("src", "communique") and path.suffix == ".py"


def test_no_eight_word_run_in_tests_docs_bench_or_data():
    hits = [f"{p}:{line}" for p, line in _hits() if not _is_code(p)]
    assert not hits, hits


def test_no_eight_word_run_in_the_code():
    hits = [f"{p}:{line}" for p, line in _hits() if _is_code(p)]
    assert not hits, hits
