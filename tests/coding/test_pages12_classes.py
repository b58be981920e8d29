"""General errors bench/stories/pages12 showed, on invented sentences: the future of reported
speech ("would ... when ministers meet on Monday") dates a present-tense time clause forward,
"the release of X" names who was set free (not the doer), and ODIHR is the OSCE's (IGO)."""

from __future__ import annotations

from support import countries as _countries


def test_would_with_a_present_time_clause_is_a_coming_meeting(code):
    text = "Ghana would raise the dispute when the foreign ministers of Ghana and Togo meet in Accra on Friday."
    found = [m for m in code(text, "2023-05-10") if {"GHA", "TGO"} <= _countries(m.actor)]
    assert found
    for m in found:
        assert m.modality == "future", (m.event_type, m.modality, m.date)
        assert m.date is None or m.date >= "2023-05-10", m.date


def test_the_release_of_nationals_names_the_released(code):
    found = [
        m
        for m in code("Oman secured the release of three French nationals on Monday.")
        if m.event_type == "RETREAT"
    ]
    assert found
    for m in found:
        assert "FRA" not in _countries(m.actor), m.actor
        assert "FRA" in _countries(m.recipient), m.recipient


def test_the_withdrawal_of_troops_still_names_the_doer(code):
    found = [
        m
        for m in code("The withdrawal of Russian troops from Moldova began on Monday.")
        if m.event_type == "RETREAT"
    ]
    assert found and all("RUS" in _countries(m.actor) for m in found)


def test_odihr_is_the_osce(code):
    found = [
        m
        for m in code("ODIHR observers criticised Armenia's electoral commission on Monday.")
        if m.event_type == "ACCUSE"
    ]
    assert found and all(_countries(m.actor) == {"IGO"} for m in found)


def test_a_time_clause_far_below_would_is_still_a_coming_meeting(code):
    text = (
        "Lisbon said it would ask its partners to impose sanctions on the officials involved "
        "when EU ministers meet in Brussels on Monday."
    )
    found = [m for m in code(text, "2023-05-10") if m.event_type in ("CONSULT", "AGREE")]
    assert found
    for m in found:
        assert m.modality == "future", (m.event_type, m.modality, m.date)
