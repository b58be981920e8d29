"""The rule registry: every rule id the code uses is registered, every explanation names
registered rule ids, and the rules' reference (data/coding/README.md) lists them all."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from communique.coding.rules import Because, explain, registry, rule

SRC = Path(__file__).resolve().parents[2] / "src" / "communique"
ID = re.compile(
    r'"((?:trigger|filter|actor|recipient|resolve|recode|modality|date|mention)\.[a-z_]+)"'
)


def test_every_rule_id_in_the_code_is_registered():
    found = {m for p in SRC.rglob("*.py") for m in ID.findall(p.read_text(encoding="utf-8"))}
    used = {m for m in found if m.rsplit(".", 1)[1] not in ("html", "tsv")}  # file names
    assert used, "the code names rules by id"
    assert used <= set(registry()), sorted(used - set(registry()))


def test_unknown_rule_ids_are_refused():
    with pytest.raises(KeyError, match="rules.tsv"):
        rule("actor.no_such_rule")


def test_explanations_come_from_the_id_and_its_slots():
    text = explain("actor.controller_object", head="urged", verb="leave")
    assert text == "object of 'urged' (controls 'leave') [actor.controller_object]"
    assert (
        Because.of("resolve.earlier_subject", word="he", ref="Peru")
        .text()
        .endswith("[resolve.earlier_subject]")
    )


def test_every_rule_has_a_summary_and_an_example():
    for r in registry().values():
        assert r.summary and r.example, r.id


def test_the_reference_is_made_from_the_registry():
    import runpy

    tool = runpy.run_path(str(SRC.parents[1] / "tools" / "rules_reference.py"))
    readme = (SRC / "data" / "coding" / "README.md").read_text(encoding="utf-8")
    assert readme == tool["rewritten"](readme), "run python tools/rules_reference.py"
    missing = [rid for rid in registry() if f"`{rid}`" not in readme]
    assert not missing, missing


def test_actor_words_name_the_rule_that_made_their_code(code):
    mentions = code("The Ruritanian foreign minister criticised the United Nations.")
    assert mentions
    ids = set(re.findall(r"\[([a-z]+\.[a-z_]+)\]", mentions[0].explanation))
    assert "mention.role" in ids and "mention.body" in ids
    assert mentions[0].recipient[0].code.startswith("UNO")


def test_coded_events_name_their_rules(code):
    mentions = code(
        "Japan imposed new sanctions on Peru on Tuesday. "
        "Peru said it would recall its ambassador from Tokyo."
    )
    assert mentions
    for m in mentions:
        ids = re.findall(r"\[([a-z]+\.[a-z_]+)\]", m.explanation)
        assert "trigger.lexicon" in ids
        assert any(i.startswith("actor.") for i in ids), m.explanation
        assert set(ids) <= set(registry())
