"""History told as background: acts dated by the time a sentence names well before
publication, not by the story's current day (rules date.text_terms,
date.counted_from_period, modality.before_history). Sentences written for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-10"


def _of(mentions, plover: str, word: str):
    found = [m for m in mentions if m.event_type == plover and word in m.evidence.trigger]
    assert found, [(m.event_type, m.evidence.trigger) for m in mentions]
    return found[0]


# date.text_terms (background32 wrote the same rule as date.terms_of_text; one kept)


def test_terms_of_an_old_protocol_are_history(code):
    text = (
        "Uganda asked Kenya on Monday to respect a 1998 protocol under which Kenya agreed "
        "to give Uganda free passage."
    )
    found = code(text, PUBLISHED)
    terms = _of(found, "AGREE", "agreed")
    assert terms.modality == "historical"
    assert terms.date == "1998"
    assert "[date.text_terms]" in terms.explanation
    asking = _of(found, "REQUEST", "asked")
    assert asking.modality == "asserted"
    assert asking.date == "2026-05-04"


def test_terms_clause_with_its_own_date_keeps_it(code):
    """The terms clause takes the text's year only when it has no date words of its own."""
    old = (
        "Egypt on Monday urged Sudan to honour the 1959 accord under which Sudan "
        "promised to share the river's water."
    )
    terms = _of(code(old, PUBLISHED), "AGREE", "promised")
    assert terms.date == "1959"
    assert "[date.text_terms]" in terms.explanation
    text = (
        "Greece on Tuesday urged Turkey to honour the 1923 treaty under which Turkey "
        "promised in 1930 to protect the Greek minority."
    )
    pledge = _of(code(text, PUBLISHED), "AGREE", "promised")
    assert pledge.date == "1930"
    assert "[date.text_terms]" not in pledge.explanation


# date.counted_from_period


def test_days_counted_from_a_year_named_in_the_sentence(code):
    text = (
        "In 2015, soldiers stormed the parliament in Bamako and the president resigned "
        "five days later."
    )
    resigned = _of(code(text, PUBLISHED), "RETREAT", "resigned")
    assert resigned.modality == "historical"
    assert resigned.date == "2015"
    assert "[date.counted_from_period]" in resigned.explanation


@pytest.mark.candidates("checks the day given to a reading that is below the default threshold")
def test_days_counted_from_an_old_month_not_the_story_day(code):
    text = (
        "Peru recalled its envoy to Quito on Monday. In March 2019 the two armies "
        "exchanged fire at the frontier and Ecuador closed the crossing three days later."
    )
    closed = _of(code(text, PUBLISHED), "COERCE", "closed")
    assert closed.modality == "historical"
    assert (closed.date or "").startswith("2019")


def test_days_counted_from_the_story_day_stay_current(code):
    """Recent past stays current news; an old year before the count moves it to that year."""
    old = "Peru recalled its envoy in 2017. Ecuador closed the crossing two days later."
    assert _of(code(old, PUBLISHED), "COERCE", "closed").modality == "historical"
    text = "Peru recalled its envoy to Quito on Monday. Ecuador closed the crossing two days later."
    closed = _of(code(text, PUBLISHED), "COERCE", "closed")
    assert closed.modality == "asserted"
    assert closed.date == "2026-05-06"
    assert "[date.counted_from_period]" not in closed.explanation


# modality.before_history


def test_act_months_before_an_old_act_is_history(code):
    text = (
        "Chad sent troops to Niger in 2015, months after Boko Haram fighters attacked "
        "Nigerian towns."
    )
    attack = _of(code(text, PUBLISHED), "ASSAULT", "attacked")
    assert attack.modality == "historical"
    assert attack.date is None
    assert "[modality.before_history]" in attack.explanation


def test_act_weeks_before_a_current_act_stays_asserted(code):
    """Before a current act: asserted; before an old one (the same words): history."""
    old = (
        "Chad sent troops to Niger in 2016, weeks after Boko Haram fighters attacked "
        "Nigerian towns."
    )
    assert _of(code(old, PUBLISHED), "ASSAULT", "attacked").modality == "historical"
    text = (
        "Chad sent troops to Niger on Monday, weeks after Boko Haram fighters attacked "
        "Nigerian towns."
    )
    attack = _of(code(text, PUBLISHED), "ASSAULT", "attacked")
    assert attack.modality == "asserted"
    assert "[modality.before_history]" not in attack.explanation


# date.before_happening: date words right after a later happening


def test_day_after_a_coming_happening_is_not_the_act_of_last_year(code):
    text = (
        "Police detained 30 students ahead of the referendum on 3 July, the interior ministry said."
    )
    detained = _of(code(text, PUBLISHED), "COERCE", "detained")
    assert detained.modality == "asserted"
    assert not (detained.date or "").startswith("2025")
    assert "[date.before_happening]" in detained.explanation
    recent = "Police detained 30 students ahead of the referendum on 3 March."
    assert _of(code(recent, PUBLISHED), "COERCE", "detained").date == "2026-03-03"


# date.shared: a past act joined to a planned one


def test_past_act_joined_to_a_planned_one_keeps_its_own_time(code):
    text = "Mexico said it would send aid to Cuba in January and urged other countries to help."
    found = code(text, PUBLISHED)
    urged = _of(found, "REQUEST", "urged")
    assert urged.modality == "asserted"
    assert urged.date == PUBLISHED
    assert _of(found, "AGREE", "send").modality == "future"


# date.perfect: a present-perfect relative clause holds up to now


def test_perfect_relative_clause_does_not_take_the_old_year(code):
    text = "A tribunal ruled in 2016 that the islands belong to Malaysia, a ruling Indonesia has never accepted."
    accepted = next(m for m in code(text, PUBLISHED) if "accepted" in m.evidence.trigger)
    assert not (accepted.date or "").startswith("2016")
    assert accepted.modality != "historical"
