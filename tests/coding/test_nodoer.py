"""Doers lost or misplaced across sentences (branch nodoer): a plural "they" after a plural doer
that acted on one person, a spokesperson placed only by a city after an international body
spoke, and an act of force with no doer right after another by a state. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from support import countries as _states


def _events(code, text, words):
    return [e for e in code(text) if words in e.evidence.sentence_text]


@pytest.mark.parametrize(
    ("text", "words", "kind", "doer"),
    [
        (
            "Dutch investigators questioned a Belgian banker on Monday. "
            "On Tuesday they searched two offices of his firm.",
            "they searched",
            "*",
            "NLD",
        ),
        (
            "Pakistani customs officers stopped an Afghan lorry driver at the crossing. "
            "They accused him of carrying forged papers.",
            "They accused him",
            "ACCUSE",
            "PAK",
        ),
    ],
)
def test_they_is_the_plural_doer_not_the_one_acted_on(code, text, words, kind, doer):
    found = _events(code, text, words)
    assert found, "no event"
    assert any(kind in ("*", e.event_type) and _states(e.actor) == {doer} for e in found), [
        e.explanation for e in found
    ]
    assert any("resolve.previous_plural_doer" in e.explanation for e in found), found[0].explanation


def test_they_stays_ambiguous_when_two_plural_parties(code):
    """Two plural parties in the sentence before: no guess between them."""
    found = _events(
        code,
        "Kenyan prosecutors charged three Ugandan traders with smuggling. They denied the charges.",
        "They denied",
    )
    assert not any("resolve.previous_plural_doer" in e.explanation for e in found)


def test_they_after_a_singular_doer_is_not_that_doer(code):
    found = _events(
        code,
        "The Danish minister met Iraqi asylum seekers in Aarhus. They asked her to reunite "
        "their families.",
        "They asked her",
    )
    assert not any("DNK" in _states(e.actor) for e in found)


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        (
            "The UN human rights office said it was alarmed by the arrests in Belarus. "
            "A spokesman in Geneva urged Minsk to free the detainees.",
            "A spokesman in Geneva urged",
            "UNO",
        ),
        (
            "The European Commission said it was studying Poland's new court law. "
            "A spokeswoman in Brussels accused Warsaw of ignoring earlier rulings.",
            "A spokeswoman in Brussels accused",
            "EUR",
        ),
    ],
)
def test_spokesperson_in_a_city_speaks_for_the_body_before(code, text, words, body):
    found = _events(code, text, words)
    assert found and all(_states(e.actor) == {body} for e in found), [e.explanation for e in found]
    assert "mention.previous_body_speaker" in found[0].explanation


def test_spokesperson_after_no_body_keeps_the_city(code):
    found = _events(
        code,
        "The city zoo said two keepers had been hurt. A spokeswoman in Geneva appealed for calm.",
        "A spokeswoman in Geneva",
    )
    assert not any("UNO" in _states(e.actor) for e in found)


@pytest.mark.parametrize(
    ("text", "words", "kind", "doer"),
    [
        (
            "The Peruvian government declared a state of emergency in the southern region. "
            "A curfew was imposed on the city of Puno.",
            "A curfew was imposed",
            "COERCE",
            "PER",
        ),
        (
            "The Cuban government banned a march planned by dissidents in Havana. "
            "Four of the organisers were detained on Sunday.",
            "were detained on Sunday",
            "COERCE",
            "CUB",
        ),
        (
            "Iraqi security forces cracked down on protests in Basra on Friday. "
            "The crackdown left six people dead.",
            "The crackdown left",
            "ASSAULT",
            "IRQ",
        ),
    ],
)
@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_act_of_force_with_no_doer_after_a_states_act(code, text, words, kind, doer):
    found = _events(code, text, words)
    assert any(e.event_type == kind and _states(e.actor) == {doer} for e in found), [
        e.explanation for e in code(text)
    ]
    assert any("actor.previous_act_doer" in e.explanation for e in found)


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        # the arrest is told in another state
        (
            "Danish police raided a warehouse in Aarhus on Monday. "
            "Two suspects were arrested in Sweden on Tuesday.",
            "were arrested in Sweden",
            "DNK",
        ),
        # the attack was another's, which the army repelled
        (
            "Niger's army said it had repelled an attack on a checkpoint. "
            "The attack left four soldiers dead.",
            "The attack left",
            "NER",
        ),
        # the sentence before told no act of force
        (
            "The Chilean government presented its budget on Monday. "
            "Three people were injured in a fire in Valparaiso.",
            "were injured",
            "CHL",
        ),
    ],
)
def test_no_doer_taken_from_the_sentence_before(code, text, words, state):
    found = _events(code, text, words)
    assert not any(state in _states(e.actor) for e in found), [e.explanation for e in found]
