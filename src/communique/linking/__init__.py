"""Linking mentions into events: one real-world happening, however many reports.

Mentions of the same or a compatible type, with overlapping actors and recipients, a
compatible date and place become one event, within a story and across stories. The rule
is data (``data/linking/``); every link keeps a readable reason.

Public API:
    link_reports(new, existing=(), rules=None) -> Linking   the incremental linker
    Report(mention, publisher=None, published=None, event_id=None)
    compare(x, y, rules) -> Comparison                      one pair: score, veto, reasons
    assign_event_ids(mentions, published=None) -> list[str] one story's mentions, no store
    load_rules() -> LinkRules
"""

from __future__ import annotations

from communique.linking.compare import Comparison, Report, compare
from communique.linking.linker import (
    EventState,
    Link,
    Linking,
    event_id_for,
    link_reports,
    representative,
)
from communique.linking.rules import LinkRules, load_rules
from communique.model import Mention

__all__ = [
    "Comparison", "EventState", "Link", "LinkRules", "Linking", "Report", "assign_event_ids",
    "compare", "event_id_for", "link_reports", "load_rules", "representative",
]  # fmt: skip


def assign_event_ids(
    mentions: list[Mention], published: str | None = None, publisher: str | None = None
) -> list[str]:
    """The event id of each mention, in order, linking the mentions among themselves only
    (one story's mentions, no store). The store links them across stories when it writes."""
    result = link_reports([Report(m, publisher, published) for m in mentions])
    return result.event_ids()
