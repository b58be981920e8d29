"""What an accusation, charge or denial names is its content, not an event told as done — also
when several acts are joined ("accused X of shelling posts and killing soldiers"). Sentences
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Ruritania accused Freedonia of shelling its border posts and killing three soldiers.",
            "killing",
        ),
        ("Pakistan accused India of violating the ceasefire and firing on villages.", "firing"),
        ("Ukraine's army accused Russia of torturing and executing prisoners.", "executing"),
        (
            "The government accused the protesters of blocking roads and attacking police officers.",
            "attacking",
        ),
        ("Witnesses blamed the militia for looting shops and killing civilians.", "killing"),
        ("Serbia denied arming the rebels and sending troops across the border.", "sending"),
    ],
)
def test_joined_accused_acts_are_not_events(code, text, act):
    assert not [e for e in code(text) if e.evidence.trigger.startswith(act)]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the killing spells out the attack (filter.elaborating_participle): one event
        ("Rebels attacked the town, killing 12 civilians and burning homes.", "attacked"),
        ("Police arrested 20 people and fired tear gas at the crowd.", "fired"),
        (
            "The army accused the rebels of the attack and launched an offensive on Tuesday.",
            "offensive",
        ),
    ],
)
def test_acts_joined_to_a_real_act_stay_events(code, text, act):
    assert [
        e for e in code(text) if e.evidence.trigger.startswith(act) and e.modality == "asserted"
    ]
