"""Every story bench under bench/stories has a gold file `communique eval --stories` accepts,
and every story it lists is a file of its folder (or of a subfolder): a broken gold (a hand edit gone wrong) would
otherwise only show as an error when someone scores that folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.storyeval.gold import load_gold

BENCH = Path(__file__).resolve().parents[2] / "bench" / "stories"
FOLDERS = sorted(p.parent for p in BENCH.glob("*/gold.json"))


def test_the_benches_are_found():
    assert len(FOLDERS) >= 10


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_gold_loads_and_names_files_of_its_folder(folder):
    gold = load_gold(folder / "gold.json")
    assert gold, folder
    files = {p.name for p in folder.rglob("*") if p.is_file()}  # (noise pages in a subfolder)
    missing = [name for name in gold if name not in files]
    assert not missing, missing
