"""A protest its organisers announce, with no condition, is a protest still to come (PROTEST,
future), not a threat of protest (CAMEO 133): rule recode.planned_protest. A protest announced
for the case that the other side does not comply stays a threat. Every sentence is invented."""

from __future__ import annotations

import pytest


def _protests(events):
    return [e for e in events if e.event_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The farmers' union in Ruritania said its members would hold a rally outside the "
        "ministry on Thursday.",
        "Ruritania's opposition party said it will stage a march through the capital on Sunday.",
    ],
)
def test_an_announced_protest_is_a_protest_to_come(code, text):
    events = code(text, "2026-12-07")
    protests = _protests(events)
    assert protests, [(e.event_type, e.cameo, e.modality) for e in events]
    assert all(e.modality == "future" for e in protests)
    assert not [e for e in events if e.cameo == "133"]
    assert any("recode.planned_protest" in e.explanation for e in protests)


def test_a_protest_on_condition_stays_a_threat(code):
    events = code(
        "Ruritanian opposition parties said they would hold protests in the capital if the "
        "government did not free their leader.",
        "2026-12-07",
    )
    assert [e for e in events if e.event_type == "THREATEN" and e.cameo == "133"]
    assert not _protests(events)


def test_a_protest_held_stays_asserted(code):
    events = code("Thousands of Ruritanian farmers held a rally outside the ministry on Monday.")
    protests = _protests(events)
    assert protests and all(e.modality == "asserted" for e in protests)
    assert not any("recode.planned_protest" in e.explanation for e in protests)
