"""The shared conjunct climb (coding.syntax.first_conjunct) on invented sentences."""

from __future__ import annotations

from communique.coding.syntax import first_conjunct

NAMES = "Envoys from Valdoria, Ostmark and Kesselland met in the harbour town."


def _tok(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_joined_verb_climbs_to_the_first_verb(nlp):
    doc = nlp("The council debated and rejected the draft budget.")
    assert first_conjunct(_tok(doc, "rejected")).text == "debated"


def test_a_chain_of_names_climbs_to_the_first_name(nlp):
    doc = nlp(NAMES)
    assert first_conjunct(_tok(doc, "Kesselland")).text == "Valdoria"


def test_a_word_joined_to_nothing_is_its_own_first(nlp):
    doc = nlp("The council rejected the draft budget.")
    assert first_conjunct(_tok(doc, "rejected")).text == "rejected"
    assert first_conjunct(_tok(doc, "budget")).text == "budget"


def test_the_climb_stops_where_the_predicate_refuses(nlp):
    doc = nlp(NAMES)
    last = _tok(doc, "Kesselland")
    assert first_conjunct(last, lambda t: False) is last
    assert first_conjunct(last, lambda t: t.text != "Ostmark").text == "Ostmark"
