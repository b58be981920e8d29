"""The armed forces' and state media's words for killing armed opponents ("eliminated",
"neutralised", "liquidated") are ASSAULT, and escaped prisoners "recaptured" are arrested
(COERCE 173), by the PLOVER and CAMEO definitions (triggers.tsv rows, branch passive40); a
partitive "among them" on the verb names no doer (actor.between)."""

from __future__ import annotations

from support import countries


def _of_type(ms, etype):
    return [m for m in ms if m.event_type == etype]


def test_armed_opponents_eliminated_or_neutralised_are_attacked(code):
    ms = code("Niger's army said on Sunday it had neutralised 23 jihadists near Tillaberi.")
    (strike,) = _of_type(ms, "ASSAULT")
    assert countries(strike.actor) == {"NER"}, strike.explanation
    ms = code("The Chadian army eliminated 15 insurgents near Lake Chad on Friday.")
    (strike,) = _of_type(ms, "ASSAULT")
    assert countries(strike.actor) == {"TCD"}, strike.explanation


def test_armed_opponents_eliminated_in_the_passive_have_no_doer(code):
    ms = code("Mali's state broadcaster said 30 fighters were eliminated near Menaka on Monday.")
    (strike,) = _of_type(ms, "ASSAULT")
    assert strike.actor == [], strike.explanation  # the broadcaster reports, it does not kill


def test_eliminated_duties_or_teams_are_no_attack(code):
    ms = code("The government eliminated import duties on rice from Vietnam.")
    assert not _of_type(ms, "ASSAULT")
    ms = code("Morocco were eliminated from the tournament by Spain on Tuesday.")
    assert not _of_type(ms, "ASSAULT")


def test_recaptured_prisoners_are_arrested(code):
    ms = code(
        "Thirty inmates broke out of a prison in Kabwe, Zambia, on Monday. "
        "Nine of the inmates have since been recaptured."
    )
    (taken,) = [m for m in ms if m.cameo.startswith("173")]
    assert countries(taken.recipient) == {"ZMB"}, taken.explanation
    ms = code("Police in Uganda recaptured six escapees near Gulu on Tuesday.")
    (taken,) = [m for m in ms if m.cameo.startswith("173")]
    assert countries(taken.actor) == {"UGA"}, taken.explanation


def test_a_recaptured_town_stays_an_attack(code):
    ms = code("Rebels recaptured the town of Kidal in Mali on Monday.")
    assert [m for m in ms if m.cameo == "190"]
    assert not [m for m in ms if m.cameo.startswith("173")]


def test_among_them_names_part_of_the_victims_not_a_doer(code):
    ms = code(
        "In a raid on a camp in Borno, Nigeria, on Saturday, 30 insurgents were eliminated, "
        "among them two commanders, the army said."
    )
    (strike,) = _of_type(ms, "ASSAULT")
    assert "[actor.between]" not in strike.explanation, strike.explanation
