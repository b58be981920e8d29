"""Issue #12's second line of defence: a non-political page the story gate lets through meets
the coder itself. A nationality adjective before a person or group of sport, leisure, food,
entertainment or trade ("Latvian bakers", "Estonian clubs") says where they are from, not that
a state acts, so it gives no country actor (rule mention.leisure_head), while a role or body of
the lexicon ("Latvian police", "Estonian diplomats") keeps its country. Every sentence is
invented."""

from __future__ import annotations

import pytest

from communique.evaluate import code_texts


@pytest.mark.parametrize(
    "text",
    [
        "Latvian bakers complained about the price of flour at the county show.",
        "Estonian clubs have enquired about the teenage goalkeeper, the agent said.",
        "Two Slovak cyclists attacked on the last climb of the stage.",
        "A Danish couple rejected the first offer for their farmhouse.",
        "Croatian and Slovenian fans criticised the ticket prices for the final.",
        "Maltese shoppers praised the longer opening hours over the holidays.",
    ],
)
def test_nationality_on_leisure_people_names_no_state(text: str) -> None:
    coded = code_texts([text])[0]
    countries = {a.country for m in coded for a in m.actor if a.country}
    assert not countries, [(m.event_type, [a.code for a in m.actor]) for m in coded]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Latvian police detained four men at the port on Tuesday.", "COERCE", "LVA"),
        ("Estonian diplomats urged Russia to free the detained journalist.", "REQUEST", "EST"),
        ("Danish ministers criticised the commission's plan for farm subsidies.", "ACCUSE", "DNK"),
    ],
)
def test_nationality_on_political_head_keeps_its_state(
    text: str, event_type: str, country: str
) -> None:
    coded = code_texts([text])[0]
    assert any(
        m.event_type == event_type and any(a.country == country for a in m.actor) for m in coded
    ), [(m.event_type, [a.code for a in m.actor]) for m in coded]
