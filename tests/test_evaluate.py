"""``evaluate`` on a small JSON Lines gold file written for the tests."""

from __future__ import annotations

import json

from communique.evaluate import evaluate, load_gold

GOLD = [
    {"text": "Canada imposed sanctions on Venezuela.", "event": "SANCTION",
     "source": [{"actorText": "Canada", "code": "CAN"}], "target": [{"actorText": "Venezuela", "code": "VEN"}]},
    {"text": "Egypt condemned Ethiopia over the dam.", "event": "DISAPPROVE",
     "source": [{"actorText": "Egypt", "code": "EGY"}], "target": [{"actorText": "Ethiopia", "code": "ETH"}]},
    {"text": "The weather was mild all week.", "event": "AGREE",
     "source": [{"actorText": "Chile", "code": "CHL"}], "target": None},
]  # fmt: skip


def test_evaluate_jsonl(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD), encoding="utf-8")
    assert [r["event"] for r in load_gold(path)] == ["SANCTION", "ACCUSE", "AGREE"]
    r = evaluate(path)
    assert r["n"] == 3
    assert abs(r["event_type_accuracy"] - 2 / 3) < 1e-3
    assert r["confusion"]["AGREE"] == {"NONE": 1}
    assert r["per_type"]["SANCTION"]["f1"] == 1.0
    assert r["recipient_country_f1"] == 1.0 and 0.7 < r["actor_country_f1"] < 1.0
    assert abs(r["triple_accuracy"] - 2 / 3) < 1e-3 and r["sentences_per_s"] > 0


def test_evaluate_json_array_skips_documentation(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps([{"id": "doc", "event": "DOCUMENT"}, GOLD[0]]), encoding="utf-8")
    assert evaluate(path)["n"] == 1


def test_cli_sentence_eval_still_works_beside_stories(tmp_path):
    from support import run_cli

    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD), encoding="utf-8")
    res = run_cli("eval", "--gold", str(path), "--json")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["n"] == 3
    both = run_cli("eval", "--gold", str(path), "--stories", str(path), str(tmp_path))
    assert both.returncode == 2 and "either --gold" in both.stderr
    missing = run_cli("eval", "--gold", str(tmp_path / "none.jsonl"))
    assert missing.returncode == 2 and "none.jsonl: no such file" in missing.stderr
