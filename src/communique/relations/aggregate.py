"""Counting and scoring a set of event rows: the numbers every relations view reports."""

from __future__ import annotations

from collections import Counter
from typing import Any

from communique.relations.scale import is_scored, plover_score


def tally(rows: list[dict[str, Any]], include_unasserted: bool = False) -> dict[str, Any]:
    """Counts by PLOVER type, quad class and modality; Goldstein and PLOVER sums and means.

    ``events`` counts every row; ``scored`` counts those that enter the scores (asserted ones
    unless ``include_unasserted``). Means are over scored events that have the score.
    """
    by_type: Counter[str] = Counter()
    by_quad: Counter[str] = Counter()
    by_modality: Counter[str] = Counter()
    scored = 0
    g_sum, g_n, p_sum = 0.0, 0, 0
    for r in rows:
        by_type[r["event_type"]] += 1
        if r.get("quad_class") is not None:
            by_quad[str(r["quad_class"])] += 1
        by_modality[r.get("modality") or "asserted"] += 1
        if not is_scored(r.get("modality"), include_unasserted):
            continue
        scored += 1
        p_sum += plover_score(r["event_type"])
        if r.get("goldstein") is not None:
            g_sum += float(r["goldstein"])
            g_n += 1
    return {
        "events": len(rows),
        "scored": scored,
        "by_type": dict(by_type.most_common()),
        "by_quad": {q: by_quad[q] for q in sorted(by_quad)},
        "by_modality": dict(by_modality.most_common()),
        "goldstein_sum": round(g_sum, 2),
        "goldstein_mean": round(g_sum / g_n, 2) if g_n else None,
        "plover_sum": p_sum,
        "plover_mean": round(p_sum / scored, 2) if scored else None,
    }


def per_100(n: int, stories: int) -> float | None:
    """Events per 100 stories, or None when no story was published in the period."""
    return round(100.0 * n / stories, 1) if stories else None


QUAD_NAMES = {
    "1": "verbal cooperation",
    "2": "material cooperation",
    "3": "verbal conflict",
    "4": "material conflict",
}
