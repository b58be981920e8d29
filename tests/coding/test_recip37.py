"""Targets assumed from outside an act's clause (session 37): when an act names no target, the
story's main counterpart is assumed only for acts that are aimed at a state (rule
recipient.story_counterpart); a vote is cast on a motion before a body, not at a state (rule
recipient.vote_cast); a definite noun made from an act's own verb ("the expulsions", "the detention") names
that act before a nearer act only of its kind (rule recipient.earlier_act). Every text is
written for these tests."""

from __future__ import annotations

import pytest

from support import named_countries as _countries

# a dispute between Peru and Chile, then a vote at a regional council
STORY = (
    "Peru expelled two Chilean diplomats on Monday over a dispute about fishing rights. "
    "Chile recalled its ambassador from Lima the same day. "
)


def _events(mentions, plover: str, trigger: str, sentence: int):
    return [
        m
        for m in mentions
        if m.event_type == plover and trigger in m.evidence.trigger and m.sentence == sentence
    ]


def test_an_untargeted_vote_in_favour_is_not_aimed_at_the_story_counterpart(code):
    # the default output: no backing of either side of the dispute is read off a vote cast
    # on a motion (with no target, the reading falls under the confidence threshold)
    mentions = code(STORY + "On Tuesday, Brazil voted for the motion.")
    assert not _events(mentions, "SUPPORT", "voted", 2)


@pytest.mark.candidates("checks that a vote below the default threshold names no assumed target")
def test_an_untargeted_vote_against_takes_no_assumed_target(code):
    mentions = code(STORY + "Argentina voted against when the council met on Tuesday.")
    (m,) = _events(mentions, "REJECT", "voted", 2)
    assert not _countries(m.recipient)
    assert "recipient.vote_cast" in m.explanation
    assert "recipient.story_counterpart" not in m.explanation


def test_a_vote_that_names_whom_it_is_against_keeps_that_target(code):
    # guard: the vote's own sentence names the side voted against
    mentions = code(STORY + "Argentina voted against Peru's proposal at the council on Tuesday.")
    (m,) = _events(mentions, "REJECT", "voted", 2)
    assert _countries(m.recipient) == {"PER"}
    assert "recipient.vote_cast" not in m.explanation


def test_a_noun_of_the_acts_own_verb_names_that_act_before_a_nearer_act_of_its_kind(code):
    # "the expulsions" is Peru's expelling, not Chile's recall told after it (both CAMEO 16)
    mentions = code(STORY + "Brazil condemned the expulsions on Tuesday.")
    (m,) = _events(mentions, "ACCUSE", "condemned", 2)
    assert _countries(m.recipient) == {"PER"}
    assert "recipient.earlier_act" in m.explanation


def test_a_detention_names_the_detaining_not_a_later_seizure(code):
    mentions = code(
        "Ecuador detained three Colombian fishermen near the maritime border on Monday. "
        "Colombia seized an Ecuadorian trawler the next day. "
        "Peru criticised the detention on Wednesday."
    )
    (m,) = _events(mentions, "ACCUSE", "criticised", 2)
    assert _countries(m.recipient) == {"ECU"}


def test_the_nearest_act_of_the_nouns_own_word_is_still_the_one_named(code):
    # guard: two detentions told; the later one is the one 'the detention' takes up
    mentions = code(
        "Ecuador detained three Colombian fishermen near the maritime border on Monday. "
        "Colombia detained two Ecuadorian sailors the next day. "
        "Peru criticised the detention on Wednesday."
    )
    (m,) = _events(mentions, "ACCUSE", "criticised", 2)
    assert _countries(m.recipient) == {"COL"}


def test_an_untargeted_demand_still_takes_the_story_counterpart(code):
    # guard: an act aimed at someone, naming no act, keeps the state the story is about
    mentions = code(STORY + "Brazil urged an inquiry on Tuesday.")
    (m,) = _events(mentions, "REQUEST", "urged", 2)
    assert "recipient.story_counterpart" in m.explanation


def test_an_untargeted_appeal_for_restraint_goes_to_both_sides(code):
    # an appeal for de-escalation is made to the two sides of the quarrel, the story's
    # counterpart among them (rule recipient.deescalation_sides, branch threat38)
    mentions = code(STORY + "Brazil urged restraint on Tuesday.")
    (m,) = _events(mentions, "REQUEST", "urged", 2)
    assert "recipient.deescalation_sides" in m.explanation
    assert _countries(m.recipient) == {"CHL", "PER"}
