"""Small helpers shared by the unrest test files (tests/coding/test_unrest16.py onwards)."""

from __future__ import annotations


def types_of(ms):
    """Each mention's type, CAMEO code, modality and doer codes: an assertion message."""
    return [(m.event_type, m.cameo, m.modality, [a.code for a in m.actor]) for m in ms]


def asserted_of(ms, kind):
    """The mentions of one PLOVER type told as fact."""
    return [m for m in ms if m.event_type == kind and m.modality == "asserted"]
