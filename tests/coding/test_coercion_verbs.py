"""Verbs of coercion (CAMEO 17x) from PETRARCH-2's coercion blocks and general usage that the
lexicon lacked (triggers.tsv, COERCE section)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Greek authorities requisitioned three ferries on Monday to move troops.", "1711"),
        ("A court in Ankara fined the opposition newspaper on Tuesday.", "172"),
        ("Police quelled the protest in Minsk on Sunday.", "175"),
        ("The junta in Niger proscribed the main opposition party on Friday.", "1722"),
        ("The Bolivian government commandeered two fuel tankers on Monday.", "171"),
    ],
)
def test_coercion_verbs_are_events(code, text, want):
    ms = code(text)
    assert [m.cameo for m in ms] == [want], [m.explanation for m in ms]


def test_a_warning_to_requisition_workers_is_a_threat(code):
    ms = code(
        "The French government warned that it could requisition refinery workers if the "
        "strike continued."
    )
    assert [m.event_type for m in ms] == ["THREATEN"], [m.explanation for m in ms]


def test_suppressing_no_protest_is_no_event(code):
    assert code("Officials said the new rules would suppress appetite for risky loans.") == []


def test_concern_at_another_partys_acts_is_no_event(code):
    # a documented choice (triggers.tsv, ACCUSE section): CAMEO 012, no PLOVER event
    ms = code("The Norwegian foreign minister said she was deeply concerned by Serbia's actions.")
    assert ms == [], [m.explanation for m in ms]
