"""Acts a story mentions only as the grounds or setting of another, and verbs that work against
a crowd's act: events the coder should not report (story precision). Sentences written for
these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Uganda sent troops to Juba at the request of the government of South Sudan.", "request"),
        (
            "Observers from Ghana monitored the vote in Lome at the invitation of Togo.",
            "invitation",
        ),
        (
            "Kenya's foreign minister said the country would raise the dispute with Ethiopia "
            "at a regional dialogue in June.",
            "dialogue",
        ),
    ],
)
def test_a_noun_act_after_at_is_the_grounds_of_another_act(code, text, word):
    # filter.grounds: the request or invitation is why the act happened, not news of its own
    assert not [m for m in code(text) if word in m.evidence.trigger]


def test_the_subject_of_crushed_protests_is_not_the_protester(code):
    # vocabulary undermining_verbs: "crushed the protests" works against them
    text = (
        "Kenya's election commission declared the result on Monday. "
        "Security forces crushed mass protests in Nairobi after the vote."
    )
    assert not [m for m in code(text) if m.event_type == "PROTEST" and m.actor]


def test_rights_groups_judging_the_police_of_their_country_aim_at_the_police(code):
    # civic_sectors: the police's arrests are not the rights groups' own act (earlier_act)
    text = (
        "Kenyan police arrested forty protesters on Thursday. "
        "The protesters had blocked a highway on Monday. "
        "Rights groups condemned the arrests."
    )
    m = next(m for m in code(text) if m.event_type == "ACCUSE")
    assert [a.country for a in m.recipient] == ["KEN"]
    assert "recipient.earlier_act" in m.explanation


def test_a_dated_act_noun_is_still_the_act_the_story_told(code):
    # recipient.earlier_act: "the 14 October drills" names no one, only a day
    text = (
        "China held large military drills around Taiwan in October. "
        "Taiwan condemned the 14 October drills as a provocation."
    )
    m = next(m for m in code(text, "2024-10-20") if m.event_type == "ACCUSE")
    assert [a.country for a in m.recipient] == ["CHN"]
