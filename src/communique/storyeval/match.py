"""Does a coded event match a gold entry? Type, parties, modality and (optionally) date."""

from __future__ import annotations

from typing import Any

from communique.storyeval.gold import GoldEntry, interval


def party_countries(parties: Any) -> frozenset[str]:
    """Country codes of a coded actor or recipient list: each party's ``country``, and the
    first three letters of its ``code``."""
    out: set[str] = set()
    for p in parties or []:
        if isinstance(p, dict):
            if p.get("country"):
                out.add(str(p["country"]).upper())
            if p.get("code"):
                out.add(str(p["code"]).upper()[:3])
        elif isinstance(p, str) and p:
            out.add(p.upper()[:3])
    return frozenset(out)


def _side(coded: frozenset[str], gold: frozenset[str]) -> bool:
    """An empty gold side accepts anyone, or no one."""
    return not gold or bool(coded & gold)


def parties_ok(event: dict[str, Any], gold: GoldEntry) -> bool:
    actor = party_countries(event.get("actor"))
    recipient = party_countries(event.get("recipient"))
    if _side(actor, gold.actor) and _side(recipient, gold.recipient):
        return True
    if not gold.symmetric:
        return False
    swapped = _side(recipient, gold.actor) and _side(actor, gold.recipient)
    # "A and B met": both sides coded as actors
    joint = len(actor) >= 2 and _side(actor, gold.actor) and _side(actor, gold.recipient)
    return swapped or joint


def modality_ok(event: dict[str, Any], gold: GoldEntry) -> bool:
    coded = event.get("modality") or "asserted"
    if gold.modality is not None:
        return coded in gold.modality
    return coded not in ("negated", "hypothetical")


def date_ok(event: dict[str, Any], gold: GoldEntry) -> bool:
    """A gold ``date``: the coded date's day, month or year lies inside it; a window
    (``date_from``/``date_to``): they overlap. An undated coded event fails a dated entry."""
    if not gold.dated:
        return True
    coded = interval(event.get("date"))
    if coded is None:
        return False
    if gold.inside is not None:
        return gold.inside[0] <= coded[0] and coded[1] <= gold.inside[1]
    assert gold.window is not None
    return coded[0] <= gold.window[1] and coded[1] >= gold.window[0]


def matches(event: dict[str, Any], gold: GoldEntry, *, check_date: bool = True) -> bool:
    return (
        event.get("event_type") in gold.types
        and parties_ok(event, gold)
        and modality_ok(event, gold)
        and (not check_date or date_ok(event, gold))
    )
