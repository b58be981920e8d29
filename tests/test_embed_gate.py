"""bench/embed_gate.py: the split of the story sets, the clause a reading is embedded with, and
the comparison of gates at an equal number of kept readings (no torch needed here)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import embed_gate as eg  # noqa: E402


def test_split_never_fits_on_odd_page_sets():
    assert eg.split_of("pages22") == "fit"
    assert eg.split_of("pages42") == "fit"
    assert eg.split_of("pages23") == "check"
    assert eg.split_of("pages41") == "check"
    assert eg.split_of("summits") == "fit"
    # the older page sets are in neither half
    assert eg.split_of("pages") is None
    assert eg.split_of("pages21") is None


def _reading(sentence: str, trigger: str) -> dict:
    return {"status": "match", "sentence_text": sentence, "off": sentence.index(trigger)}


def test_clause_leaves_out_clauses_hung_on_the_verb():
    main = _reading("Norway warned Chile after the talks collapsed in the capital.", "warned")
    inner = _reading("The envoy said that Peru would expel two Bolivian diplomats.", "expel")
    eg.clauses([main, inner])
    assert "collapsed" not in main["clause"] and main["clause"].startswith("Norway warned Chile")
    assert "expel two Bolivian diplomats" in inner["clause"] and "said" not in inner["clause"]


def _row(score: float, status: str, finds: list[int], other: float) -> dict:
    return {
        "set": "s",
        "story": "a",
        "status": status,
        "conf": score,
        "other": other,
        "finds": finds,
        "spared": False,
        "hits": 0,
    }


ROWS = [
    _row(0.9, "match", [0], 0.9),
    _row(0.5, "extra", [], 0.1),
    _row(0.4, "match", [1], 0.8),
    _row(0.2, "extra", [], 0.2),
    {"set": "s", "story": "a", "required": 2},
]


def test_same_kept_compares_gates_at_an_equal_number_of_readings():
    thr, same = eg.at_kept(ROWS, "other", 2)  # the shipped gate at 0.46 keeps two
    assert same["kept"] == 2 and same["matching"] == 2 and same["found"] == 2
    out = eg.summary(ROWS, ROWS, "other")
    assert out["same_kept"]["required_lost"] == 0 and out["auc"] == 1.0
    base = eg.summary(ROWS, ROWS, "conf")
    assert base["same_kept"]["precision"] == 0.5 and base["auc"] == 0.75
