"""Doers told by a noun phrase (branch noactor): a definite visit or talks noun with no party of
its own takes the doers of the consultation the story told before (coding/earlier_gatherings.py,
rules actor.earlier_gathering, recipient.earlier_gathering)."""

from __future__ import annotations

import pytest

from support import countries


def _told(ms, words):
    return [m for m in ms if m.event_type == "CONSULT" and words in m.evidence.sentence_text]


def test_the_visit_is_the_visitor_told_before(code):
    ms = code(
        "Norway's prime minister flew to Reykjavik on Monday for two days of meetings. "
        "The visit was marred by a dispute over whaling quotas."
    )
    (visit,) = _told(ms, "was marred")
    assert countries(visit.actor) == {"NOR"}, visit.explanation
    assert countries(visit.recipient) == {"ISL"}, visit.explanation
    assert "[actor.earlier_gathering]" in visit.explanation


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_the_talks_are_the_parties_named_before(code):
    ms = code(
        "Belize and Guatemala opened talks on their maritime border in Panama City on Monday. "
        "The negotiations collapsed on Wednesday without a joint text."
    )
    (talks,) = _told(ms, "collapsed")
    assert countries(talks.actor) == {"BLZ", "GTM"}, talks.explanation
    assert "[actor.earlier_gathering]" in talks.explanation


def test_a_visit_with_no_visitor_named_keeps_no_doer(code):
    ms = code("The visit was called off at short notice, the organisers said on Sunday.")
    assert not [m for m in ms if m.actor and any(a.country for a in m.actor)]


def test_a_trip_of_another_traveller_is_not_the_leaders(code):
    ms = code(
        "Norway's prime minister flew to Reykjavik on Monday. "
        "Hikers who travelled to the glacier said the trip was exhausting."
    )
    assert not [m for m in _told(ms, "exhausting") if countries(m.actor) & {"NOR"}]


def test_the_visit_to_another_place_is_not_the_one_told_before(code):
    ms = code(
        "Norway's prime minister flew to Reykjavik on Monday. "
        "The visit to the Faroe Islands planned for June was postponed."
    )
    assert not [m for m in _told(ms, "Faroe") if countries(m.actor) & {"NOR"}]


def test_a_delegation_a_state_sent_is_that_states(code):
    ms = code(
        "Belize sent a delegation to border talks with Guatemala in Panama City. "
        "On Thursday the delegation walked out, accusing Guatemala City of stalling."
    )
    walkouts = [m for m in ms if "walked out" in m.evidence.trigger]
    assert walkouts and all(countries(m.actor) == {"BLZ"} for m in walkouts), [
        m.explanation for m in walkouts
    ]


def test_a_text_adopted_at_a_summit_is_its_attendees(code):
    ms = code(
        "A joint declaration was adopted on Friday at the close of a summit in Accra "
        "attended by the presidents of Ghana, Togo and Benin."
    )
    adopted = [m for m in ms if "adopted" in m.evidence.trigger]
    assert adopted, ms
    assert countries(adopted[0].actor) == {"GHA", "TGO", "BEN"}, adopted[0].explanation
    assert "[actor.gathering_attendees]" in adopted[0].explanation


def test_a_text_adopted_at_a_summit_of_no_named_states_has_no_doer(code):
    ms = code("A joint declaration was adopted on Friday at a summit attended by regional leaders.")
    assert not [m for m in ms if "adopted" in m.evidence.trigger and m.actor]


def test_the_visitors_are_the_party_of_the_visit_told_before(code):
    ms = code(
        "The Danish prime minister arrived in Nuuk on Monday for a two-day visit. "
        "The visitors signed a fisheries accord with local leaders on Tuesday."
    )
    signed = [m for m in ms if "signed" in m.evidence.trigger]
    assert signed and countries(signed[0].actor) == {"DNK"}, [m.explanation for m in signed]
    assert "[actor.visiting_party]" in signed[0].explanation


def test_visitors_with_no_visit_told_have_no_state(code):
    ms = code(
        "Norway and Sweden argued over reindeer grazing. "
        "A gallery in Oslo said the visitors damaged a painting on Sunday."
    )
    assert not [m for m in ms if "damaged" in m.evidence.trigger and countries(m.actor)]


def test_the_visit_after_a_reception_is_the_guests(code):
    ms = code(
        "The Danish foreign minister was received by Iceland's president in Reykjavik on Monday. "
        "The visit ended on Tuesday with a pledge on Arctic research."
    )
    (visit,) = _told(ms, "ended on Tuesday")
    assert countries(visit.actor) == {"DNK"}, visit.explanation
    assert countries(visit.recipient) == {"ISL"}, visit.explanation


def test_a_verbless_line_on_a_gathering_is_coded_and_ends(code):
    """A line whose root is the gathering noun itself ("The forum in Lusaka.") has no verb to
    climb to: the attendee search stops at the root (it used to loop for ever on such a line,
    a caption or a heading, and hang a whole ingest)."""
    import signal

    def too_long(*_):
        raise TimeoutError("coding a verbless gathering line did not end")

    old = signal.signal(signal.SIGALRM, too_long)
    signal.alarm(60)
    try:
        ms = code("The summit in Lusaka. Angola and Zambia signed a rail accord there on Friday.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert any(m.event_type == "SUPPORT" for m in ms), [m.explanation for m in ms]
