"""Reactions of foreign states, international bodies and rights groups to a domestic event: the
place a reaction is voiced from is a venue, not a party (rules mention.speakers_venue and
mention.speech_act_place), and a feeling voiced about an act does not make the one who voices
it the act's doer (vocabulary voiced_cause_preps). Every text is written for these tests."""

from __future__ import annotations

from support import by_type as _by_type
from support import named_countries as _countries

LEAD = (
    "TBILISI, May 9 - Georgian police detained two reporters who were filming a strike at a "
    "tea factory in the west of the country on Tuesday, their newspaper said. "
)
UNDATED = (
    "Georgian police detained two reporters who were filming a strike at a tea factory in the "
    "west of the country on Tuesday, their newspaper said. "
)


def test_an_opening_seat_city_of_a_body_does_not_place_the_authorities_it_addresses(code):
    m = _by_type(
        code(
            LEAD
            + "In Vienna, the OSCE media freedom office called on the authorities to free both journalists."
        ),
        "REQUEST",
    )
    assert _countries(m.recipient) == {"GEO"}
    assert "mention.speakers_venue" in m.explanation


def test_an_opening_seat_city_is_no_party_without_a_dateline(code):
    m = _by_type(
        code(
            UNDATED
            + "In Geneva, a UN rights spokeswoman said the government must free both journalists."
        ),
        "REQUEST",
    )
    assert "CHE" not in _countries(m.recipient)


def test_the_city_a_foreign_official_speaks_in_is_not_the_addressee(code):
    m = _by_type(
        code(
            LEAD
            + "Speaking in Brussels, the EU's enlargement commissioner urged the government to free both journalists."
        ),
        "REQUEST",
    )
    assert _countries(m.recipient) == {"GEO"}


def test_a_body_voicing_alarm_at_strikes_is_not_their_doer(code):
    mentions = code(
        "Government aircraft bombed two villages in Sudan's Darfur region on Sunday, residents "
        "said. In Geneva, the UN refugee agency voiced alarm at repeated air strikes on camps."
    )
    assert not [m for m in mentions if m.event_type == "ASSAULT" and "UNO" in _countries(m.actor)]


def test_a_rights_group_voicing_outrage_at_beatings_did_not_beat_anyone(code):
    mentions = code(
        LEAD + "Human Rights Watch voiced outrage at the beatings of the detained reporters."
    )
    assert _by_type(mentions, "ACCUSE", "outrage")
    assert not [m for m in mentions if m.event_type == "ASSAULT" and "NGO" in _countries(m.actor)]


# guards: readings that must stay as they are


def test_guard_an_opening_city_still_places_a_bare_spokesman_of_its_own_state(code):
    m = _by_type(
        code(LEAD + "In Ankara, a foreign ministry spokesman rejected the criticism from Georgia."),
        "REJECT",
    )
    assert _countries(m.actor) == {"TUR"}


def test_guard_protesters_storming_an_embassy_act_against_its_state(code):
    m = _by_type(
        code(LEAD + "On Wednesday protesters stormed the French embassy in Tbilisi."),
        "PROTEST",
        "stormed",
    )
    assert _countries(m.recipient) == {"FRA"}
    assert "FRA" not in _countries(m.actor)


def test_guard_youths_throwing_stones_during_protests_still_protest(code):
    mentions = code(LEAD + "Youths threw stones at riot police during protests in the capital.")
    m = _by_type(mentions, "PROTEST", "protests")
    assert "actor.scene_subject" in m.explanation
