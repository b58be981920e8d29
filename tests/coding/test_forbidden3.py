"""Readings a story's gold forbids or counts as extra, on invented text: what footage is only
said to show is a claim, a step that is only mulled or weighed is not taken, and an inquiry
into no party in a story of one state is aimed at that state (the stories' gold codes domestic
politics state-to-same-state). Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import named_countries as _countries

PUBLISHED = "2025-03-14"


def _by(found, plover: str):
    return [m for m in found if m.event_type == plover]


# --- modality.cue: a hedge over a verb of showing -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A video circulating online claims to show Moldovan troops shelling a farm near the river.",
        "Footage that purports to show Malian soldiers burning a market spread on Tuesday.",
        "A clip allegedly showing Bolivian police beating students went viral on Wednesday.",
        "Pictures said to show Kenyan soldiers firing on a bus were shared on Thursday.",
    ],
)
def test_what_footage_is_only_said_to_show_is_claimed(code, text):
    found = [m for m in code(text, PUBLISHED) if m.event_type in ("ASSAULT", "COERCE")]
    assert found, "the act shown is still coded"
    assert all(m.modality == "claimed" for m in found), [(m.event_type, m.modality) for m in found]


def test_what_footage_showed_stays_asserted(code):
    found = code(
        "Moldovan troops shelled a farm near the river on Monday, and a video of the shelling "
        "spread online.",
        PUBLISHED,
    )
    assert any(m.event_type == "ASSAULT" and m.modality == "asserted" for m in found)


# --- modality.cue: a step only mulled, weighed or contemplated -------------------------------


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Iceland is mulling sanctions against Belarus, its foreign ministry said.", "SANCTION"),
        (
            "Uruguay's government is contemplating closing its border with Paraguay, the "
            "interior minister said.",
            "COERCE",
        ),
    ],
)
def test_a_step_only_mulled_is_not_taken(code, text, plover):
    found = _by(code(text, PUBLISHED), plover)
    assert all(m.modality != "asserted" for m in found), [(m.cameo, m.modality) for m in found]


def test_a_step_taken_after_mulling_it_is_asserted(code):
    found = _by(
        code("Iceland imposed sanctions on Belarus on Friday after mulling them.", PUBLISHED),
        "SANCTION",
    )
    assert any(m.modality == "asserted" for m in found)


# --- recipient.domestic_target: a resignation, a denial, an inquiry at home ------------------


@pytest.mark.parametrize(
    ("text", "plover", "home"),
    [
        (
            "Croatian prosecutors opened an investigation into the road contracts on Friday.",
            "ACCUSE",
            "HRV",
        ),
    ],
)
def test_a_domestic_step_with_no_target_is_aimed_at_home(code, text, plover, home):
    (m,) = _by(code(text, PUBLISHED), plover)
    assert _countries(m.recipient) == {home}, m.explanation


def test_a_resignation_is_still_granted_to_no_one(code):
    # the PLOVER manual's own examples code "resigned" with no target
    (m,) = _by(code("Portugal's health minister resigned on Tuesday.", PUBLISHED), "RETREAT")
    assert not m.recipient, m.explanation
