"""When did it happen: "the day after" a clause (rule date.day_after_clause), a stretch of
months (rule date.month_range) and a future seen from an old time (rule date.past_future).
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from communique.coding.dates import find_dates, is_history, resolve


def _one(code, text, when, trigger):
    found = [e for e in code(text, when) if e.evidence.trigger.startswith(trigger)]
    assert found, [e.evidence.trigger for e in code(text, when)]
    return found[0]


# --- date.day_after_clause -------------------------------------------------------------------


def test_the_day_after_a_clause_counts_its_act_back_one_day(code):
    m = _one(
        code,
        "Protests erupted in the Ruritanian capital on 12 March, the day after police "
        "arrested a popular opposition singer.",
        "2024-03-15",
        "arrested",
    )
    assert m.date == "2024-03-11"
    assert "[date.day_after_clause]" in m.explanation


def test_the_day_after_a_clause_counted_from_the_main_verbs_weekday(code):
    m = _one(
        code,
        "Ruritania expelled the Freedonian ambassador on Thursday, the day after Freedonia's "
        "navy seized two Ruritanian trawlers.",
        "2024-03-15",
        "seized",
    )
    assert m.date == "2024-03-13"
    assert "[date.day_after_clause]" in m.explanation


def test_a_day_after_still_counted_back(code):
    """Guard: 'a day after' keeps its own rule (date.counted_back)."""
    m = _one(
        code,
        "Freedonian troops shelled the port on Wednesday, a day after Ruritania's navy seized "
        "two Freedonian trawlers.",
        "2024-03-15",
        "seized",
    )
    assert m.date == "2024-03-12"
    assert "[date.counted_back]" in m.explanation


# --- date.month_range ------------------------------------------------------------------------


def _range(text: str, published: date, future: bool = False):
    (expr,) = [d for d in find_dates(text) if d.kind == "month_range"]
    return resolve(expr, published, future)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        ("killed 30 people between April and September", date(2026, 11, 26), "2026-04", "2026-09"),
        ("held them from November to February", date(2026, 3, 10), "2025-11", "2026-02"),
        ("between March and May 2019", date(2026, 3, 10), "2019-03", "2019-05"),
        ("from October 2018 to March", date(2026, 3, 10), "2018-10", "2019-03"),
        ("between August and October", date(2026, 3, 10), "2025-08", "2025-10"),
    ],
)
def test_month_range_resolves_first_and_last_month(text, published, start, end):
    got = _range(text, published)
    assert (got.date, got.precision, got.end) == (start, "month", end)


def test_month_range_is_history_by_its_last_month():
    recent = _range("between April and September", date(2026, 11, 26))
    old = _range("between January and March", date(2026, 11, 26))
    assert not is_history(recent, date(2026, 11, 26))
    assert is_history(old, date(2026, 11, 26))


def test_lower_case_month_words_are_no_range():
    assert not [d for d in find_dates("between may and june") if d.kind == "month_range"]


def test_killings_over_a_stretch_of_months_dated_to_it_and_current(code):
    m = _one(
        code,
        "Freedonian soldiers killed at least 30 civilians in the north between June and "
        "October, according to a report issued on Tuesday.",
        "2026-11-26",
        "killed",
    )
    assert m.date == "2026-06"
    assert m.modality == "asserted"
    assert "[date.month_range]" in m.explanation


def test_old_stretch_of_months_is_history(code):
    m = _one(
        code,
        "Ruritanian police detained 400 students between March and May 2019.",
        "2026-11-26",
        "detained",
    )
    assert (m.date, m.modality) == ("2019-03", "historical")


# --- date.past_future ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "Ruritania banned Freedonian wine in 2013, weeks before Freedonia was to initial its "
            "trade agreement with the EU.",
            "initial",
            "2013",
        ),
        (
            "In March 2015 the Ruritanian president announced that his country would sign a "
            "defence pact with Freedonia.",
            "sign",
            "2015-03",
        ),
    ],
)
def test_future_seen_from_an_old_time_is_history(code, text, trigger, day):
    m = _one(code, text, "2026-11-26", trigger)
    assert m.modality == "historical"
    assert m.date == day
    assert m.event_type == "AGREE"
    assert "[date.past_future]" in m.explanation


def test_future_told_from_a_recent_day_stays_future(code):
    """Guard: a plan told on a recent day is still to come."""
    m = _one(
        code,
        "The Ruritanian president said on Tuesday that his country would sign a defence pact "
        "with Freedonia.",
        "2026-11-26",
        "sign",
    )
    assert m.modality == "future"
    assert "[date.past_future]" not in m.explanation
