"""Targets named as a group of states: "both camps", "the member states", "the bloc's members",
"its partners". Every text is written for these tests."""

from __future__ import annotations

from support import by_type as _by_trigger
from support import named_countries as _countries


def test_the_member_states_are_the_body_named_before(code):
    """ "thanked the member states" after a body is named: that body (rule
    resolve.body_members), not an actor of no country."""
    mentions = code(
        "European Union foreign ministers gathered in Luxembourg on Tuesday. Moldova's premier "
        "thanked the member states for their steady backing."
    )
    m = _by_trigger(mentions, "SUPPORT", "thanked")
    assert _countries(m.recipient) == {"EUR"}
    assert "resolve.body_members" in m.explanation


def test_member_countries_of_an_igo_named_earlier(code):
    mentions = code(
        "The African Union opened an emergency session in Addis Ababa. Ghana's foreign minister "
        "urged member countries to send observers to the vote."
    )
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"IGO"}


def test_the_blocs_members_are_the_bloc_named_later_in_the_sentence(code):
    """ "the bloc's members ... after the EU ...": the body named after them in the sentence."""
    mentions = code(
        "Argentina sharply criticised the bloc's members on Friday after the European Union "
        "raised duties on beef."
    )
    m = _by_trigger(mentions, "ACCUSE", "criticised")
    assert _countries(m.recipient) == {"EUR"}
    assert "ARG" not in _countries(m.recipient)


def test_members_with_no_body_named_are_left_alone(code):
    """No international body near: "the member states" are not guessed to be one."""
    mentions = code("Moldova's premier thanked the member states for their steady backing.")
    m = _by_trigger(mentions, "SUPPORT", "thanked")
    assert "resolve.body_members" not in m.explanation
    assert not {"EUR", "IGO", "UNO"} & _countries(m.recipient)


def test_a_body_named_in_the_phrase_stands_for_itself(code):
    mentions = code("Colombia urged the members of the Organization of American States to act.")
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"IGO"}
    assert "resolve.body_members" not in m.explanation


def test_both_camps_after_a_sentence_that_coded_no_event(code):
    """ "Fighting flared between A and B. C urged both camps ...": the two states named, not
    nobody (rule resolve.last_named_sides); the doer is not one of them."""
    mentions = code(
        "Heavy fighting flared between Armenia and Azerbaijan overnight. Georgia urged both camps "
        "to pull back their troops."
    )
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"ARM", "AZE"}


def test_both_camps_are_the_story_pair_when_an_event_told_of_them(code):
    mentions = code(
        "Ecuador accused Peru on Monday of seizing its fishing boats. Brazil urged both camps to "
        "settle the row through talks."
    )
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"ECU", "PER"}


def test_vague_partners_are_no_target_and_no_guess(code):
    """ "urged its partners to tighten sanctions on X": the one urged is nobody in particular,
    not X (rule recipient.vague_others)."""
    mentions = code("Canada urged its Western partners to widen sanctions on Belarus.")
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert "BLR" not in _countries(m.recipient)
    assert "recipient.vague_others" in m.explanation


def test_other_allies_are_no_target(code):
    mentions = code("Poland called on other allies to boost spending on air defences in Latvia.")
    m = _by_trigger(mentions, "REQUEST", "called")
    assert "LVA" not in _countries(m.recipient)


def test_named_partners_still_resolve(code):
    """ "its EU partners": the EU, not a vague group."""
    mentions = code("Greece urged its EU partners to share the cost of border patrols.")
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"EUR"}


def test_the_two_camps_of_a_domestic_row_are_not_foreign_states(code):
    """ "camps" are as often a country's own factions: "mediate between the two camps" after
    foreign envoys spoke is not those envoys' states."""
    mentions = code(
        "Zambia's ruling party and the opposition disputed the count on Sunday. Canada and Norway "
        "urged the election board to publish the tallies. The opposition said it would march on "
        "Friday, and bishops offered to mediate between the two camps."
    )
    for m in mentions:
        if "mediate" in m.evidence.trigger:
            assert not {"CAN", "NOR"} & _countries(m.recipient)
