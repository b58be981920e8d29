"""Wordings the news pages of bench/stories/pages2 showed coded wrongly, tested on other invented
sentences: a chargé d'affaires summoned, expelled or recalled."""

from __future__ import annotations

import pytest

from support import countries


def coded(code, text, event_type):
    return [m for m in code(text) if m.event_type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        (
            "Chile's foreign ministry summoned Bolivia's chargé d'affaires on Monday.",
            "ACCUSE",
            "CHL",
            "BOL",
        ),
        (
            "Ghana summoned the Togolese charge d'affaires over the shooting.",
            "ACCUSE",
            "GHA",
            "TGO",
        ),
        ("Norway expelled Iran's chargé d'affaires on Friday.", "SANCTION", "NOR", "IRN"),
        (
            "Peru recalled its chargé d'affaires from Caracas after the vote.",
            "SANCTION",
            "PER",
            "VEN",
        ),
    ],
)
def test_a_charge_d_affaires_is_an_envoy(code, text, event_type, actor, recipient):
    found = coded(code, text, event_type)
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation
