"""Nationality words on firms, trades, teams and works name no state, and peoples of the first
millennium do no current act (rules filter.private_nationality, filter.legendary_history).
Sentences written for these tests."""

from __future__ import annotations

import pytest

RUGBY = (
    "The Brazilians were better prepared for the final. "
    "The Brazilians accused the referee of ignoring every scrum offence in the first half. "
    "The coach said the players, the fans and the whole squad would remember the match, "
    "and the league will replay the final try on its channel after the tournament."
)
CINEMA = (
    "A Mexican drama about two sisters won the audience award at the film festival on Sunday, "
    "and the jury praised the actors, the soundtrack and the script. "
    "The Mexican drama beat an Argentine thriller to the top prize. "
    "The film opens in cinemas next month and the studio plans a series."
)


PUBLISHED = "2024-05-12"


def _types(code, text: str) -> list[str]:
    return [m.event_type for m in code(text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese firms denied the allegations of dumping.",
        "Swiss scientists accused the journal of rejecting the paper unfairly.",
        "An Austrian praised the volunteers who ran the marathon.",
        "A Canadian praised the hosts for the smooth organisation of the race.",
    ],
)
def test_nationality_of_firms_trades_and_persons_is_no_state(code, text):
    assert _types(code, text) == []


def test_plural_demonym_is_a_team_in_a_match_report(code):
    assert "ACCUSE" not in _types(code, RUGBY)


def test_works_named_by_nationality_are_no_states(code):
    assert code(CINEMA, PUBLISHED) == []


def test_first_millennium_traders_do_no_current_act(code):
    text = "Phoenician traders seized the island's harbour, according to the inscriptions."
    assert _types(code, text) == []


@pytest.mark.parametrize(
    ("text", "event", "expected"),
    [
        ("The Americans walked out of the talks on Tuesday.", "SANCTION", "USA"),
        ("Chinese officials denied the report.", "REJECT", "CHNGOV"),
        ("German troops attacked the village.", "ASSAULT", "DEUMIL"),
        ("Russian diplomats denied the report.", "REJECT", "RUSGOV"),
        ("The Iranian team walked out of the nuclear talks.", "SANCTION", "IRN"),
        (
            "Japanese carmakers criticised the new tariffs imposed by Washington.",
            "ACCUSE",
            "USAGOV",
        ),
    ],
)
def test_political_uses_keep_their_state(code, text, event, expected):
    ms = code(text, PUBLISHED)
    assert [m.event_type for m in ms] == [event]
    codes = [a.code or "" for m in ms for a in (*m.actor, *m.recipient)]
    assert any(c.startswith(expected) for c in codes)
