"""Entering a place and the act done to the people there (branch topact37; issue #11 unrest).

"Raiders *boarded* a cargo ship and *took* nine sailors hostage": the boarding is the means, the
hostage-taking in the clause joined after it what the sentence reports, so it is the top reading
(rule mention.entry_means); both stay coded. An entering followed by another act on things, or a
lone entering, keeps its reading.
"""

from __future__ import annotations

import pytest


def _top(found):
    return max(found, key=lambda m: m.confidence) if found else None


def _show(found):
    return [(m.event_type, m.cameo, m.confidence, m.evidence.trigger) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raiders boarded a cargo ship near Aden and took nine sailors hostage.", "ASSAULT"),
        ("Soldiers raided a village in Tigray and took four elders into custody.", "COERCE"),
        (
            "Armed men boarded an oil tanker off Mauritania and took six engineers hostage.",
            "ASSAULT",
        ),
    ],
)
def test_the_act_done_after_entering_is_the_top_reading(code, text, expected):
    found = code(text, "2025-03-12")
    top = _top(found)
    assert top is not None and top.event_type == expected, _show(found)
    assert "mention.entry_means" in top.explanation
    # the entering keeps its own event
    assert len({m.event_type for m in found}) == 2, _show(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later act on things, not people of another type: the entering stays on top
        ("Raiders boarded a cargo ship near Aden and stole its cargo.", "COERCE"),
        ("Soldiers raided a village in Tigray and burned the granary.", "ASSAULT"),
        # the act done first, the entering after it: no change
        ("Soldiers took four elders into custody after a raid on a village in Tigray.", "COERCE"),
        # a clause of its own ("after ... was beaten"): an earlier act of other doers
        (
            "Farmers stormed the governor's office in Oruro after their leader was beaten by police.",
            None,
        ),
    ],
)
def test_guards_keep_their_reading(code, text, expected):
    found = code(text, "2025-03-12")
    top = _top(found)
    if expected is None:  # whatever the storming is read as, it stays the top reading
        assert top is not None and "storm" in top.evidence.trigger, _show(found)
    else:
        assert top is not None and top.event_type == expected, _show(found)
    assert all("mention.entry_means" not in m.explanation for m in found), _show(found)
