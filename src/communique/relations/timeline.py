"""Timelines: an actor's activity over time by quad class, and several pairs on one axis.

Events dated less precisely than the period (a month or a year) are kept as such
(``coarse``), not dropped. Figures come from ``scores`` (historical events left out unless ``include_unasserted``;
scores over asserted events only), as on every other page.
"""

from __future__ import annotations

from typing import Any

from communique.relations.actors import ActorKey
from communique.relations.aggregate import tally
from communique.relations.coarse import axis, check_period, coarse_groups, in_period
from communique.relations.dyad import dyad_series
from communique.relations.periods import bucket_end, bucket_of, bucket_start, check_bucket, label
from communique.relations.scores import on_side, relation_rows
from communique.relations.units import check_unit, period_where, records_by_ids
from communique.store import Store

Row = dict[str, Any]
QUADS = ("1", "2", "3", "4")
MAX_PAIRS = 8  # pairs one compare chart draws


# --------------------------------------------------------------------------------------------
def _quads(rows: list[Row], key: ActorKey) -> dict[str, Any]:
    t = tally(rows)
    return {
        "by_quad": {q: t["by_quad"].get(q, 0) for q in QUADS},
        "as_actor": sum(on_side(r, key, "actor") for r in rows),
        "as_recipient": sum(on_side(r, key, "recipient") for r in rows),
    }


def actor_rows(
    store: Store, code: str, *, unit: str = "event", date_from: str | None = None,
    date_to: str | None = None, include_unasserted: bool = False,
) -> list[Row]:  # fmt: skip
    """Every row with the actor on either side (all partners, and no partner at all)."""
    check_unit(unit)
    key = ActorKey.parse(code)
    w, p = period_where(date_from, date_to)
    return relation_rows(
        store, unit, f"({key.on('actor')} OR {key.on('recipient')}) AND {w}",
        [key.code, key.code, *p], include_unasserted,
    )  # fmt: skip


def actor_timeline(
    store: Store, code: str, *, by: str = "month", unit: str = "event",
    date_from: str | None = None, date_to: str | None = None, include_unasserted: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """An actor's events per period with every partner, by quad class (1 verbal cooperation
    … 4 material conflict), as actor and as recipient; coarser-dated ones in ``imprecise``."""
    check_bucket(by)
    key = ActorKey.parse(code)
    rows = actor_rows(
        store, key.code, unit=unit, date_from=date_from, date_to=date_to,
        include_unasserted=include_unasserted,
    )  # fmt: skip
    buckets: dict[str, list[Row]] = {}
    for r in rows:
        b = bucket_of(r["date"], by)
        if b is not None:
            buckets.setdefault(b, []).append(r)
    coarse = coarse_groups(rows, by, lambda rs: _quads(rs, key))
    periods = axis([*buckets, *(g["first"] for g in coarse), *(g["last"] for g in coarse)], by)
    series = []
    for p in periods:
        brows = buckets.get(p, [])
        series.append({"period": p, "label": label(p, by), "start": bucket_start(p, by).isoformat(),
                       "end": bucket_end(p, by).isoformat(), "events": len(brows),
                       **_quads(brows, key)})  # fmt: skip
    undated = len(rows) - sum(len(v) for v in buckets.values()) - sum(g["events"] for g in coarse)
    return {
        "code": key.code, "name": key.name, "by": by, "unit": unit,
        "date_from": date_from, "date_to": date_to, "include_unasserted": include_unasserted,
        "total": len(rows), "series": series, "imprecise": coarse, "undated": undated,
        "notes": [
            f"{unit}s with {key.code} as actor or recipient, every partner, per {by}, by quad "
            "class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
            "4 material conflict)",
            "Historical events are "
            + ("counted" if include_unasserted else "left out (include_unasserted counts them)"),
            f"{sum(g['events'] for g in coarse)} {unit}(s) dated only to a month or a year "
            f"(less precisely than a {by}) are drawn hatched across the {by}s they cover",
            *([f"{undated} undated {unit}(s) are not drawn"] if undated else []),
        ],
    }  # fmt: skip


def actor_period_events(
    store: Store, code: str, period: str, *, by: str = "month", unit: str = "event",
    include_unasserted: bool = False, limit: int = 500,
) -> list[dict[str, Any]]:  # fmt: skip
    """The records behind one period (or coarse period) of an actor's timeline."""
    check_period(by, period)
    rows = actor_rows(store, code, unit=unit, include_unasserted=include_unasserted)
    rows = sorted(
        (r for r in rows if in_period(r, period, by)), key=lambda r: (r["date"], r["uid"])
    )
    return records_by_ids(store, [r["uid"] for r in rows][:limit], unit)


# --------------------------------------------------------------------------------------------
def compare_pairs(
    store: Store, pairs: list[tuple[str, str]], *, by: str = "month", direction: str = "both",
    unit: str = "event", date_from: str | None = None, date_to: str | None = None,
    include_unasserted: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """Several pairs' series on one axis: events per period for each (the pair page's figures,
    ``dyad_series``), and each pair's coarser-dated events as in ``coarse_groups``."""
    check_bucket(by)
    if not pairs:
        raise ValueError("'pair' is needed: give one or more pairs such as RUS-CUB")
    if len(pairs) > MAX_PAIRS:
        raise ValueError(f"'pair' may be given at most {MAX_PAIRS} times, not {len(pairs)}")
    found = []
    for a, b in pairs:
        d = dyad_series(
            store, a, b, by=by, direction=direction, unit=unit, date_from=date_from,
            date_to=date_to, include_unasserted=include_unasserted,
        )  # fmt: skip
        found.append(d)
    periods = axis(
        [s["period"] for d in found for s in d["series"]]
        + [g[k] for d in found for g in d["imprecise_periods"] for k in ("first", "last")],
        by,
    )
    out = []
    for d in found:
        counts = {s["period"]: s for s in d["series"]}
        out.append({
            "a": d["a"]["code"], "b": d["b"]["code"],
            "label": f"{d['a']['code']}–{d['b']['code']}",
            "name": f"{d['a']['name']} – {d['b']['name']}",
            "values": [counts[p]["events"] if p in counts else 0 for p in periods],
            "goldstein_mean": [counts[p]["goldstein_mean"] if p in counts else None
                               for p in periods],
            "imprecise": d["imprecise_periods"], "total": d["totals"]["events"],
            "goldstein_sum": d["totals"]["goldstein_sum"],
        })  # fmt: skip
    return {
        "by": by, "direction": direction, "unit": unit, "date_from": date_from,
        "date_to": date_to, "include_unasserted": include_unasserted,
        "periods": periods, "labels": [label(p, by) for p in periods], "pairs": out,
        "notes": [
            f"{unit}s per {by} for each pair ({'either way' if direction == 'both' else direction}"
            "), the figures of the pair page",
            f"{unit}s dated only to a month or a year (less precisely than a {by}) are drawn "
            f"hatched across the {by}s they cover, one row per pair",
        ],
    }  # fmt: skip
