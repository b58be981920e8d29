"""Targets of untargeted acts at home: in a story about one state's own affairs, an accusation,
demand, praise or threat by its people that names no target is aimed at that state
(recipient.home_story); a court's or local office's untargeted act concerns its own state
whatever else the story is about (recipient.home_office). Every text is written for these
tests."""

from __future__ import annotations

from support import by_type as _by_type
from support import named_countries as _countries


def test_praise_in_a_story_of_home_is_aimed_at_home(code):
    m = _by_type(
        code(
            "Kenyan police fired tear gas at students in Nairobi on Monday. Kenya's interior "
            "minister, John Otieno, later praised the officers for their restraint."
        ),
        "SUPPORT",
        "praised",
    )
    assert _countries(m.recipient) == {"KEN"}
    assert "recipient.home_story" in m.explanation
    # a single sentence is no story of home: no target assumed
    m = _by_type(
        code("Kenya's interior minister, John Otieno, praised the officers for their restraint."),
        "SUPPORT",
        "praised",
    )
    assert not m.recipient


def test_an_appeal_for_calm_in_a_story_of_home_is_aimed_at_home(code):
    m = _by_type(
        code(
            "Kenyan police fired tear gas at students in Nairobi on Monday. Kenya's "
            "president, William Kamau, urged calm on Tuesday."
        ),
        "REQUEST",
        "urged",
    )
    assert _countries(m.recipient) == {"KEN"}
    assert "recipient.home_story" in m.explanation
    # a story about two states: the other one is the counterpart, not home
    m = _by_type(
        code(
            "Kenyan police fired tear gas at students in Nairobi on Monday. Uganda and "
            "Tanzania said they were following events in Kenya. Uganda called for calm."
        ),
        "REQUEST",
        "called for",
    )
    assert _countries(m.recipient) == {"KEN"}
    assert "recipient.home_story" not in m.explanation


def test_a_governors_appeal_is_aimed_at_its_own_state(code):
    m = _by_type(
        code(
            "Chile accused Peru on Monday of letting its trawlers fish in Chilean waters, and "
            "Peru denied it. In the northern port of Arica, the Chilean regional governor "
            "appealed for calm."
        ),
        "REQUEST",
        "appealed",
    )
    assert _countries(m.recipient) == {"CHL"}
    assert "recipient.home_office" in m.explanation


def test_a_body_urging_an_unplaced_commission_urges_the_story_state(code):
    m = _by_type(
        code(
            "Malawi's electoral commission announced the results of the presidential vote in "
            "Malawi on Sunday. Observers from the African Union said the vote was calm but "
            "urged the commission to publish the tallies."
        ),
        "REQUEST",
        "urged",
    )
    assert _countries(m.recipient) == {"MWI"}
    assert "recipient.unplaced_party" in m.explanation


def test_an_accusation_of_unplaced_parties_is_aimed_at_home_but_not_a_named_person(code):
    text = (
        "Malawi's electoral commission announced the results of the presidential vote in "
        "Malawi on Sunday. The Malawian opposition leader, Peter Banda, accused "
    )
    m = _by_type(code(text + "pro-government parties of buying votes."), "ACCUSE", "accused")
    assert _countries(m.recipient) == {"MWI"}
    assert "recipient.unplaced_party" in m.explanation
    m = _by_type(code(text + "Joseph Mwale of buying votes."), "ACCUSE", "accused")
    assert "recipient.unplaced_party" not in m.explanation
