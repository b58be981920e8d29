"""East and South Asia diplomatic wording: a formal protest lodged or made as 'representations'.
Every sentence is invented for the tests (bench/stories/asia showed the error class)."""

from __future__ import annotations

import pytest

from support import countries


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Vietnam said on Tuesday it had lodged stern representations with Beijing over the"
            " arrest of its fishermen.",
            "VNM",
            "CHN",
        ),
        (
            "Seoul made strong representations to Tokyo over the new textbook on Monday.",
            "KOR",
            "JPN",
        ),
        ("Malaysia lodged solemn representations with Indonesia over the haze.", "MYS", "IDN"),
    ],
)
def test_representations_lodged_or_made_are_a_diplomatic_protest(code, text, actor, recipient):
    found = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert found, [m.explanation for m in code(text)]
    m = found[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}, m.explanation


def test_a_representation_in_parliament_is_no_protest(code):
    text = "Thailand's small parties won representation in parliament for the first time."
    assert not [m for m in code(text) if m.event_type == "ACCUSE"]
