"""A story filed from a city that is no hub (a third state's capital) about two other states does
not make the dateline's state a party (rule mention.third_capital_dateline): no visit host, no
story counterpart, no state for bare words; the dateline's state stays where the story names it
(its home news, a visit to its capital, police of no state leading the lead)."""

from __future__ import annotations

import pytest

from support import shown_codes as _show
from support import states_in as _states

THIRD = "mention.third_capital_dateline"


def test_visit_with_no_host_is_not_the_third_capitals(code):
    text = (
        "AMMAN, May 5 (Wire) - Sudan's foreign minister and his Egyptian counterpart signed a "
        "memorandum on Nile water data on Monday, the Egyptian foreign ministry said.\n\n"
        "During the visit the two ministers also discussed refugees crossing the frontier.\n\n"
        "Sudan's government welcomed the memorandum."
    )
    found = code(text, "2025-05-05")
    assert found, _show(found)
    assert "JOR" not in _states(found), _show(found)


def test_bare_ministry_takes_the_leads_doer_not_the_third_capital(code):
    text = (
        "TUNIS, March 6 (Wire) - Morocco recalled its ambassador from Algeria on Friday after "
        "Algerian officials accused Rabat of backing separatists.\n\n"
        "The ministry accused Algiers of a campaign of hostile propaganda."
    )
    found = code(text, "2025-03-06")
    assert "TUN" not in _states(found), _show(found)
    said = [m for m in found if "ministry" in m.evidence.sentence_text.lower()[:20]]
    assert said and all(p.country == "MAR" for m in said for p in m.actor), _show(found)
    assert any(THIRD in m.explanation for m in said), [m.explanation for m in said]


def test_untargeted_rejection_is_not_aimed_at_the_third_capital(code):
    text = (
        "KAMPALA, June 9 (Wire) - Rwanda and Burundi traded accusations on Tuesday over an "
        "attack on a border post, with Burundi's army blaming Rwandan-backed rebels.\n\n"
        "Rwanda's government rejected the accusation as baseless.\n\n"
        "Burundi said it had closed two crossings.\n\n"
        "Burundi's foreign minister said Kigali must stop arming the rebels.\n\n"
        "Rwanda denied arming anyone."
    )
    found = code(text, "2025-06-09")
    assert found, _show(found)
    assert "UGA" not in _states(found), _show(found)


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_home_capital_bare_ministry_stays_the_datelines(code):
    text = (
        "HANOI, April 2 (Wire) - Vietnam protested to China on Wednesday over a survey ship "
        "operating in its exclusive economic zone.\n\n"
        "The ministry said the ship had to leave at once."
    )
    found = code(text, "2025-04-02")
    said = [m for m in found if m.evidence.sentence_text.startswith("The ministry")]
    assert said and all(p.country == "VNM" for m in said for p in m.actor), _show(found)


def test_police_of_no_state_leading_the_lead_are_the_datelines(code):
    text = (
        "LUSAKA, August 3 (Wire) - Police detained two Congolese and a Tanzanian national on "
        "Monday over a copper smuggling ring, a police spokesman said."
    )
    found = code(text, "2025-08-03")
    held = [m for m in found if m.evidence.trigger.startswith("detained")]
    assert held and all(p.country == "ZMB" for m in held for p in m.actor), _show(found)


def test_visit_to_the_datelines_capital_stays_its(code):
    text = (
        "BAKU, October 8 (Wire) - Hungary's prime minister arrived in the Azerbaijani capital on "
        "Wednesday for a two-day visit focused on gas supplies.\n\n"
        "Turkey's energy minister is expected to join the talks on Thursday."
    )
    found = code(text, "2025-10-08")
    assert "AZE" in _states(found), _show(found)
