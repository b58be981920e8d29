"""Whoever hears, feels or notices an act of force does not do it (vocabulary observing_verbs,
rule actor.governing_verb_subject)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "witness"),
    [
        (
            "Farmers near the Lebanese border heard artillery fire late on Sunday, officials said.",
            "LBN",
        ),
        (
            "Shoppers in Kyiv felt a huge explosion shortly before noon, Ukrainian police said.",
            "UKR",
        ),
        ("Fishermen off the Somali coast noticed gunfire from a passing skiff.", "SOM"),
    ],
)
def test_a_perceiver_is_no_doer(code, text: str, witness: str) -> None:
    doers = {a.country for m in code(text) if m.event_type == "ASSAULT" for a in m.actor}
    assert witness not in doers


def test_the_doer_of_a_launched_attack_still_counts(code) -> None:
    mentions = code("Syrian forces launched heavy shelling on the town late on Sunday.")
    assert any(
        m.event_type == "ASSAULT" and any(a.country == "SYR" for a in m.actor) for m in mentions
    )
