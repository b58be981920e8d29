"""Dates of events told in an "after" clause: the clause's own date words (rule
date.clause_words) and meetings that are the occasion of a statement (rule
date.statement_occasion). Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-15"  # a Friday


def _one(code, text, trigger):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "Chilean farmers called a national strike for May 2, after the government rejected "
            "their demand on Tuesday to cut fuel taxes.",
            "rejected",
            "2024-03-12",
        ),
        (
            "After two days of talks in the capital on Wednesday, the defence ministers of Peru "
            "and Bolivia agreed to a ceasefire.",
            "talks",
            "2024-03-13",
        ),
    ],
)
def test_after_clause_keeps_its_own_date_words(code, text, trigger, day):
    m = _one(code, text, trigger)
    assert m.date == day
    assert "[date.clause_words]" in m.explanation


def test_after_clause_without_date_words_still_dated_before_its_main_event(code):
    m = _one(
        code, "Egypt recalled its ambassador on Friday after Sudan seized two boats.", "seized"
    )
    assert m.date == "2024-03"
    assert "[date.before_event]" in m.explanation


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "Chile and Argentina agreed on Tuesday to open two border crossings, the two "
            "governments said after talks in Santiago.",
            "talks",
            "2024-03-12",
        ),
        (
            "The foreign ministers of Norway and Sweden told reporters after a meeting in Oslo "
            "that they would resume flights.",
            "meeting",
            "2024-03-15",
        ),
    ],
)
def test_meeting_before_a_statement_is_on_the_statement_day(code, text, trigger, day):
    m = _one(code, text, trigger)
    assert m.date == day
    assert "[date.statement_occasion]" in m.explanation


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The opposition party rejected the verdict and accused President Ruto of using the "
            "courts to remove a rival before next year's election.",
            "accused",
        ),
        ("Zambian police detained 12 activists before Sunday's vote.", "detained"),
    ],
)
def test_a_later_happening_does_not_date_the_act(code, text, trigger):
    m = _one(code, text, trigger)
    assert m.modality == "asserted"
    assert m.date == PUBLISHED
    assert "[date.before_happening]" in m.explanation


def test_present_tense_relative_clause_does_not_date_the_event(code):
    text = (
        "The envoy met the junta leader, according to a statement from Indonesia, which chairs "
        "ASEAN this year."
    )
    m = _one(code, text, "met")
    assert m.date == PUBLISHED
    assert "[date.standing_relative]" in m.explanation


def test_a_relative_clause_of_an_event_noun_keeps_its_date(code):
    m = _one(code, "Chile criticised Peru's military drills, which begin on Monday.", "military")
    assert m.date != PUBLISHED
