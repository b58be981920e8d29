"""tools/train_recipient_choice.py: from a tiny invented story set with gold it writes a
weights file in the format the coder reads (header with training sets, commit, date and
features; the decision's settings; one weight per feature), and its fit and decision behave."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import train_recipient_choice as trc  # noqa: E402

from communique.coding.learned_choice import FEATURES, Model, read_model  # noqa: E402

STORY = """Peru expels Chilean attache over fishing dispute

By Ana Ruiz, Pacific Ledger

LIMA, March 3, 2026 - Peru expelled a Chilean military attache on Tuesday after Chilean \
patrol boats seized two Peruvian trawlers near the maritime border.

Chile's foreign ministry said the seizure was lawful and accused Peru of escalating the dispute.

Bolivia, which has offered to mediate between Peru and Chile, urged restraint.

Peru's foreign minister later said the government would demand compensation.
"""

GOLD = {
    "_about": {"note": "invented for the test of tools/train_recipient_choice.py"},
    "stories": {
        "s1_peru_chile.txt": {
            "title": "Peru expels Chilean attache over fishing dispute",
            "published": "2026-03-03",
            "events": [
                {
                    "id": "expel",
                    "required": True,
                    "types": ["COERCE", "SANCTION", "REJECT"],
                    "actor": ["PER"],
                    "recipient": ["CHL"],
                },
                {
                    "id": "demand",
                    "required": False,
                    "types": ["REQUEST"],
                    "actor": ["PER"],
                    "recipient": ["CHL"],
                },
            ],
            "forbidden": [],
        }
    },
}


def test_training_writes_the_file_the_coder_reads(tmp_path):
    folder = tmp_path / "tinyset"
    folder.mkdir()
    (folder / "s1_peru_chile.txt").write_text(STORY, encoding="utf-8")
    (folder / "gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    out = tmp_path / "recipient_choice.tsv"
    summary = trc.train([folder], out, keep=tmp_path / "records", note="test run")
    text = out.read_text(encoding="utf-8")
    head = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert any("training sets (1): tinyset" in ln for ln in head), head
    assert any(ln.startswith("# commit: ") and "date: " in ln for ln in head), head
    assert any(ln.startswith(f"# features ({len(FEATURES)}): bias ") for ln in head), head
    model = read_model(out)
    assert set(model.weights) == set(FEATURES)
    assert 0.0 <= model.floor < 1.0 and model.margin >= 0.0
    assert summary["readings"] >= 0 and summary["candidates"] >= summary["readings"]
    # the kept records are reused: a second run writes the same weights
    again = tmp_path / "again.tsv"
    trc.train([folder], again, keep=tmp_path / "records", note="test run")
    rows = [ln for ln in text.splitlines() if not ln.startswith("#")]
    assert rows == [ln for ln in again.read_text().splitlines() if not ln.startswith("#")]


def test_fit_separates_a_feature_that_decides_the_label():
    rng = np.random.default_rng(0)
    x = np.ones((200, 3))
    x[:, 1] = rng.integers(0, 2, 200)
    x[:, 2] = rng.normal(size=200)
    y = x[:, 1].copy()
    w = trc.fit(x, y, l2=0.1)
    assert w[1] > 2.0 and abs(w[2]) < 1.0


def test_decision_keeps_the_first_unless_the_second_wins_by_the_margin():
    weights = {f: 0.0 for f in FEATURES}
    weights["cand_second"] = 1.0  # the second scores 0.73, the first 0.5
    first = {"iso": "AAA", "features": {"bias": 1.0}}
    second = {"iso": "BBB", "features": {"bias": 1.0, "cand_second": 1.0}}
    assert trc.decide(Model(weights, 0.1, 0.0), [first, second]) == "BBB"
    assert trc.decide(Model(weights, 0.3, 0.0), [first, second]) is True
    assert trc.decide(Model(weights, 0.3, 0.6), [first]) is None
