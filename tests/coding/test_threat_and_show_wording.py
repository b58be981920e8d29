"""Event types of three wordings that wire copy uses often: a delegation walking out of talks or
a session (a protest walkout, CAMEO 143, not a formal halt of negotiations, 164), "would take
necessary measures to safeguard its rights" (a veiled threat, CAMEO 130) and a missile fired from
a launch site with no target (a weapons test, a show of force, CAMEO 150, not an attack).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from support import top

CASES = [
    (
        "The Ruritanian delegation walked out of the peace talks in Vienna on Monday.",
        "PROTEST",
        "143",
    ),
    ("Opposition deputies walked out of the budget session in Lusaka.", "PROTEST", "143"),
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


def test_pulling_out_of_talks_still_halts_them(code):
    m = top(code("Honduras pulled out of the border talks with Nicaragua."))
    assert (m.event_type, m.cameo) == ("SANCTION", "164"), m.explanation
