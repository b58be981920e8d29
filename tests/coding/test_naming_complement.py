"""A naming verb's second noun ("called X *an attack on* Y") is the name given to X: no "call
on" appeal (rule trigger.naming_complement) and no act of the namer (noun_arguments.observes).
Invented sentences."""

from __future__ import annotations

from support import code_story


def _events(nlp, text: str) -> list[tuple[str, list[str | None]]]:
    mentions, _ = code_story(nlp, text, "2026-05-04")
    return [(m.event_type, [a.country for a in m.actor]) for m in mentions]


def test_name_given_with_on_is_no_appeal(nlp):
    text = "Poland's premier called the shelling a deliberate attack on a member of NATO."
    assert "REQUEST" not in [t for t, _ in _events(nlp, text)]


def test_name_given_in_a_relative_clause_is_no_act_of_the_namer(nlp):
    text = (
        "Latvia shut the border post after the drone flights, which its president called a"
        " provocation on the alliance's frontier."
    )
    events = _events(nlp, text)
    assert ("COERCE", ["LVA"]) in events
    assert ("REQUEST", ["LVA"]) not in events


def test_appeals_and_called_strikes_stay(nlp):
    assert ("REQUEST", ["EST"]) in _events(nlp, "Estonia called on Russia to stop the flights.")
    text = "Nigerian unions called a general strike over fuel prices."
    assert "PROTEST" in [t for t, _ in _events(nlp, text)]


def test_name_given_is_no_act_once_the_appeal_is_gone(nlp):
    # without the "call on" reading the noun would take the namer as its doer
    text = (
        "Poland closed the rail crossing after the sabotage, which its premier called an"
        " attack on the alliance."
    )
    events = _events(nlp, text)
    assert ("COERCE", ["POL"]) in events
    assert not any(t in ("ASSAULT", "REQUEST") and actors == ["POL"] for t, actors in events)
