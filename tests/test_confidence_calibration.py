"""bench/confidence_calibration.py: the AUC of a score, the precision/recall trade-off of a
threshold, and a weight table fitted on one part of the sets and read back."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import confidence_calibration as cc  # noqa: E402


def _event(story: str, score: float, status: str, finds: list[int], features: list[str]):
    return {
        "set": "s",
        "story": story,
        "sentence": 1,
        "status": status,
        "confidence": score,
        "finds": finds,
        "features": features,
    }


ROWS = [
    _event("a", 0.9, "match", [0], ["base", "recipient:clause"]),
    _event("a", 0.8, "match", [], ["base", "recipient:clause"]),
    _event("a", 0.3, "extra", [], ["base", "recipient:none"]),
    _event("b", 0.6, "extra", [], ["base", "recipient:none"]),
    _event("b", 0.4, "match", [0], ["base", "recipient:clause"]),
    {"set": "s", "story": "a", "required": 2},
    {"set": "s", "story": "b", "required": 1},
]


def test_auc_is_the_chance_a_matching_event_outscores_an_extra() -> None:
    scored = [(r["confidence"], r["status"] == "match") for r in ROWS if "status" in r]
    # matching 0.9, 0.8, 0.4 against extras 0.3, 0.6: 5 of 6 pairs ordered right
    assert abs(cc.auc(scored) - 5 / 6) < 1e-9
    assert cc.auc([(0.5, True), (0.5, False)]) == 0.5


def test_a_threshold_trades_recall_of_required_entries_for_precision() -> None:
    everything = cc.trade_off(ROWS, "confidence", 0.0)
    assert (everything["kept"], everything["matching"], everything["found"]) == (5, 3, 2)
    assert everything["required"] == 3
    strict = cc.trade_off(ROWS, "confidence", 0.5)
    # 0.4 (story b's only finding) goes: precision up, recall down
    assert (strict["kept"], strict["matching"], strict["found"]) == (3, 2, 1)
    assert strict["precision"] > everything["precision"]
    assert strict["recall"] < everything["recall"]


def test_a_fitted_table_weighs_what_separates_and_reads_back(tmp_path: Path) -> None:
    table = cc.fit(ROWS)
    assert table["recipient:clause"] > table["recipient:none"]
    path = tmp_path / "w.tsv"
    cc.write_table(path, table, ROWS, ["s"])
    back = cc.read_table(path)
    assert set(back) == set(table)
    assert abs(back["recipient:none"] - table["recipient:none"]) < 0.01
    assert "no target" in path.read_text()  # each feature's meaning is written with it


def test_the_opening_exemption_can_be_switched_off() -> None:
    rows = [dict(r) for r in ROWS]
    rows[2]["spared"] = True  # story a's 0.3 extra lies in its opening
    kept = cc.trade_off(rows, "confidence", 0.5)
    assert kept["kept"] == 4  # 0.9, 0.8, 0.6 and the spared 0.3
    assert cc.trade_off(rows, "confidence", 0.5, exempt=False)["kept"] == 3


def test_the_penalty_is_chosen_by_leaving_whole_sets_out() -> None:
    rows = []
    for k in range(6):  # six sets: a target named in the clause is right, none is wrong
        for r in ROWS:
            rows.append({**r, "set": f"set{k}"})
    best, losses = cc.cross_validate(rows, grid=(0.3, 3.0), folds=3)
    assert best in (0.3, 3.0) and set(losses) == {0.3, 3.0}
    assert losses[best] == min(losses.values())


def test_the_reference_features_are_left_out_of_the_fit() -> None:
    rows = [{**r, "features": [*r["features"], "position:early"]} for r in ROWS if "status" in r]
    table = cc.fit(rows)
    assert "position:early" not in table and "recipient:clause" in table


def test_a_set_newer_than_the_check_sets_is_never_fitted_on() -> None:
    check = cc.CHECK_SETS
    assert cc.newer_than_check("pages99", check)
    assert not cc.newer_than_check("pages30", check)  # a check set
    assert not cc.newer_than_check("pages28", check)  # an older set, fitted on
    assert not cc.newer_than_check("pages21", check) and not cc.newer_than_check("unrest", check)
