"""Readings a story's gold forbids, on invented text: the party a rally or a show of solidarity
backs is named in its own phrase ("in support of X", "in solidarity with X"), so the story's
counterpart (the other side of its dispute) is not assumed as its target (rule
recipient.supported_party). Sentences written for these tests."""

from __future__ import annotations

from support import named_countries as _countries

PUBLISHED = "2025-06-12"


def _support(found, words: str):
    return [m for m in found if m.event_type == "SUPPORT" and words in m.evidence.sentence_text]


def test_rally_in_support_of_a_named_state_targets_it(code):
    found = code(
        "Several hundred students gathered outside the Chinese embassy in Manila on Monday and "
        "rallied in support of Vietnam.",
        PUBLISHED,
    )
    hits = _support(found, "rallied in support of Vietnam")
    assert hits, [(m.event_type, m.explanation) for m in found]
    assert {"VNM"} <= _countries(hits[0].recipient), hits[0].explanation
    assert "recipient.supported_party" in hits[0].explanation


def test_rally_for_the_home_government_is_not_aimed_at_the_story_counterpart(code):
    found = code(
        "Chad ordered Germany's ambassador out of the country on Monday. Berlin said it "
        "regretted the step. On Wednesday thousands of people in N'Djamena rallied in support "
        "of the Chadian authorities.",
        PUBLISHED,
    )
    hits = _support(found, "people in N'Djamena")
    assert hits, [(m.event_type, m.explanation) for m in found]
    assert all("DEU" not in _countries(m.recipient) for m in hits), hits[0].explanation
    assert {"TCD"} <= _countries(hits[0].recipient), hits[0].explanation


def test_solidarity_with_the_named_party_when_the_parser_hangs_it_on_the_verb(code):
    found = code(
        "Armenia closed its border crossing with Azerbaijan on Sunday. Baku denounced the "
        "closure. Protesters in Yerevan rallied in solidarity with Georgia.",
        PUBLISHED,
    )
    hits = _support(found, "in solidarity with Georgia")
    assert hits, [(m.event_type, m.explanation) for m in found]
    assert all("AZE" not in _countries(m.recipient) for m in hits), hits[0].explanation
    assert any("GEO" in _countries(m.recipient) for m in hits), hits[0].explanation


def test_standing_in_solidarity_with_a_party_stays_aimed_at_it(code):
    found = code(
        "Estonia stood in solidarity with Moldova on Friday, its president said.", PUBLISHED
    )
    hits = _support(found, "in solidarity with Moldova")
    assert hits and {"MDA"} <= _countries(hits[0].recipient), [m.explanation for m in found]
