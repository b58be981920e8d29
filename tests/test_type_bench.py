"""bench/type_accuracy.py scores the top event's type per snippet, as ``communique eval`` does."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def type_accuracy():
    sys.path.insert(0, str(BENCH))
    try:
        import type_accuracy

        yield type_accuracy
    finally:
        sys.path.remove(str(BENCH))


def test_accuracy_recall_precision_and_confusions(type_accuracy, tmp_path, capsys):
    snippets = tmp_path / "s.tsv"
    snippets.write_text(
        "# written for this test\ntype\tsnippet\n"
        "SANCTION\tBelgium imposed sanctions on Eritrea.\n"
        "ASSAULT\tRebel gunmen shelled a Liberian army base.\n"
        "AID\tThe weather in Oslo was mild on Sunday.\n",
        encoding="utf-8",
    )
    assert type_accuracy.main(["--snippets", str(snippets), "--json", "--misses"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["n"] == 3
    assert out["accuracy"] == pytest.approx(2 / 3, abs=1e-3)
    assert out["per_type"]["SANCTION"] == {"support": 1, "recall": 1.0, "precision": 1.0}
    assert out["per_type"]["AID"]["recall"] == 0.0
    assert out["confusions"] == [{"expected": "AID", "got": "NONE", "count": 1}]
    assert [m["text"] for m in out["misses"]] == ["The weather in Oslo was mild on Sunday."]


def test_the_shipped_set_covers_every_type(type_accuracy):
    from unrest_recall import load_snippets  # the snippet reader both benches share

    from communique.model import PLOVER_TYPES

    rows = load_snippets(type_accuracy.DEFAULT, types=PLOVER_TYPES)
    counts = {t: sum(1 for e, _ in rows if e == t) for t in PLOVER_TYPES}
    assert len(rows) >= 240 and min(counts.values()) >= 15, counts


def test_a_bad_type_is_named(type_accuracy, tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("ATTACK\tSomething happened.\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.tsv:1"):
        type_accuracy.main(["--snippets", str(bad)])
