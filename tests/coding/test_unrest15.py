"""Unrest wording families of the unrest15 branch: an act told in a second sentence whose doer
is "they", the plural subject of a sentence before that told no act (a group of people, armed
men, a count of workers, a passive subject with no agent), and a protest told as the purpose
of a clause the small model misparses ("kept their stalls shut ... to protest", "for a week to
protest"), everyday people harming each other, groups going somewhere with a demand (a convoy,
a column, a caravan; "set off"), a strike answering a caller's call, baggage handlers."""

from __future__ import annotations

import pytest

from support import asserted_of as _of
from support import mention_rows as _types


@pytest.mark.parametrize(
    ("text", "kind", "iso"),
    [
        (
            "Masked men waited outside the court in Lahore. Then they beat two reporters.",
            "ASSAULT",
            "PAK",
        ),
        (
            "Dockworkers in Mombasa were laid off in January. "
            "On Friday they blocked the gates of the port.",
            "PROTEST",
            "KEN",
        ),
        (
            "Armed men surrounded a farm near Gao on Sunday night. They shot dead four farmers.",
            "ASSAULT",
            "MLI",
        ),
    ],
)
def test_they_takes_up_the_group_named_just_before(code, text, kind, iso):
    ms = _of(code(text), kind)
    assert ms, _types(code(text))
    assert any(a.country == iso for m in ms for a in m.actor), _types(ms)


def test_they_is_not_the_group_acted_on(code):
    """The sentence before names another plural party outside its subject: "they" may be
    either, so the earlier subject is not taken up."""
    ms = code(
        "Soldiers stopped a lorry carrying traders near Gao on Sunday. They shot dead four farmers."
    )
    assert not any(
        a.sector == "REB" or (a.text or "").lower() == "soldiers" for m in ms for a in m.actor
    ), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Butchers in Kumasi kept their stalls shut on Friday to protest against the levy.",
        "Butchers in Tamale shut their stalls for an entire day to protest against the levy.",
    ],
)
def test_purpose_of_a_misparsed_clause_is_its_doers_protest(code, text):
    ms = _of(code(text), "PROTEST")
    assert ms and all(m.actor for m in ms), _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rival herders in Turkana attacked each other with spears.",
        "Fishermen from two villages near Kisumu attacked one another with machetes.",
    ],
)
def test_everyday_people_harming_each_other(code, text):
    ms = _of(code(text), "ASSAULT")
    assert ms and all(m.actor for m in ms), _types(code(text))


def test_teams_attacking_each_other_stay_no_event(code):
    ms = code("The two teams attacked each other in the second half.")
    assert not any(m.event_type == "ASSAULT" for m in ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "A column of pensioners headed to the parliament in Bucharest to denounce the pension cuts.",
        "A caravan of farmers set out from Nashik to demand loan waivers.",
    ],
)
def test_a_group_going_somewhere_to_demand_marches(code, text):
    ms = _of(code(text), "PROTEST")
    assert ms and all(m.actor for m in ms), _types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "A convoy of lorries carrying grain drove into Aden on Friday.",
        "The minister set off for Brussels to demand a better deal.",
    ],
)
def test_a_journey_is_no_march(code, text):
    ms = code(text)
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_a_strike_answering_a_call_is_the_callers(code):
    ms = _of(
        code("Offices stayed shut in Lahore in answer to the traders' strike call."), "PROTEST"
    )
    assert ms and any(a.country == "PAK" for m in ms for a in m.actor), _types(ms)


def test_an_unheeded_call_is_no_strike(code):
    ms = code("The opposition's boycott call went largely unheeded in Dhaka.")
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_baggage_handlers_strike(code):
    ms = _of(code("Luggage piled up at the airport in Rome when handlers walked out."), "PROTEST")
    assert ms and all(m.actor for m in ms), _types(ms)
