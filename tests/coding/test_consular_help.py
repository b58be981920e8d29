"""Consular help is given to the doer's own nationals abroad (Vienna Convention on Consular
Relations, art. 5), not to the state that holds them: an aid act or pledge of consular help
with no target of its own goes to the doer's own country (recipient.consular_nationals), not
to the story's main counterpart. A demand for consular access still goes to the holding
state. Sentences written for these tests."""

from __future__ import annotations

from support import country_rows

STORY = (
    "Bolivian police arrested two Chilean lorry drivers near the border on Friday. Chile "
    "summoned Bolivia's ambassador and demanded consular access to the men. Bolivia said the "
    "drivers had carried contraband. Chile's foreign ministry said its consulate in La Paz was "
    "giving them consular assistance."
)


def test_consular_assistance_goes_to_the_doers_own_nationals(code):
    got = [m for m in code(STORY) if m.event_type == "AID"]
    assert got, country_rows(code(STORY))
    assert [a.country for a in got[0].recipient] == ["CHL"], got[0].explanation
    assert "[recipient.consular_nationals]" in got[0].explanation


def test_a_pledge_of_consular_support_goes_to_the_doers_own_nationals(code):
    text = STORY.replace(
        "was giving them consular assistance",
        "would keep offering the jailed pair consular support",
    )
    got = [
        m
        for m in code(text)
        if m.event_type in ("AID", "AGREE") and "support" in m.evidence.trigger
    ]
    assert got, country_rows(code(text))
    assert "BOL" not in [a.country for a in got[0].recipient], got[0].explanation


def test_a_demand_for_consular_access_still_goes_to_the_holding_state(code):
    got = [m for m in code(STORY) if m.event_type == "REQUEST"]
    assert got and [a.country for a in got[0].recipient] == ["BOL"], country_rows(code(STORY))
