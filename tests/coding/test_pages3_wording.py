"""Wordings the news pages of bench/stories/pages3 showed coded wrongly, tested on other invented
sentences: "persona non grata" after a long object, and what unverified posts and rumours say."""

from __future__ import annotations

import pytest

from support import countries


def coded(code, text, event_type):
    return [m for m in code(text) if m.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Kenya declared Uganda's military attache in the port city of Mombasa persona non "
            "grata on Monday.",
            "KEN",
            "UGA",
        ),
        (
            "Latvia declared two Belarusian diplomats at the consulate in the town of Daugavpils "
            "persona non grata and ordered them to leave.",
            "LVA",
            "BLR",
        ),
    ],
)
def test_persona_non_grata_after_a_long_object(code, text, actor, recipient):
    found = coded(code, text, "SANCTION")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Viral posts on Facebook say that Ghana expelled Togolese soldiers on Sunday.",
        "Rumours on messaging apps say that Ghana expelled Togolese soldiers overnight.",
    ],
)
def test_what_posts_and_rumours_say_is_a_claim(code, text):
    found = coded(code, text, "SANCTION")
    assert found, [m.explanation for m in code(text)]
    assert all(m.modality == "claimed" for m in found), [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Another claim: Ghana recalled its ambassador from Togo in March.",
        "The second rumour: Ghana closed its embassy in Lome.",
    ],
)
def test_an_act_set_out_under_a_claim_label_is_a_claim(code, text):
    found = coded(code, text, "SANCTION")
    assert found, [m.explanation for m in code(text)]
    assert all(m.modality == "claimed" for m in found), [m.explanation for m in found]


def test_a_claim_named_after_the_act_leaves_it_asserted(code):
    text = "Ghana recalled its ambassador from Togo in March, a claim the ministry denied."
    found = coded(code, text, "SANCTION")
    assert found and all(m.modality == "asserted" for m in found), [m.explanation for m in found]
