"""Event types of wordings that wire copy uses often: "would take necessary measures to
safeguard its rights" (a veiled threat, CAMEO 130), a missile fired from a launch site with no
target (a weapons test, a show of force, CAMEO 150, not an attack), and "according to" after a
verb of agreement ("struck ..., according to X" is no accord struck, CAMEO 057).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import top

CASES = [
    (
        "Lithuania said it would take all necessary measures to safeguard its sovereignty.",
        "THREATEN",
        "130",
    ),
    (
        "Beijing said it firmly opposed the export curbs and would take resolute measures "
        "to defend the rights of Chinese firms.",
        "THREATEN",
        "130",
    ),
    (
        "North Korea fired an intercontinental missile from a launch site near Pyongyang on Friday.",
        "MOBILIZE",
        "150",
    ),
]


@pytest.mark.parametrize(("text", "etype", "cameo"), CASES)
def test_type_from_wording(code, text, etype, cameo):
    m = next((m for m in code(text) if m.event_type == etype), None) or top(code(text))
    assert (m.event_type, m.cameo) == (etype, cameo), m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry said it would take necessary measures to contain the outbreak.",
        "The city council will take appropriate measures to clear the snow.",
    ],
)
def test_measures_against_a_domestic_problem_are_no_threat(code, text):
    assert all(m.event_type != "THREATEN" for m in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijani forces fired missiles at Armenian positions near Jermuk on Sunday.",
        "Hezbollah fired rockets from southern Lebanon into northern Israel on Friday.",
    ],
)
def test_missiles_fired_at_a_target_still_attack(code, text):
    assert all(m.cameo != "150" for m in code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Saudi aircraft struck a market in Saada, killing 12 people, according to the health ministry.",
        "Russian drones struck a fuel depot in Odesa on Sunday, according to the governor.",
        "Over 9,000 migrants have reached Lampedusa this year, according to Italian figures.",
    ],
)
def test_according_to_is_no_accord_struck(code, text):
    assert all(m.cameo not in ("057", "032") for m in code(text))


def test_striking_an_accord_is_still_an_agreement(code):
    m = top(code("Peru and Chile struck an accord on fishing rights in Lima."))
    assert m.cameo == "057", m.explanation
