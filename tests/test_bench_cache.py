"""bench/extras.py and bench/misses.py keep coded story sets in a cache folder: a cache file is
reused only by the same code, the same set files and the same script, never by other code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

extras = pytest.importorskip("extras")


def test_a_cache_is_reused_by_the_same_code_and_remade_for_other_code(tmp_path: Path) -> None:
    calls: list[str] = []

    def make() -> list[str]:
        calls.append("coded")
        return ["event"]

    assert extras.cached_coding("wires", tmp_path, make) == ["event"]
    assert extras.cached_coding("wires", tmp_path, make) == ["event"]
    assert calls == ["coded"]  # the second run read the cache

    kept = json.loads((tmp_path / "wires.json").read_text())
    kept["stamp"]["code"] = "made-by-older-code"
    (tmp_path / "wires.json").write_text(json.dumps(kept))
    assert extras.cached_coding("wires", tmp_path, make) == ["event"]
    assert calls == ["coded", "coded"]  # another code's cache is coded again


def test_a_cache_of_another_script_or_the_old_format_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "wires.json").write_text(json.dumps([{"old": "bare list"}]))
    assert extras.cached_coding("wires", tmp_path, lambda: ["new"]) == ["new"]
    assert extras.cached_coding("wires", tmp_path, lambda: ["misses"], kind="misses") == ["misses"]
    assert extras.cached_coding("wires", tmp_path, lambda: ["other"], kind="misses") == ["misses"]


def test_two_scripts_sharing_a_cache_folder_keep_each_others_files(tmp_path: Path) -> None:
    # bench/misses.py (kind "misses") run on the folder of bench/extras.py's cache used to
    # overwrite the extras' file, so the next extras run coded every set again
    calls: list[str] = []

    def make(what: str):
        def run() -> list[str]:
            calls.append(what)
            return [what]

        return run

    assert extras.cached_coding("wires", tmp_path, make("extras")) == ["extras"]
    assert extras.cached_coding("wires", tmp_path, make("misses"), kind="misses") == ["misses"]
    assert extras.cached_coding("wires", tmp_path, make("extras")) == ["extras"]
    assert extras.cached_coding("wires", tmp_path, make("misses"), kind="misses") == ["misses"]
    assert calls == ["extras", "misses"]  # each coded once, then read back
    # the extras' file keeps its name (other scripts read NAME.json), and no partial file stays
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wires.json", "wires.misses.json"]
