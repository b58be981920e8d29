"""Multi-word conjunctions of a condition (vocabulary condition_openers): the act in the
clause or phrase they open is hypothetical, not asserted; the same words used otherwise
("provided weapons", "as long as three months", a past "as long as") leave an act as it is."""

from __future__ import annotations

import pytest


def _modality(mentions, trigger_word):
    found = [m for m in mentions if trigger_word in m.evidence.trigger]
    assert found, [m.evidence.trigger for m in mentions]
    return found[0].modality


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Provided that the rebels withdraw from the town, the government will resume talks.",
            "withdraw",
        ),
        (
            "As long as the protesters block the highway, police will not negotiate with them.",
            "block",
        ),
        (
            "In case of an attack on the Freedonian embassy by Kadia, the marines will evacuate the staff.",
            "attack",
        ),
        (
            "Kadia will lift the blockade on condition that Lorvan releases the Kadian sailors.",
            "releases",
        ),
        ("So long as the strikers occupy the port, the ministry will refuse any talks.", "occupy"),
    ],
)
def test_condition_opener_makes_the_act_hypothetical(code, text, trigger):
    assert _modality(code(text), trigger) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "provided" as a verb: the act in the relative clause is known
        ("Ruritania provided weapons to Kadian rebels who attacked the capital.", "attacked"),
        # "as long as" over a past span is no condition
        ("Troops shelled the suburb for as long as the rebels held the bridge.", "shelled"),
    ],
)
def test_other_uses_are_unchanged(code, text, trigger):
    assert _modality(code(text), trigger) != "hypothetical"
