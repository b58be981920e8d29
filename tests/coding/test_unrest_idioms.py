"""Event verbs in senses that are no event (idioms.tsv): to "arrest" a process (the spread, the
bleeding, a decline) is to stop it, not to detain anyone; to "shoot" a commercial or a scene is to
film it. Real detentions and shootings next to them stay coded. Every text is written for these
tests."""

from __future__ import annotations

import pytest

from support import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Nurses arrested the bleeding of the injured hiker with a tourniquet.",
        "Kenyan health officials arrested the spread of cholera in two districts.",
    ],
)
def test_arresting_a_process_is_no_detention(code, text):
    assert "COERCE" not in event_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "The agency shot a television commercial for the bank in Nairobi.",
        "The firm shot an advertising campaign for the brand in Lima.",
    ],
)
def test_shooting_a_film_is_no_gunfire(code, text):
    assert "ASSAULT" not in event_types(code(text))


def test_real_arrests_and_shootings_stay_coded(code):
    assert "COERCE" in event_types(code("Police arrested the leader of the march in Lagos."))
    assert "ASSAULT" in event_types(
        code("Soldiers shot two students at the gate of the campus in Lahore.")
    )


def test_laying_down_tools_is_a_strike(code):
    mentions = code(
        "Bakers in Tunisia laid down their tools for two days in a row over flour prices."
    )
    assert "PROTEST" in event_types(mentions)
    assert code("The carpenter laid his tools on the bench and went home.") == []
    assert "PROTEST" not in event_types(
        code("Rebels in Colombia laid down their weapons under the accord.")
    )
