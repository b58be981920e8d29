"""Migration, refugee and humanitarian-access prose: bodies whose names hold event words,
denials of blocking aid, seats of charities. Every sentence is written for these tests
(published Friday 2023-05-12)."""

from __future__ import annotations


def _countries(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def test_an_event_word_inside_a_body_s_name_is_no_event(code):
    """filter.in_name: "Aid" in "the Humanitarian Aid Commission" names the body."""
    ms = code("Ruritania's Humanitarian Aid Commission said on Monday that 300 families had fled.")
    assert not [m for m in ms if m.event_type == "AID"]
    ms = code("The Freedonian Legal Aid Society said on Tuesday that it would help the migrants.")
    assert not [m for m in ms if m.evidence.trigger == "Aid"]
    # the word in lower case is still the act, and the body can receive it
    ms = code("Kenya's Humanitarian Aid Commission received aid from Japan on Monday.")
    aid = [m for m in ms if m.event_type == "AID"]
    assert len(aid) == 1 and _countries(aid[0].actor) == {"JPN"}
    assert aid[0].evidence.trigger == "aid"
