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


def test_troops_supported_by_foreign_instructors_is_military_cooperation(code):
    # senses.tsv support 'military': help in the field (CAMEO 062), not an endorsement (051)
    text = (
        "The Chadian army said its troops, supported by French instructors, had pushed the "
        "rebels back from Abeche."
    )
    found = [m for m in code(text) if "supported" in m.evidence.trigger]
    assert [(m.event_type, m.cameo) for m in found] == [("COOPERATE", "062")]


def test_a_party_supporting_a_bill_is_still_an_endorsement(code):
    found = [m for m in code("Britain backed the French proposal on Monday.") if m.event_type]
    assert "SUPPORT" in [m.event_type for m in found]


def test_an_army_striking_enemy_operatives_is_an_attack_not_a_labour_strike(code):
    # triggers.tsv: strike + a military target (operatives, commanders, launchers, posts)
    text = (
        "The Jordanian military said it had struck smugglers' operatives who were trying to "
        "cross the frontier from Syria."
    )
    found = [m for m in code(text) if "struck" in m.evidence.trigger]
    assert [m.event_type for m in found] == ["ASSAULT"]
