"""A past-tense verb joined to a reported clause is the speaker's act when that clause has a
modal ("X said Y must leave and accused Y") or only judges with 'be' and the verb is a statement
addressed to someone ("X said the vote was flawed and called on Y"): rule actor.judgment_sayer.
Another act after a copula stays the reported subject's. Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-14"


def _one(code, text: str, trigger: str):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        (
            "India's foreign ministry said Pakistan must stop arming militants, and accused "
            "Islamabad of shelling border villages.",
            "accused",
            "IND",
        ),
        (
            "Chile's president said Peru should withdraw the decree and urged Lima to hold talks.",
            "urged",
            "CHL",
        ),
        (
            "The European Union said the court's ruling was a matter of serious concern and "
            "called on Azerbaijan to release the journalists.",
            "called on",
            "EUR",
        ),
    ],
)
def test_act_after_a_judged_or_obliged_clause_is_the_sayers(code, text, trigger, actor):
    m = _one(code, text, trigger)
    assert actor in {(a.country or "") for a in m.actor}, m.explanation
    # a modal clause's case is also actor.sayer_conjunct's, which is tried first
    assert any(f"[actor.{r}]" in m.explanation for r in ("judgment_sayer", "sayer_conjunct"))


def test_other_act_after_a_copula_stays_the_reported_subjects(code):
    m = _one(
        code,
        "Kenyan officials said the rebels were well armed and attacked the border post at dawn.",
        "attacked",
    )
    assert "[actor.judgment_sayer]" not in m.explanation
    assert "REB" in {(a.sector or "") for a in m.actor}, m.explanation
