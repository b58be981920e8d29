"""Two acts told in one sentence stay two events (issues #11/#12, branch dup42).

Pooled over the story sets, a second coded event of a sentence that already holds a matching
event is itself gold far more often than it is an extra (bench/second_readings.py; the counts are
in bench/stories/README.md, "## dup42"): a verb joined to the first with its own object and type,
an act told as the means of another ("retaliated by expelling"), what someone is thanked for, a
release and the handover it ends with, a summons and the demand made with it. These guards keep
each reading, so that no rule written to keep "one event per act" merges two acts into one; and
they check the script that measures such readings (its dependency relations)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from support import countries, mentions_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

second_readings = pytest.importorskip("second_readings")

PUBLISHED = "2025-03-05"  # a Wednesday


def _types(found) -> set[str]:
    return {m.event_type for m in found}


def test_a_condemnation_and_a_recall_joined_in_one_sentence_are_two_events(code):
    found = code(
        "Peru condemned the raid on its border post on Monday and recalled its ambassador "
        "from Chile.",
        PUBLISHED,
    )
    assert {"ACCUSE", "SANCTION"} <= _types(found), [(m.event_type, m.cameo) for m in found]


def test_an_act_told_as_the_means_of_a_retaliation_is_coded(code):
    found = code("Chile retaliated on Tuesday by expelling two Peruvian diplomats.", PUBLISHED)
    expelled = mentions_of(found, "SANCTION")
    assert expelled and countries(expelled[0].recipient) == {"PER"}


def test_thanks_for_a_mediation_keep_the_mediation(code):
    found = code(
        "The Peruvian foreign minister thanked Chile for its mediation in the talks with Bolivia.",
        PUBLISHED,
    )
    assert mentions_of(found, "SUPPORT")
    mediation = [m for m in mentions_of(found, "CONSULT") if countries(m.actor) == {"CHL"}]
    assert mediation, [(m.event_type, m.cameo, countries(m.actor)) for m in found]


def test_a_release_and_the_handover_it_ends_with_are_two_events(code):
    found = code(
        "Peru released the two Chilean fishermen on Monday and handed them over to Chilean "
        "consular officials.",
        PUBLISHED,
    )
    assert {"RETREAT", "COOPERATE"} <= _types(found), [(m.event_type, m.cameo) for m in found]


def test_a_summons_and_the_demand_made_with_it_are_two_events(code):
    found = code(
        "Chile's foreign ministry summoned the Peruvian ambassador on Monday and demanded an "
        "explanation for the arrests.",
        PUBLISHED,
    )
    assert {"ACCUSE", "REQUEST"} <= _types(found), [(m.event_type, m.cameo) for m in found]


def test_tear_gas_and_arrests_at_one_protest_are_two_events(code):
    found = code(
        "Riot police in Cusco used tear gas against the marchers on Friday and detained 15 "
        "students.",
        PUBLISHED,
    )
    assert {"ASSAULT", "COERCE"} <= _types(found), [(m.event_type, m.cameo) for m in found]


def _token(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_the_relation_of_a_joined_verb_to_the_first(nlp):
    doc = nlp("Peru condemned the raid and recalled its ambassador from Chile.")
    rel = second_readings.relation(_token(doc, "recalled"), _token(doc, "condemned"))
    assert rel == "conj ^"
    back = second_readings.relation(_token(doc, "condemned"), _token(doc, "recalled"))
    assert back == "^ conj"


def test_the_relation_of_a_means_and_of_the_same_word(nlp):
    doc = nlp("Chile retaliated by expelling two Peruvian diplomats.")
    rel = second_readings.relation(_token(doc, "expelling"), _token(doc, "retaliated"))
    assert rel == "pcomp:VERB/prep:ADP ^"
    word = _token(doc, "retaliated")
    assert second_readings.relation(word, word) == "same-words"
