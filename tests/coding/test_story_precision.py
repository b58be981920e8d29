"""Acts a story mentions only as the grounds or setting of another, untargeted stances later in a
story, and verbs that work against a crowd's act: events the coder should not report (story
precision). Sentences written for these tests."""

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


@pytest.mark.parametrize(
    "text",
    [
        "Zambia's president won a second term on Sunday, the electoral commission said. "
        "The ruling party rejected claims of fraud.",
        "Malawi's parliament passed the budget on Tuesday. The finance minister urged calm.",
        "Ghana's president won a second term on Sunday. Opposition leaders and the ruling "
        "party both denied the rumours on Monday.",
    ],
)
def test_an_untargeted_stance_later_in_a_story_is_not_reported(code, text):
    # filter.untargeted_stance: no target in its sentence, none the story gives
    assert not [
        m
        for m in code(text)
        if m.sentence > 0 and m.event_type in ("REJECT", "REQUEST", "ACCUSE") and not m.recipient
    ]


@pytest.mark.parametrize(
    ("text", "kind", "sure"),
    [
        # the lead sentence's act is the news, whatever it names
        ("The ruling party in Zambia rejected claims of fraud on Monday.", "REJECT", True),
        # the story gives the target: the accuser
        (
            "Ghana accused Togo of harbouring rebels on Monday. Togo denied the charge.",
            "REJECT",
            True,
        ),
    ],
)
def test_a_stance_with_a_target_or_in_the_lead_is_kept(code, text, kind, sure):
    assert any(m.event_type == kind for m in code(text)) is sure


def test_the_subject_of_crushed_protests_is_not_the_protester(code):
    # vocabulary undermining_verbs: "crushed the protests" works against them
    text = (
        "Kenya's election commission declared the result on Monday. "
        "Security forces crushed mass protests in Nairobi after the vote."
    )
    assert not [m for m in code(text) if m.event_type == "PROTEST" and m.actor]


@pytest.mark.parametrize(
    "second",
    [
        "The UN humanitarian coordinator condemned the attack and called on all sides to "
        "protect civilians.",
        "The UN humanitarian coordinator appealed to donors for ten million dollars.",
    ],
)
def test_a_request_that_names_whom_it_asks_is_kept(code, second):
    # filter.untargeted_stance leaves a request to people no actor list names
    text = "Gunmen attacked a village in Borno State on Thursday. " + second
    assert any(m.event_type == "REQUEST" for m in code(text))


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
