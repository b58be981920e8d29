"""bench/knowledge_counts.py counts what the coder knows from the data it actually loads."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from communique.coding.patterns import trigger_rules

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def counts():
    sys.path.insert(0, str(BENCH))
    try:
        import knowledge_counts as module

        yield module
    finally:
        sys.path.remove(str(BENCH))


def test_counts_follow_the_loaded_lexicon_and_the_precedence_rule(counts, capsys):
    assert counts.main(["--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    triggers = out["triggers"]
    assert triggers["trigger lemmas (all sources)"] == len(trigger_rules())
    # the precedence rule hides converted patterns behind hand-written bare words
    assert 0 < triggers["converted event patterns reachable"] < triggers["converted event patterns"]
    actors = out["actors"]
    assert actors["bodies coded UNO"] > 0 and actors["bodies coded EUR"] > 0
    assert actors["distinct armed and non-state groups (by name)"] > 0
    offices = out["office holders"]
    terms = sum(n for label, n in offices.items() if label.startswith("office terms"))
    assert 0 < offices["distinct office holders (name, country)"] <= terms
