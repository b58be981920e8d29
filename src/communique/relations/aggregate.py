"""Counting and scoring a set of event rows: the numbers every relations view reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from communique.relations.scale import SCORED_BY_DEFAULT, is_scored, plover_scale, plover_score


class Tally:
    """The figures of a set of event rows, added one row at a time (so rows can be streamed
    from the database and never held in a list): see ``tally``."""

    __slots__ = ("unasserted", "n", "by_type", "by_quad", "by_modality", "scored", "g_sum",
                 "g_n", "p_sum")  # fmt: skip

    def __init__(self, include_unasserted: bool = False) -> None:
        self.unasserted = include_unasserted
        self.n = self.scored = self.g_n = self.p_sum = 0
        self.g_sum = 0.0
        self.by_type: Counter[str] = Counter()
        self.by_quad: Counter[str] = Counter()
        self.by_modality: Counter[str] = Counter()

    def add(self, r: dict[str, Any]) -> None:
        self.n += 1
        self.by_type[r["event_type"]] += 1
        if r.get("quad_class") is not None:
            self.by_quad[str(r["quad_class"])] += 1
        self.by_modality[r.get("modality") or "asserted"] += 1
        if not is_scored(r.get("modality"), self.unasserted):
            return
        self.scored += 1
        self.p_sum += plover_score(r["event_type"])
        if r.get("goldstein") is not None:
            self.g_sum += float(r["goldstein"])
            self.g_n += 1

    @classmethod
    def of_sums(
        cls, n: int, scored: int, g_sum: float | None, g_n: int, p_sum: int | None,
        include_unasserted: bool = False,
    ) -> Tally:  # fmt: skip
        """A Tally from the sums ``sums_sql`` has DuckDB compute over the same rows (its
        counts by type, quad class and modality are left empty)."""
        t = cls(include_unasserted)
        t.add_sums(n, scored, g_sum, g_n, p_sum)
        return t

    def add_sums(
        self, n: int, scored: int, g_sum: float | None, g_n: int, p_sum: int | None,
        event_type: str | None = None, quad_class: int | None = None,
    ) -> None:  # fmt: skip
        """Add ``sums_sql``'s sums over a group of rows (of one type and quad class, if
        given: they then count in ``by_type`` and ``by_quad``)."""
        self.n += int(n)
        self.scored += int(scored)
        self.g_sum += float(g_sum or 0.0)
        self.g_n += int(g_n)
        self.p_sum += int(p_sum or 0)
        if event_type is not None:
            self.by_type[event_type] += int(n)
        if quad_class is not None:
            self.by_quad[str(quad_class)] += int(n)

    def result(self) -> dict[str, Any]:
        # Goldstein scores have one decimal, so the sum is settled to 6 places before the
        # mean is taken: DuckDB's sum and Python's, added in other orders, differ in the last
        # bits, and a mean on a rounding edge (-71.2 / 32 = -2.225) must read the same on
        # every face (the list, the overview, the network, the CLI)
        g_sum = round(self.g_sum, 6)
        return {
            "events": self.n,
            "scored": self.scored,
            "by_type": dict(self.by_type.most_common()),
            "by_quad": {q: self.by_quad[q] for q in sorted(self.by_quad)},
            "by_modality": dict(self.by_modality.most_common()),
            "goldstein_sum": round(g_sum, 2),
            "goldstein_mean": round(g_sum / self.g_n, 2) if self.g_n else None,
            "plover_sum": self.p_sum,
            "plover_mean": round(self.p_sum / self.scored, 2) if self.scored else None,
        }


def tally(rows: Iterable[dict[str, Any]], include_unasserted: bool = False) -> dict[str, Any]:
    """Counts by PLOVER type, quad class and modality; Goldstein and PLOVER sums and means.

    ``events`` counts every row; ``scored`` counts those that enter the scores (asserted ones
    unless ``include_unasserted``). Means are over scored events that have the score.
    """
    t = Tally(include_unasserted)
    for r in rows:
        t.add(r)
    return t.result()


def sums_sql(include_unasserted: bool, where: str = "TRUE") -> str:
    """SQL aggregates giving ``Tally.of_sums``'s arguments (n, scored, g_sum, g_n, p_sum) over
    the rows (columns event_type, modality, goldstein) that satisfy ``where``: ``Tally.add``'s
    rules (``scale.is_scored``, ``scale.plover_score``), summed by DuckDB for figures over a
    whole store. Goldstein scores are summed as decimals, so no float drift."""
    if include_unasserted:
        scored = f"({where})"
    else:
        kept = ", ".join("'" + m.replace("'", "''") + "'" for m in SCORED_BY_DEFAULT)
        scored = f"({where}) AND coalesce(modality, 'asserted') IN ({kept})"
    cases = " ".join(f"WHEN '{t}' THEN {int(v)}" for t, v in plover_scale().items() if t.isalnum())
    plover = f"CASE upper(coalesce(event_type, '')) {cases} ELSE 0 END"
    return (
        f"count(*) FILTER (WHERE {where}), count(*) FILTER (WHERE {scored}), "
        f"sum(CAST(goldstein AS DECIMAL(18, 3))) FILTER (WHERE {scored}), "
        f"count(goldstein) FILTER (WHERE {scored}), sum({plover}) FILTER (WHERE {scored})"
    )


def per_100(n: int, stories: int) -> float | None:
    """Events per 100 stories, or None when no story was published in the period."""
    return round(100.0 * n / stories, 1) if stories else None


QUAD_NAMES = {
    "1": "verbal cooperation",
    "2": "material cooperation",
    "3": "verbal conflict",
    "4": "material conflict",
}
