"""The helpers and word sets that several coding modules share, one definition each: the test of
an if/unless clause (modality.condition_mark), the search for the days a text names
(dates.named_days), the states of each event the memory remembers (history_states), the entity
types of a party (syntax) and the subject pronouns (vocabulary subject_pronouns)."""

from __future__ import annotations

from datetime import date

import pytest

from communique.actors.memory import ActorMemory
from communique.coding.dates import named_days
from communique.coding.modality import condition_mark
from communique.coding.syntax import GROUP_PARTY_ENTS, PARTY_ENTS
from communique.model import Actor
from communique.vocabulary import words


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("Ruritania will close the border if Freedonia sends more troops.", "if"),
        ("Ruritania will close the border unless Freedonia withdraws its troops.", "unless"),
        ("Ruritania closed the border after Freedonia sent more troops.", None),
    ],
)
def test_condition_mark_names_the_if_or_unless_of_an_adverbial_clause(nlp, text, mark):
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    found = [m for c in root.children if (m := condition_mark(c))]
    assert found == ([mark] if mark else [])


def test_named_days_gives_only_the_days_a_text_names_in_order():
    text = "Talks began on Tuesday, resumed in March 2021 and ended yesterday."
    got = [(expr.text, day.date) for expr, day in named_days(text, date(2026, 11, 26))]
    # Thursday 26 November: the last Tuesday is the 24th; a month is no day
    assert got == [("on Tuesday", "2026-11-24"), ("yesterday", "2026-11-25")]


def test_the_memory_keeps_the_states_of_each_event_it_remembers():
    memory = ActorMemory()
    memory.remember([Actor("Ruritania", country="RUS"), Actor("the UN", country="UNO")])
    memory.remember([])  # no participants: no event remembered
    memory.remember([Actor("protesters"), Actor("Kyiv", country="UKR"), Actor("x", country="FRA")])
    assert memory.history_states == [frozenset({"RUS"}), frozenset({"UKR", "FRA"})]
    assert len(memory.history) == len(memory.history_states)


def test_a_party_is_a_group_or_a_person():
    assert set(PARTY_ENTS) == set(GROUP_PARTY_ENTS) | {"PERSON"}
    assert "PERSON" not in GROUP_PARTY_ENTS


def test_the_subject_pronoun_sets_differ_as_stated():
    from communique.coding import modality, prose, story_days, testimony

    subjects = words("subject_pronouns")
    assert subjects == {"he", "i", "it", "she", "they", "we"}
    assert subjects == prose.OWN_SUBJECTS
    assert testimony.PERSONAL == modality._REPORTED_SPEAKERS == subjects - {"it"}
    assert subjects - {"i"} == story_days.SAYER_PRONOUNS
    assert {"i", "we"} == modality._SPEAKERS
