"""Armed-conflict reporting (branch conflict44): an armed group's statement that its own
fighters did an act names the group as the doer of what it claims; threats told with "will be
made to pay", "will respond at a time and place of its choosing" and "will crush"; and guards on
what must not change. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from support import countries


def _codes(actors):
    return {a.code for a in actors}


def test_claim_by_group_names_the_group(code):
    text = (
        "In a statement on Telegram, the Islamic State group claimed its fighters had attacked an army "
        "barracks in Niger's Tillaberi region."
    )
    found = [m for m in code(text, "2026-03-10") if m.event_type == "ASSAULT"]
    assert found, [m.explanation for m in code(text, "2026-03-10")]
    assert all("IMGREB" in _codes(m.actor) for m in found), [m.explanation for m in found]
    assert all(m.modality == "claimed" for m in found)
    assert any("mention.claiming_group_owner" in m.explanation for m in found)


def test_claim_by_acronym_group_names_the_group(code):
    text = (
        "ISIS said on Friday that its fighters had ambushed a patrol of the Iraqi army near Kirkuk."
    )
    found = [m for m in code(text, "2026-03-10") if m.event_type == "ASSAULT"]
    assert found and all("IMGREB" in _codes(m.actor) for m in found), [
        m.explanation for m in code(text, "2026-03-10")
    ]


def test_a_state_saying_its_troops_acted_is_unchanged(code):
    """Guard: a state's forces are still the state's (mention.sayer_owner)."""
    text = "The Kenyan army said its troops had killed twelve militants in a raid near Mandera."
    found = [m for m in code(text, "2026-03-10") if m.event_type == "ASSAULT"]
    assert found and all("KEN" in countries(m.actor) for m in found), [m.explanation for m in found]
    assert not any("claiming_group_owner" in m.explanation for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army spokesman said the attackers and their sponsors will be made to pay "
        "a heavy price.",
        "Ghana's president said those behind the raid would be made to pay dearly.",
    ],
)
def test_made_to_pay_is_a_threat(code, text):
    found = [m for m in code(text, "2026-03-10") if m.event_type == "THREATEN"]
    assert found, [m.explanation for m in code(text, "2026-03-10")]
    assert any("trigger.made_to_pay" in m.explanation for m in found)


def test_made_to_pay_more_is_no_threat(code):
    """Guard: a cost told with 'made to pay more' is no punishment."""
    text = "Analysts said consumers will be made to pay more for fuel next winter."
    assert not [m for m in code(text, "2026-03-10") if m.event_type == "THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian army said it will respond at a time and place of its choosing.",
        '"We will respond at the time and place of our choosing," the Iranian foreign '
        "minister said.",
    ],
)
def test_respond_at_a_time_of_its_choosing_is_a_threat(code, text):
    found = code(text, "2026-03-10")
    assert any(m.event_type == "THREATEN" for m in found), [m.explanation for m in found]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Ethiopia's prime minister said the army would crush the rebels within weeks.",
            "THREATEN",
        ),
        (
            "The Sudanese army crushed the revolt in two days, the ministry said on Monday.",
            "ASSAULT",
        ),
    ],
)
def test_crushing_a_revolt_or_rebels(code, text, kind):
    found = code(text, "2026-03-10")
    assert any(m.event_type == kind for m in found), [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Brazil crushed Peru 4-0 in the qualifier on Tuesday.",
        "The ruling party crushed the opposition in the election.",
    ],
)
def test_crushing_a_rival_is_no_violence(code, text):
    """Guard: a win in a game or at the polls."""
    found = code(text, "2026-03-10")
    assert not [m for m in found if m.event_type in ("ASSAULT", "THREATEN")]
