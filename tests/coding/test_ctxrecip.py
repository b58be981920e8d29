"""Targets taken from the story when a sentence names none: a local office's or a court's act
is no act towards the foreign state the story is about (recipient.domestic_office); a threat
made to protect the doer's own is aimed at whoever endangers it, not at home
(recipient.protective_threat); a college or academy named for a state's force is where a
promise is made, not to whom (recipient.facility_venue). Every text is written for these
tests."""

from __future__ import annotations

import pytest

from support import by_type as _by_type
from support import named_countries as _countries


def test_a_governors_appeal_is_not_aimed_at_the_foreign_state(code):
    m = _by_type(
        code(
            "Burundi accused Rwanda on Monday of sheltering the gunmen behind a raid on a "
            "border post, and Rwanda denied it. In the border province of Cibitoke, the "
            "governor appealed for calm."
        ),
        "REQUEST",
        "appealed",
    )
    assert "RWA" not in _countries(m.recipient)
    assert "recipient.domestic_office" in m.explanation


def test_a_mayor_speaking_through_a_pronoun_is_still_a_local_office(code):
    m = _by_type(
        code(
            "Guatemala accused Mexico on Friday of sending back migrants without papers. "
            "Mexico denied breaking any rule, and Guatemala said it would raise the matter "
            "with regional partners. In Tapachula, the mayor said he would urge calm at a "
            "town meeting."
        ),
        "REQUEST",
        "urge",
    )
    assert "GTM" not in _countries(m.recipient)
    assert "recipient.domestic_office" in m.explanation


def test_the_foreign_ministry_still_takes_the_story_counterpart(code):
    m = _by_type(
        code(
            "Burundi accused Rwanda on Monday of sheltering the gunmen behind a raid on a "
            "border post, and Rwanda denied it. Burundi's foreign ministry appealed for "
            "restraint."
        ),
        "REQUEST",
        "appealed",
    )
    assert _countries(m.recipient) == {"RWA"}


def test_a_threat_to_protect_ones_own_is_aimed_at_the_counterpart(code):
    m = _by_type(
        code(
            "Uzbekistan accused Tajikistan on Monday of holding back water behind a new dam "
            "upstream. Tajikistan said the dam was needed for power. Tashkent warned that it "
            "would take all measures to protect its cotton farmers."
        ),
        "THREATEN",
        "warned",
    )
    assert _countries(m.recipient) == {"TJK"}
    assert "recipient.protective_threat" in m.explanation


def test_a_threat_against_strikers_stays_at_home(code):
    m = _by_type(
        code(
            "Dockers in Mombasa walked off the job on Monday over pay. The government "
            "threatened to sack anyone who stayed away."
        ),
        "THREATEN",
        "threatened",
    )
    assert "recipient.protective_threat" not in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_a_police_college_is_the_venue_of_a_promise_not_its_target(code):
    m = _by_type(
        code(
            "Vanuatu and New Zealand held talks on policing on Tuesday. New Zealand's "
            "police minister offered to pay for 25 places a year at the New Zealand Police "
            "college."
        ),
        "AGREE",
        "offered",
    )
    assert not any(a.sector == "COP" for a in m.recipient)
    assert "recipient.facility_venue" in m.explanation


def test_fire_at_a_police_academy_keeps_the_police_as_target(code):
    m = _by_type(
        code("Gunmen opened fire at the Pakistani police academy in Quetta on Tuesday."),
        "ASSAULT",
    )
    assert any(a.sector == "COP" for a in m.recipient)


def test_a_body_named_for_its_purpose_is_still_addressed(code):
    m = _by_type(
        code(
            "Mali and Canada traded barbs over a gold mine taken over by the state. The "
            "Canadian miner said it would seek compensation at the International Centre for "
            "Settlement of Investment Disputes."
        ),
        "REQUEST",
        "seek",
    )
    assert "recipient.facility_venue" not in m.explanation
    assert m.recipient
