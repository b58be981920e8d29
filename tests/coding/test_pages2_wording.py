"""Wordings the news pages of bench/stories/pages2 showed coded wrongly, tested on other invented
sentences: a chargé d'affaires summoned, expelled or recalled."""

from __future__ import annotations

import pytest

from support import countries


def coded(code, text, event_type):
    return [m for m in code(text) if m.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Chile's foreign ministry summoned Bolivia's chargé d'affaires on Monday.",
            "ACCUSE",
            "CHL",
            "BOL",
        ),
        (
            "Ghana summoned the Togolese charge d'affaires over the shooting.",
            "ACCUSE",
            "GHA",
            "TGO",
        ),
        ("Norway expelled Iran's chargé d'affaires on Friday.", "SANCTION", "NOR", "IRN"),
        (
            "Peru recalled its chargé d'affaires from Caracas after the vote.",
            "SANCTION",
            "PER",
            "VEN",
        ),
    ],
)
def test_a_charge_d_affaires_is_an_envoy(code, text, event_type, actor, recipient):
    found = coded(code, text, event_type)
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation


GUESSED = (
    "Chile expelled two Bolivian diplomats on Tuesday over an espionage case, the Chilean "
    "government said. Bolivia called the decision hostile and Bolivian officials said La Paz "
    "would respond. The Bolivian embassy denied the charges. "
)


@pytest.mark.parametrize(
    ("last", "event_type"),
    [
        ("The foreign ministry summoned Bolivia's ambassador and handed him a note.", "ACCUSE"),
        ("The foreign minister later accused Bolivia of harbouring the spies.", "ACCUSE"),
    ],
)
def test_a_doer_of_no_named_country_is_not_its_own_target(code, last, event_type):
    found = [
        m for m in coded(code, GUESSED + last, event_type) if last[:30] in m.evidence.sentence_text
    ]
    assert found, [m.explanation for m in code(GUESSED + last)]
    assert countries(found[0].actor) == {"CHL"}, found[0].explanation
    assert countries(found[0].recipient) == {"BOL"}, found[0].explanation


def test_force_on_the_doers_own_people_keeps_the_guess(code):
    text = (
        "Bolivian officials met Chilean envoys in Santiago on Monday about the Bolivian claims. "
        "The Bolivian president spoke of Bolivian rights. "
        "The interior ministry detained two Bolivian activists on Tuesday."
    )
    found = [m for m in coded(code, text, "COERCE") if "detained" in m.evidence.sentence_text]
    assert found and countries(found[0].actor) == {"BOL"}, [m.explanation for m in code(text)]


def test_a_doer_of_no_named_country_may_judge_its_own_opposition(code):
    last = "The interior minister accused Bolivian opposition leaders of treason."
    found = [
        m for m in coded(code, GUESSED + last, "ACCUSE") if "treason" in m.evidence.sentence_text
    ]
    assert found and countries(found[0].actor) == {"BOL"}, [
        m.explanation for m in code(GUESSED + last)
    ]
