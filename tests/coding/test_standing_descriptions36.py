"""States and descriptions are no acts of the day (branch precision36): troops that remain or
are stationed somewhere in the simple present are a standing presence (rule
filter.standing_presence); a rate ("a year", "annually") is no date, so a simple-present
relative clause with one still describes its noun (rule filter.description); a subject
relative in the simple present describes its party by a standing stance or role ("lawmakers
who back the president"), while an object relative with a subject of its own ("which Uganda
denies") is that subject's stance, voiced now; and freed detainees or hostages who fly
somewhere make no visit (rule filter.motion_not_visit). Every text is written for these
tests."""

from __future__ import annotations

import pytest

from support import countries
from support import event_types as _types


def test_troops_that_remain_or_are_stationed_are_a_standing_presence(code):
    kept = code("Roughly 1,200 French soldiers remain in Chad, the defence ministry says.")
    assert "MOBILIZE" not in _types(kept)
    assert "MOBILIZE" not in _types(code("Turkish forces are stationed in the north of Cyprus."))
    # a date of a clause inside it (the host's deal) is no date of the presence
    kept = code(
        "British troops remain in Kenya, which signed a deal in 2019 to extend their training role."
    )
    assert "MOBILIZE" not in _types(kept)


def test_a_deployment_told_as_an_act_stays(code):
    kept = code("Turkish soldiers were stationed on the Syrian border last week.")
    assert "MOBILIZE" in _types(kept)
    (m,) = code("Germany will station a brigade in Lithuania from next year.")
    assert m.event_type == "MOBILIZE"
    assert countries(m.recipient) == {"LTU"}


def test_sanctions_that_remain_stay_a_sanction(code):
    kept = code("EU sanctions against Venezuela remain in place, a spokesman said.")
    assert _types(kept) == ["SANCTION"]


@pytest.mark.candidates("a state of alert is weak in confidence; its reading is checked")
def test_units_that_remain_on_alert_stay_an_alert(code):
    kept = code("Taiwanese units remain on alert, the defence ministry said on Friday.")
    assert [m.cameo for m in kept] == ["152"]


def test_a_rate_is_no_date_of_an_act(code):
    kept = code(
        "Canada, which sends Haiti about $90m in food aid annually, said nothing on Friday."
    )
    assert "AID" not in _types(kept)
    kept = code("Canada, which sends Haiti about $90m in food aid a year, said nothing on Friday.")
    assert "AID" not in _types(kept)


def test_an_aside_with_a_day_of_its_own_stays(code):
    (m,) = code("Canada, which sent Haiti $90m in food aid on Friday, said nothing more.")
    assert m.event_type == "AID"
    assert countries(m.recipient) == {"HTI"}


def test_a_subject_relative_describes_a_standing_stance(code):
    kept = code("The Ghanaian party that backs the Togolese president lost two seats in the vote.")
    assert "SUPPORT" not in _types(kept)
    kept = code(
        "The Ghanaian lawmakers who back the Togolese president lost their seats in the vote."
    )
    assert "SUPPORT" not in _types(kept)
    # the event noun of such a clause describes its noun too
    kept = code("The Swedish agency that licenses arms exports to Turkey met on Friday.")
    assert "AID" not in _types(kept)


@pytest.mark.candidates("the appeal read off the relative clause is weak; it must be gone")
def test_those_who_call_for_something_are_described(code):
    kept = code(
        "The Bolivian minister said he would not meet those who call for a blockade of La Paz."
    )
    assert "REQUEST" not in _types(kept)


def test_a_stance_with_its_own_subject_is_voiced_now(code):
    kept = code("Kenya accuses Uganda of backing the rebels, which Uganda denies.")
    assert _types(kept) == ["ACCUSE", "REJECT"]
    assert countries(kept[1].actor) == {"UGA"}
    kept = code(
        "Qatar, which supports the Libyan government, said it would hold talks with Turkey "
        "next week."
    )
    assert _types(kept) == ["AGREE"]


def test_orders_that_defy_a_court_stay_an_act(code):
    kept = code(
        "The Kenyan president's orders that defy the high court were struck down on Monday."
    )
    assert "REJECT" in _types(kept)


def test_freed_detainees_who_fly_on_make_no_visit(code):
    kept = code("Four of the freed Iranian detainees flew to Paris on Sunday.")
    assert "CONSULT" not in _types(kept)
    kept = code("Two of the Iranian hostages flew to Paris on Sunday.")
    assert "CONSULT" not in _types(kept)


def test_counted_officials_who_fly_abroad_still_visit(code):
    (m,) = code("Three of the Kenyan ministers flew to Kampala on Tuesday for talks.")
    assert m.event_type == "CONSULT"
    assert countries(m.recipient) == {"UGA"}
