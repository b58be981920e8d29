"""Whom a denial answers when several have spoken against its doer (rule recipient.accuser),
and which body "the member states" form when none is named near (rule resolve.body_members).
Every text is written for these tests."""

from __future__ import annotations

from support import by_type as _by_type
from support import named_countries as _countries


def test_a_denial_answers_the_domestic_charge_not_a_later_criticism(code):
    text = (
        "Kenya's main opposition alliance on Monday accused the government of rigging the "
        "governor elections.\n"
        "Observers from the European Union criticised long queues at polling stations.\n"
        "The government rejected the rigging allegations."
    )
    m = _by_type(code(text), "REJECT", "rejected")
    assert "recipient.accuser" in m.explanation
    assert _countries(m.recipient) == {"KEN"}, m.explanation


def test_a_condemnation_does_not_take_the_place_of_a_formal_protest(code):
    text = (
        "Lithuania summoned Belarus's ambassador on Sunday and handed him a protest note over "
        "the balloons.\n"
        "Latvia and Poland condemned Belarus.\n"
        "The Belarusian foreign ministry denied that any balloons had been launched."
    )
    m = _by_type(code(text), "REJECT", "denied")
    assert _countries(m.recipient) == {"LTU"}, m.explanation


def test_a_lone_condemnation_is_still_answered(code):
    # guard: with no charge before it, a condemnation is the accusation a denial answers
    text = (
        "Chile condemned Peru over the detention of two fishing crews.\n"
        "Peru's foreign ministry denied the accusations."
    )
    m = _by_type(code(text), "REJECT", "denied")
    assert _countries(m.recipient) == {"CHL"}, m.explanation


def test_member_states_far_from_the_body_are_the_storys_body(code):
    text = (
        "African Union leaders on Sunday admitted Somaliland as an observer after a two-day "
        "summit.\n"
        "The decision followed months of talks.\n"
        "Hargeisa will send a delegation next month.\n"
        "Officials said the first meeting would take place in Nairobi.\n"
        "Its president, Amina Farah, later thanked the member states for their support."
    )
    m = _by_type(code(text), "SUPPORT", "thanked")
    assert "resolve.body_members" in m.explanation
    assert _countries(m.recipient) == {"IGO"}, m.explanation


def test_a_side_accusing_itself_is_no_charge_a_denial_answers(code):
    # "It" taken for the wrong state makes Azerbaijan accuse Azerbaijan: the denial still
    # answers the ministry that reported the attack
    text = (
        "Armenia's defence ministry said Azerbaijani units had fired mortars at farms near "
        "Jermuk, killing a shepherd.\n"
        "It accused Azerbaijan of aiming at homes on purpose.\n"
        "Azerbaijan denied striking any farms."
    )
    m = _by_type(code(text), "REJECT", "denied")
    assert _countries(m.recipient) == {"ARM"}, m.explanation
