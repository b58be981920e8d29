"""Country-pair (dyad) time series: counts, scores and spikes for A and B over time.

Direction: ``ab`` counts events where A acts on B, ``ba`` where B acts on A, ``both`` counts
either plus *joint* events (A and B together as actors, e.g. "Cuba and Russia met"). Each
period reports counts by PLOVER type, quad class and modality, Goldstein and PLOVER score
sums and means (asserted events only unless ``include_unasserted``; see ``scores``), the
number of stories published in the period and events per 100 of them, and a spike flag
against the trailing baseline (see ``spikes``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from communique.relations.actors import ActorKey
from communique.relations.aggregate import per_100, tally
from communique.relations.coarse import check_period, coarse_groups, in_period
from communique.relations.periods import (
    bucket_end,
    bucket_of,
    bucket_range,
    bucket_start,
    check_bucket,
    label,
    prev_bucket,
)
from communique.relations.scores import directed, joint, relation_rows
from communique.relations.spikes import SpikeRule
from communique.relations.units import (
    check_unit,
    period_where,
    records_by_ids,
    stories_per_bucket,
)
from communique.store import Store

DIRECTIONS = ("both", "ab", "ba")


class BadDirection(ValueError):
    pass


@dataclass(frozen=True)
class Dyad:
    """A pair of actors and which way(s) to count."""

    a: ActorKey
    b: ActorKey
    direction: str = "both"

    @classmethod
    def of(cls, a: str, b: str, direction: str = "both") -> Dyad:
        direction = (direction or "both").lower().replace("->", "").replace("-", "")
        direction = {"atob": "ab", "btoa": "ba"}.get(direction, direction)
        if direction not in DIRECTIONS:
            raise BadDirection(f"'direction' must be both, ab (A→B) or ba (B→A), not {direction!r}")
        return cls(ActorKey.parse(a), ActorKey.parse(b), direction)

    def where(self) -> tuple[str, list[Any]]:
        a, b = self.a, self.b
        ab = f"({a.on('actor')} AND {b.on('recipient')})"
        ba = f"({b.on('actor')} AND {a.on('recipient')})"
        joint = f"({a.on('actor')} AND {b.on('actor')})"
        if self.direction == "ab":
            return ab, [a.code, b.code]
        if self.direction == "ba":
            return ba, [b.code, a.code]
        return f"({ab} OR {ba} OR {joint})", [a.code, b.code, b.code, a.code, a.code, b.code]

    def flags(self, r: dict[str, Any]) -> tuple[bool, bool, bool]:
        """(A→B, B→A, joint) for one event row, as ``scores`` defines them."""
        return directed(r, self.a, self.b), directed(r, self.b, self.a), joint(r, self.a, self.b)


def _pad_from(d: str) -> str:
    return d if len(d) >= 10 else (d + "-01-01")[:10] if len(d) == 4 else d + "-01"


def _pad_to(d: str, by: str) -> str:
    if len(d) >= 10:
        return d
    key = d if len(d) == 7 else d + "-12"
    return bucket_end(key, "month").isoformat()


def dyad_rows(
    store: Store,
    dyad: Dyad,
    *,
    unit: str = "event",
    date_from: str | None = None,
    date_to: str | None = None,
    include_unasserted: bool = False,
) -> list[dict[str, Any]]:
    """The event rows of a dyad in a period, each with its direction flags (the rows of
    ``scores.relation_rows``: historical events only with ``include_unasserted``)."""
    check_unit(unit)
    w_pair, p_pair = dyad.where()
    w_period, p_period = period_where(date_from, date_to)
    rows = relation_rows(
        store, unit, f"{w_pair} AND {w_period}", p_pair + p_period, include_unasserted
    )
    rows = [r for r in rows if any(dyad.flags(r))]
    for r in rows:
        r["a_to_b"], r["b_to_a"], r["joint"] = dyad.flags(r)
    rows.sort(key=lambda r: (r["date"] or "", r["uid"]))
    return rows


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    by: str = "month",
    direction: str = "both",
    date_from: str | None = None,
    date_to: str | None = None,
    unit: str = "event",
    include_unasserted: bool = False,
    rule: SpikeRule | None = None,
) -> dict[str, Any]:
    """The time series of a pair; see the module docstring for what each number means."""
    check_bucket(by)
    dyad = Dyad.of(a, b, direction)
    rule = rule or SpikeRule()
    rows = dyad_rows(
        store, dyad, unit=unit, date_from=date_from, date_to=date_to,
        include_unasserted=include_unasserted,
    )  # fmt: skip
    buckets: dict[str, list[dict[str, Any]]] = {}
    imprecise = []
    for r in rows:
        key = bucket_of(r["date"], by)
        if key is None:
            imprecise.append(r)
        else:
            buckets.setdefault(key, []).append(r)
    coarse = coarse_groups(imprecise, by, _direction_counts)
    spans = [*buckets, *(g[k] for g in coarse for k in ("first", "last"))]
    first = bucket_of(_pad_from(date_from), by) if date_from else min(spans, default=None)
    last = bucket_of(_pad_to(date_to, by), by) if date_to else max(spans, default=None)
    stories = stories_per_bucket(store, by)
    series: list[dict[str, Any]] = []
    if first and last:
        for key in bucket_range(first, last, by):
            brows = buckets.get(key, [])
            t = tally(brows, include_unasserted)
            base = [len(buckets.get(k, [])) for k in _previous(key, by, rule.baseline)]
            n_stories = stories.get(key, 0)
            series.append({
                "period": key, "label": label(key, by),
                "start": bucket_start(key, by).isoformat(), "end": bucket_end(key, by).isoformat(),
                "events": t["events"],
                "a_to_b": sum(r["a_to_b"] for r in brows),
                "b_to_a": sum(r["b_to_a"] for r in brows),
                "joint": sum(r["joint"] for r in brows),
                **{k: v for k, v in t.items() if k != "events"},
                "stories": n_stories, "per_100_stories": per_100(t["events"], n_stories),
                **rule.judge(t["events"], base),
                "event_ids": [r["uid"] for r in brows],
            })  # fmt: skip
    totals = tally(rows, include_unasserted)
    totals.update(
        a_to_b=sum(r["a_to_b"] for r in rows),
        b_to_a=sum(r["b_to_a"] for r in rows),
        joint=sum(r["joint"] for r in rows),
        stories=sum(s["stories"] for s in series),
        imprecise=len(imprecise),
    )
    totals["per_100_stories"] = per_100(sum(s["events"] for s in series), totals["stories"])
    notes = [
        f"Counting {unit}s"
        + (
            " (each linked event once, however many stories reported it)"
            if unit == "event"
            else " (every coded sentence mention)"
        ),  # fmt: skip
        "Historical events (a story's background) are "
        + ("counted" if include_unasserted else "left out (--include-unasserted counts them)"),
        "Scores (Goldstein, PLOVER ±1) count "
        + (
            "every modality"
            if include_unasserted
            else "asserted events only; planned, "
            "hypothetical, negated and claimed events are counted but not scored"
        ),  # fmt: skip
        "per_100_stories: events in the period per 100 stories published in it "
        "(empty when no story was published then)",
        rule.describe(by),
    ]
    if imprecise:
        notes.append(
            f"{len(imprecise)} {unit}(s) dated less precisely than a {by} are in the totals "
            f"and in imprecise_periods (by the month or year they are dated to; the chart "
            f"draws them hatched across the {by}s they cover), not in the series"
        )
    return {
        "a": {"code": dyad.a.code, "name": dyad.a.name},
        "b": {"code": dyad.b.code, "name": dyad.b.name},
        "by": by, "direction": dyad.direction, "unit": unit,
        "date_from": date_from, "date_to": date_to,
        "include_unasserted": include_unasserted,
        "totals": totals, "series": series,
        "imprecise_ids": [r["uid"] for r in imprecise],
        "imprecise_periods": coarse,
        "notes": notes,
    }  # fmt: skip


def _direction_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    return {k: sum(r[k] for r in rows) for k in ("a_to_b", "b_to_a", "joint")}


def _previous(key: str, by: str, n: int) -> list[str]:
    out, k = [], key
    for _ in range(n):
        k = prev_bucket(k, by)
        out.append(k)
    return out


def dyad_events(
    store: Store,
    a: str,
    b: str,
    period: str | None = None,
    *,
    by: str = "month",
    direction: str = "both",
    unit: str = "event",
    date_from: str | None = None,
    date_to: str | None = None,
    include_unasserted: bool = False,
    limit: int | None = 500,
) -> list[dict[str, Any]]:
    """The records behind one period of the series (or the whole pair when period is None);
    a coarse period ("2017" in a monthly series) gives the events dated only to it."""
    check_period(by, period)
    dyad = Dyad.of(a, b, direction)
    rows = dyad_rows(
        store, dyad, unit=unit, date_from=date_from, date_to=date_to,
        include_unasserted=include_unasserted,
    )  # fmt: skip
    if period is not None:
        rows = [r for r in rows if in_period(r, period, by)]
    ids = [r["uid"] for r in rows][: limit if limit is not None else None]
    flags = {r["uid"]: r for r in rows}
    out = records_by_ids(store, ids, unit)
    for rec in out:
        f = flags[rec["id"]]
        rec["direction"] = "a_to_b" if f["a_to_b"] else "b_to_a" if f["b_to_a"] else "joint"
    return out
