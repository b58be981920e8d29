"""Targets named as "both sides", "both camps", "the two governments" when the doer is the only
party its sentence named so far ("The envoy praised the deal and urged both sides to ..."): the
sides of the last event of others (rule resolve.sides_not_doer). Every text is written for these
tests."""

from __future__ import annotations

from support import by_type as _by_trigger
from support import named_countries as _countries


def test_both_sides_of_a_domestic_swap_after_a_praise(code):
    """A government and its rebels are the two sides, both of one country: that country,
    not nobody because the sentence's first verb named only the doer."""
    mentions = code(
        "Sri Lanka's army and the Tamil rebels exchanged 120 prisoners on Sunday. The Norwegian "
        "mediator welcomed the swap and urged both sides to resume negotiations."
    )
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"LKA"}
    assert "resolve.sides_not_doer" in m.explanation


def test_both_camps_of_rival_parties_after_a_praise(code):
    mentions = code(
        "Zambia's opposition alliance accused the governing party of stuffing ballot boxes. The "
        "governing party rejected the charge. The SADC observer team lauded the turnout and "
        "urged both camps to accept the final tally."
    )
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"ZMB"}


def test_the_two_governments_are_not_the_host_itself(code):
    """ "the two governments" after the doer hosted two others: those two, not the doer and
    one of them (the two states the story named most)."""
    mentions = code(
        "Uruguay's president received his counterparts from Paraguay and Argentina in "
        "Montevideo. He commended the meeting and urged the two governments to end their "
        "quarrel over the dam."
    )
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"PRY", "ARG"}


def test_both_sides_with_no_earlier_event_stays_empty(code):
    """No event of others told before: no one is guessed."""
    mentions = code(
        "Portugal's foreign minister welcomed the accord and urged both sides to honour it."
    )
    m = _by_trigger(mentions, "REQUEST", "urged")
    assert not _countries(m.recipient)
