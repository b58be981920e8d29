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


@pytest.mark.parametrize(
    "text",
    [
        "Estonia's sprinters complained about the wet track before the relay final.",
        "The Danish yacht was penalised by the jury for a foul at the first mark.",
        "Estonia drew 1-1 with Latvia in Tallinn on Saturday. The Estonian coach said his side "
        "had been punished for every mistake.",
        'Latvia lost 2-0 in Riga. "We defended well and then we got punished for a mistake," '
        "the Latvian coach said.",
        "Hungary's Kovacs won the open in Budapest. He launched a kingside attack and won in "
        "28 moves.",
    ],
)
def test_game_senses_and_national_sides_code_no_event(text: str) -> None:
    coded = code_texts([text])[0]
    assert not coded, [(m.event_type, m.evidence.trigger, [a.code for a in m.actor]) for m in coded]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rebels attacked an army post near the border town at dawn.", "ASSAULT"),
        ("The regime punished the protesters with long prison terms.", "COERCE"),
        ("The minister defended the decision to raise fuel taxes.", "SUPPORT"),
    ],
)
def test_political_senses_stay(text: str, event_type: str) -> None:
    coded = code_texts([text])[0]
    assert any(m.event_type == event_type for m in coded), [
        (m.event_type, m.evidence.trigger) for m in coded
    ]
