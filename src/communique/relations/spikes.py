"""Spike detection: this period against the trailing baseline, with a low-count guard.

The rule (defaults): a pair spikes in a week when its event count is at least twice the
mean of the previous four weeks *and* that baseline mean is above 2 events a week. When the
baseline averages 2 or fewer, a jump from 0 to 3 says more about how few stories there are
than about the pair, so the verdict is ``suppressed`` and the output says why.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from communique.relations.actors import ActorKey, actor_name
from communique.relations.periods import (
    SANE_YEAR_SQL,
    bucket_end,
    bucket_of,
    bucket_start,
    check_bucket,
    check_date,
    label,
    prev_bucket,
)
from communique.relations.scores import figures, relation_rows, undirected_links
from communique.relations.units import DATE_SQL, period_where, unit_from
from communique.store import Store

PRECISION = {"day": 10, "week": 10, "month": 7, "year": 4}  # date length a bucket needs


@dataclass(frozen=True)
class SpikeRule:
    baseline: int = 4  # trailing periods averaged
    min_baseline: float = 2.0  # suppressed when the baseline mean is <= this
    factor: float = 2.0  # spike when count >= factor * baseline mean

    def judge(self, count: int, base: list[int]) -> dict[str, Any]:
        mean = sum(base) / len(base) if base else 0.0
        if mean <= self.min_baseline:
            status = "suppressed"
        elif count >= self.factor * mean:
            status = "spike"
        else:
            status = "normal"
        return {
            "baseline_mean": round(mean, 2),
            "ratio": round(count / mean, 2) if mean else None,
            "spike": status == "spike",
            "spike_status": status,
        }

    def near_miss(self, count: int, base: list[int]) -> str | None:
        """Why a suppressed count would have been a spike without the guard, or None."""
        mean = sum(base) / len(base) if base else 0.0
        if mean > self.min_baseline or count <= 0 or count < self.factor * mean:
            return None
        if count <= self.min_baseline:
            return (
                f"{count} event(s) this period against a baseline mean of {mean:g}: both at "
                f"or under the minimum of {self.min_baseline:g}"
            )
        return (
            f"{count} event(s) this period is at least {self.factor:g}× the baseline mean of "
            f"{mean:g}, but that mean is at or under the minimum of {self.min_baseline:g}"
        )

    def guard(self, by: str = "week") -> dict[str, Any]:
        """The low-count guard as data: what a pair needs before it is judged at all."""
        return {
            "baseline_periods": self.baseline,
            "min_baseline_mean": self.min_baseline,
            "factor": self.factor,
            "text": (
                f"A pair is judged only when its previous {self.baseline} {by}s average more "
                f"than {self.min_baseline:g} events; a {by} with at least {self.factor:g}× that "
                f"mean is a spike. Pairs under the minimum are suppressed; those that would "
                f"have been spikes without the guard are listed as near misses."
            ),
        }

    def describe(self, by: str = "week") -> str:
        return (
            f"spike: at least {self.factor:g}× the mean of the previous {self.baseline} {by}s; "
            f"suppressed (not judged) when that mean is {self.min_baseline:g} or less, "
            "too few events to call a spike"
        )


def pair_key(actors: list[str], recipients: list[str]) -> list[tuple[str, str]]:
    """Unordered country pairs an event belongs to either way (``scores.undirected_links``:
    actor × recipient and actors acting together; self-pairs dropped)."""
    row = {"actor_countries": actors, "recipient_countries": recipients}
    return sorted(undirected_links(row))


def spikes(
    store: Store,
    *,
    by: str = "week",
    as_of: str | None = None,
    actor: str | None = None,
    unit: str = "event",
    rule: SpikeRule | None = None,
    limit: int = 50,
    recent: int = 12,
) -> dict[str, Any]:
    """Which country pairs spiked in the period holding ``as_of`` (default: the latest).

    Every pair active in the period or its baseline gets a row with ``current``,
    ``baseline`` (counts per previous period), ``baseline_mean``, ``ratio`` and
    ``spike_status`` (spike / normal / suppressed), and the pair's figures in the period
    (either way, ``scores``: ``current`` events, ``scored``, Goldstein and PLOVER sums).
    Spikes come first. ``near_misses`` are the period's suppressed pairs that would have
    spiked without the low-count guard, with why; ``recent_near_misses`` the same for each of
    the ``recent`` periods before it (each judged against its own baseline), so small data
    shows what the guard held back rather than nothing.
    """
    check_bucket(by)
    rule = rule or SpikeRule()
    focus = ActorKey.parse(actor) if actor else None
    check_date("as_of", as_of)
    if as_of is None:  # the latest date in range: a stored 9999-12-31 counts as undated
        latest = store.con.execute(
            f"SELECT max({DATE_SQL}) FROM {unit_from(unit)} WHERE length({DATE_SQL}) >= 10 "
            f"AND {SANE_YEAR_SQL.format(col=DATE_SQL)}"
        ).fetchone()[0]
        as_of = latest
    current = bucket_of(as_of, by) if as_of else None
    out: dict[str, Any] = {
        "by": by, "as_of": as_of, "period": current, "unit": unit,
        "actor": focus.code if focus else None, "rule": rule.describe(by),
        "baseline_periods": [], "rows": [], "spikes": 0, "suppressed": 0,
        "guard": rule.guard(by), "near_misses": [], "recent": recent, "recent_near_misses": [],
    }  # fmt: skip
    if current is None:
        out["note"] = "no dated events to judge"
        return out
    periods = [current]
    for _ in range(rule.baseline + recent):
        periods.append(prev_bucket(periods[-1], by))
    judged = set(periods[: rule.baseline + 1])  # this period and its baseline
    start = bucket_start(periods[-1], by).isoformat()
    end = bucket_end(current, by).isoformat()
    where, params = period_where(start, end)
    rows = relation_rows(  # history never makes a spike: it is not news of this period
        store, unit, f"length({DATE_SQL}) >= {PRECISION[by]} AND {where}", params
    )
    counts: dict[tuple[str, str], Counter[str]] = {}
    now: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows:
        key = bucket_of(r["date"], by)
        if key not in periods:
            continue
        for pair in pair_key(r["actor_countries"] or [], r["recipient_countries"] or []):
            if focus and focus.code[:3] not in pair:
                continue
            counts.setdefault(pair, Counter())[key] += 1
            if key == current:
                now.setdefault(pair, []).append(r)
    result = []
    for (a, b), c in counts.items():
        if not any(c.get(p) for p in judged):
            continue  # active only in the older periods scanned for near misses
        base = [c.get(p, 0) for p in periods[1 : rule.baseline + 1]]
        verdict = rule.judge(c.get(current, 0), base)
        missed = None
        if verdict["spike_status"] == "suppressed":
            missed = rule.near_miss(c.get(current, 0), base)
        f = figures(now.get((a, b), []))
        result.append({
            "a": a, "b": b, "a_name": actor_name(a), "b_name": actor_name(b),
            "current": c.get(current, 0), "baseline": base, **verdict, "near_miss": missed,
            **{k: f[k] for k in ("scored", "goldstein_sum", "goldstein_mean", "plover_sum")},
        })  # fmt: skip
    order = {"spike": 0, "normal": 1, "suppressed": 2}
    result.sort(key=lambda r: (order[r["spike_status"]], -r["current"], r["a"], r["b"]))
    out["baseline_periods"] = periods[1 : rule.baseline + 1]
    out["period_label"] = label(current, by)
    out["spikes"] = sum(r["spike"] for r in result)
    out["suppressed"] = sum(r["spike_status"] == "suppressed" for r in result)
    out["rows"] = result[:limit]
    out["near_misses"] = near_misses(result)[:limit]
    out["recent_near_misses"] = _recent_near_misses(counts, periods, rule, by, recent)[:limit]
    if out["suppressed"]:
        out["note"] = (
            f"{out['suppressed']} pair(s) not judged: their baseline averages "
            f"{rule.min_baseline:g} or fewer events per {by}"
        )
    return out


def near_misses(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Suppressed pairs that would have spiked without the guard, busiest first, with why."""
    keep = ("a", "b", "a_name", "b_name", "current", "baseline", "baseline_mean")
    out = [{k: r[k] for k in keep} | {"why": r["near_miss"]} for r in rows if r["near_miss"]]
    out.sort(key=lambda r: (-r["current"], r["a"], r["b"]))
    return out


def _recent_near_misses(
    counts: dict[tuple[str, str], Counter[str]], periods: list[str], rule: SpikeRule, by: str,
    recent: int,
) -> list[dict[str, Any]]:  # fmt: skip
    """Near misses of each of the ``recent`` periods before the current one (newest first),
    each period judged against the ``rule.baseline`` periods before it."""
    out = []
    for j in range(1, recent + 1):
        p, base_periods = periods[j], periods[j + 1 : j + 1 + rule.baseline]
        for (a, b), c in counts.items():
            n = c.get(p, 0)
            base = [c.get(q, 0) for q in base_periods]
            if not n or rule.judge(n, base)["spike_status"] != "suppressed":
                continue
            why = rule.near_miss(n, base)
            if why:
                out.append({
                    "period": p, "period_label": label(p, by), "a": a, "b": b,
                    "a_name": actor_name(a), "b_name": actor_name(b), "current": n,
                    "baseline": base, "baseline_mean": rule.judge(n, base)["baseline_mean"],
                    "why": why,
                })  # fmt: skip
    out.sort(key=lambda r: (r["period"], r["current"]), reverse=True)
    return out
