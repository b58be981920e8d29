"""Readings the story benches' extra events showed to be no event or a wrong one (precision):
a meeting with no second party, ... Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Kenyan cabinet will meet in Nairobi on Friday to discuss the drought.", "meet"),
        ("NATO ambassadors will meet in Brussels on Thursday to discuss the request.", "meet"),
    ],
)
def test_a_meeting_with_no_second_party_is_no_event(code, text, word):
    # filter.no_counterpart: a body's own session
    assert not [m for m in code(text) if word in m.evidence.trigger]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministers of Peru and Chile held talks in Lima on Tuesday.",
        "Germany's foreign minister visited Kyiv on Tuesday.",
        "Kenya's trade minister met the bloc's trade commissioner in Brussels on Monday.",
        "NAIROBI - Kenya's foreign minister met his Ugandan counterpart on Monday. "
        "The two ministers will meet again in Kampala next month.",
    ],
)
def test_a_meeting_of_two_parties_stays(code, text):
    found = [m for m in code(text) if m.event_type in ("CONSULT", "AGREE")]
    assert found  # a partner named, resolved or not, or doers of two parties
    if "again" in text:
        assert any(m.cameo == "036" for m in found)


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
