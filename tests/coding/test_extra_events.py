"""Readings the story benches' extra events showed to be no event or a wrong one (precision):
a negated promise, ... Sentences written for these tests."""

from __future__ import annotations

import pytest


def test_a_promise_not_to_use_force_is_no_threat(code):
    # recode.promised_act: the negated promised act is a pledge of restraint
    text = (
        "The presidents of Kenya and Uganda met in Geneva on Monday and promised not to use "
        "force against each other."
    )
    found = [m for m in code(text) if "promised" in m.evidence.trigger]
    assert found and all(m.event_type == "AGREE" for m in found)


def test_a_promise_to_act_still_takes_the_acts_code(code):
    m = next(m for m in code("Kenya promised to send troops to Haiti.") if m.event_type == "AGREE")
    assert m.cameo != "030"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "A video appeared to show Kenyan police officers striking students with batons "
            "outside the ministry.",
            "striking",
        ),
        ("Kenyan police beat protesters with clubs outside parliament on Tuesday.", "beat"),
    ],
)
def test_hitting_people_with_a_baton_or_club_is_a_beating(code, text, word):
    # senses.tsv 'beating': not a labour strike, not a game's "club"
    found = [m for m in code(text) if word in m.evidence.trigger]
    assert [(m.event_type, m.cameo) for m in found] == [("ASSAULT", "182")]


def test_teachers_striking_over_pay_is_still_a_strike(code):
    found = [m for m in code("Kenyan teachers are striking over pay.") if m.event_type]
    assert [m.event_type for m in found] == ["PROTEST"]
