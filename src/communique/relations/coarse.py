"""Events dated less precisely than a chart's period: kept, grouped by the period they name.

An event dated only to "2024-01" cannot sit in a week, nor one dated "2017" in a month
(``periods``). Rather than drop them, ``coarse_groups`` gathers them by the period they are
dated to, with the first and last bucket of the chart's period that it covers, so a chart can
draw them across those buckets (hatched, as such) and list them on click (``in_period``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from communique.relations.periods import (
    bucket_end,
    bucket_of,
    bucket_range,
    bucket_start,
    check_bucket,
    check_date,
    precision_len,
)

Row = dict[str, Any]
PRECISION_NAMES = {10: "day", 7: "month", 4: "year"}
KEY_LEN = {"day": 10, "week": 10, "month": 7, "year": 4}


def coarse_key(d: str | None) -> str | None:
    """The period an imprecise date names ("2024-01", "2017"), or None when undated."""
    n = precision_len(d)
    return d[:n] if n and d else None


def coarse_span(key: str) -> tuple[str, str]:
    """First and last day (ISO) of a coarse period key ("2024-01" or "2017")."""
    by = "month" if len(key) == 7 else "year"
    return bucket_start(key, by).isoformat(), bucket_end(key, by).isoformat()


def coarse_groups(
    rows: Iterable[Row], by: str, extra: Callable[[list[Row]], dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Rows dated less precisely than ``by``, grouped by the period they are dated to, each
    with its span in ``by`` buckets (``first``, ``last``) and ``extra(rows)`` merged in."""
    groups: dict[str, list[Row]] = {}
    for r in rows:
        key = coarse_key(r["date"])
        if key is not None and bucket_of(r["date"], by) is None:
            groups.setdefault(key, []).append(r)
    out = []
    for key in sorted(groups):
        start, end = coarse_span(key)
        grows = groups[key]
        out.append({
            "period": key, "precision": PRECISION_NAMES[len(key)],
            "label": f"dated only to {key}", "start": start, "end": end,
            "first": bucket_of(start, by), "last": bucket_of(end, by),
            "events": len(grows), "event_ids": [r["uid"] for r in grows],
            **(extra(grows) if extra else {}),
        })  # fmt: skip
    return out


def axis(keys: Iterable[str | None], by: str) -> list[str]:
    """Every bucket from the earliest to the latest of ``keys`` (None ignored)."""
    ks = [k for k in keys if k]
    return bucket_range(min(ks), max(ks), by) if ks else []


def in_period(r: Row, period: str, by: str) -> bool:
    """Whether a row belongs to a chart period: a bucket of ``by``, or a coarse period key
    (shorter than ``by``'s keys) holding exactly the rows dated only to it."""
    if len(period) < KEY_LEN[by]:
        return coarse_key(r["date"]) == period and bucket_of(r["date"], by) is None
    return bucket_of(r["date"], by) == period


def check_period(by: str, period: str | None) -> str | None:
    check_bucket(by)
    check_date("period", period)
    return period
