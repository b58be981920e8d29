"""General errors bench/stories/pages23 showed, on invented stories: a party named after its
country with a common noun before it ("the opposition Gambian Democratic Party"): the small
model parses the common noun as a second subject of the verb, and the coder took that bare noun
("opposition"), which names no country and so took the dateline's or the story's state; the name
that follows it is the subject."""

from __future__ import annotations

import pytest


def _show(found):
    return [
        (m.event_type, m.evidence.trigger, [p.code for p in m.actor], [p.code for p in m.recipient])
        for m in found
    ]


def _countries(parties):
    return {(p.country or (p.code or "")[:3]) for p in parties}


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_a_party_named_after_its_country_keeps_its_country_under_a_third_dateline(code):
    text = (
        "DAKAR, March 3 — Gambia signed a fisheries agreement with Mauritania on Monday. "
        "The opposition Gambian Democratic Party criticised the agreement."
    )
    found = code(text, "2025-03-03")
    accuse = [m for m in found if m.event_type == "ACCUSE"]
    assert accuse, _show(found)
    assert {"GMB"} == _countries(accuse[0].actor), _show(found)


def test_a_party_named_after_its_country_is_not_the_story_state(code):
    text = (
        "Ghana and Togo signed a border trade agreement in Accra on Tuesday. "
        "The opposition Gambian Democratic Party criticised the agreement."
    )
    found = code(text, "2025-03-05")
    accuse = [m for m in found if m.event_type == "ACCUSE"]
    assert accuse, _show(found)
    assert {"GMB"} == _countries(accuse[0].actor), _show(found)


def test_a_bare_opposition_still_takes_the_story_state(code):
    text = "Zambia's president signed a mining law on Monday. The opposition criticised the law."
    found = code(text, "2025-03-05")
    accuse = [m for m in found if m.event_type == "ACCUSE"]
    assert accuse, _show(found)
    assert "ZMB" in _countries(accuse[0].actor), _show(found)
