"""Date words that look ahead inside the "to" complement of a verb of asking ("urged both sides
*to sign* the accord *this week*", "called on supporters *to march* *from Monday*") date the act
asked for, not the request (rule date.requested_act): the request keeps the date the rest of
the story gives and stays asserted. Sentences written for these tests."""

from __future__ import annotations


def _one(code, text: str, published: str, trigger: str):
    (m,) = [e for e in code(text, published) if e.evidence.trigger.startswith(trigger)]
    return m


def test_starting_day_of_the_act_asked_for_is_not_the_request(code):
    # published on a Friday: "from Monday" is when the rallies are to start, not the past
    # Monday the call was made on
    text = "Chile's opposition leader called on her followers to hold rallies in every city from Monday."
    m = _one(code, text, "2026-05-08", "called")
    assert m.event_type == "REQUEST"
    assert m.date == "2026-05-08", m.explanation
    assert "date.requested_act" in m.date_rules


def test_coming_week_of_the_act_asked_for_keeps_the_request_asserted(code):
    m = _one(
        code, "France urged Iran to free the jailed aid worker next week.", "2026-05-08", "urged"
    )
    assert (m.event_type, m.modality, m.date) == ("REQUEST", "asserted", "2026-05-08"), (
        m.explanation
    )


def test_request_dated_to_the_story_day_not_the_deadline_month(code):
    text = (
        "Ghana and Togo quarrelled over fishing rights on Monday.\n\n"
        "Ghana's foreign minister asked Togo to withdraw its patrol boats in July."
    )
    m = _one(code, text, "2026-05-08", "asked")
    assert m.date == "2026-05-04", m.explanation


def test_the_requests_own_day_still_dates_it(code):
    text = "France on Tuesday urged Iran to free the jailed aid worker next week."
    m = _one(code, text, "2026-05-08", "urged")
    assert m.date == "2026-05-05", m.explanation
