"""Wording families of unrest news that bench/data/unrest_snippets7.tsv measures: doers named by
a role the actor finder did not know (investigators, carabineros, gendarmes, riot squads, a
prefecture, thugs, vigilantes), nouns of killing and harm with their victims ('the killing of',
'the murder of', 'the stabbing of', 'the lynching of'), and the authorities' acts done to a
protest (broke up the sit-in, cleared or tore down the protest camp, dismantled the roadblocks),
which are their coercion or repression, not a protest of theirs (vocabulary
protest_ending_verbs); with look-alikes that stay as they were. Every text is written for these
tests."""

from __future__ import annotations

import pytest

from support import by_type, event_types


@pytest.mark.parametrize(
    ("text", "plover", "sector"),
    [
        (
            "Fraud investigators detained the former port director in Odesa on Monday.",
            "COERCE",
            "COP",
        ),
        (
            "Carabineros arrested eleven students outside the university in Valparaiso.",
            "COERCE",
            "COP",
        ),
        ("Gendarmes detained four men near the prefecture in Cayenne.", "COERCE", "COP"),
        (
            "The prefecture banned all gatherings in central Nantes for the weekend.",
            "COERCE",
            "GOV",
        ),
        ("Vigilantes flogged a shepherd in a village near Kano, Nigeria.", "ASSAULT", "UAF"),
    ],
)
def test_doers_named_by_role(code, text, plover, sector):
    event = by_type(code(text), plover)
    assert event.actor and event.actor[0].sector == sector


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The killing of three farm workers in Tolima has shocked Colombians.", "1823"),
        ("The lynching of a cattle trader in Alwar has shocked the district.", "1823"),
    ],
)
def test_nouns_of_killing_and_harm(code, text, cameo):
    assert by_type(code(text), "ASSAULT").cameo == cameo


@pytest.mark.parametrize(
    "text",
    [
        "The killing of time before the flight to Dakar was the hardest part.",
        "The killing of the bill in the Senate in Canberra surprised nobody.",
    ],
)
def test_guard_time_films_and_drums_are_no_violence(code, text):
    assert "ASSAULT" not in event_types(code(text))


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Police in Kumasi broke up the sit-in outside the regional assembly.", "COERCE"),
        ("Riot police cleared the protest camp outside the parliament in Skopje.", "COERCE"),
        ("Soldiers dismantled the barricades put up by striking miners in Oruro.", "COERCE"),
    ],
)
def test_an_act_done_to_a_protest_is_the_authorities(code, text, plover):
    mentions = code(text)
    top = max(mentions, key=lambda m: m.confidence)
    assert top.event_type == plover
    # the protest noun does not take the police or the soldiers as its doers
    assert not any(
        m.event_type == "PROTEST" and m.actor and m.actor[0].sector in ("COP", "MIL")
        for m in mentions
    )


def test_guard_protesters_clearing_a_road_do_nothing_coercive(code):
    # the particle rows need their objects: clearing snow or a debt is no coercion
    assert "COERCE" not in event_types(
        code("Volunteers cleared the snow from the roads in Almaty.")
    )
