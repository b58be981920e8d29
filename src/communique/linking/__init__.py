"""Linking mentions into events (one real-world happening, many reports).

For now every mention is its own event, with an id derived from the mention's id, so
event ids are stable across runs. Cross-sentence and cross-story linking replaces
``assign_event_ids`` without changing its signature.
"""

from __future__ import annotations

from communique.model import Mention


def assign_event_ids(mentions: list[Mention]) -> list[str]:
    """The event id of each mention, in order."""
    return ["e" + m.id[1:] for m in mentions]
