"""Noun triggers' doers: a city or capital that names where an event was held is no doer."""

from __future__ import annotations

import pytest

from support import countries


@pytest.mark.parametrize(
    "text",
    [
        "The Madrid talks ended without an agreement on Monday.",
        "The Lima summit closed on Friday without a statement.",
    ],
)
def test_a_place_modifying_an_event_noun_is_not_its_doer(code, text):
    assert all(not (countries(m.actor) & {"ESP", "PER"}) for m in code(text)), [
        m.explanation for m in code(text)
    ]


def test_a_country_modifying_an_event_noun_still_is(code):
    ms = [m for m in code("The U.S. blockade of Cuba continued on Monday.")]
    assert ms and countries(ms[0].actor) == {"USA"} and countries(ms[0].recipient) == {"CUB"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Egyptian minister called the attack cowardly.", "EGY"),
        ("The Egyptian minister described the attack as cowardly.", "EGY"),
        ("Kenyan officials confirmed the attack on Monday.", "KEN"),
        ("The Spanish king remembered the bombing of Guernica.", "ESP"),
    ],
)
def test_who_speaks_of_or_remembers_an_attack_is_not_its_doer(code, text, speaker):
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert all(speaker not in countries(m.actor) for m in ms), [m.explanation for m in ms]


def test_who_launches_an_attack_or_air_strikes_is_its_doer(code):
    (m,) = code("The Nigerian army launched an attack on Boko Haram.")
    assert m.event_type == "ASSAULT" and countries(m.actor) == {"NGA"}
    (m,) = code("Ethiopia carried out air strikes in Tigray.")
    assert m.event_type == "ASSAULT" and countries(m.actor) == {"ETH"}


@pytest.mark.parametrize(
    ("text", "kind", "parties"),
    [
        ("Fighting broke out between Azerbaijani and Armenian troops.", "ASSAULT", {"AZE", "ARM"}),
        ("Talks were held between Ethiopia and Egypt on the dam.", "CONSULT", {"ETH", "EGY"}),
    ],
)
def test_between_hung_on_the_verb_names_the_parties_of_the_event(code, text, kind, parties):
    ms = [m for m in code(text) if m.event_type == kind]
    assert ms and countries(ms[0].actor) == parties, [m.explanation for m in code(text)]


def test_members_observing_a_strike_do_it(code):
    text = "The union said 90 percent of its members observed the strike in Nigeria."
    ms = [m for m in code(text) if m.event_type == "PROTEST"]
    assert ms and countries(ms[0].actor) == {"NGA"}, [m.explanation for m in code(text)]
