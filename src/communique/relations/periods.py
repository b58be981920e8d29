"""Time buckets (day, week, month, year) over ISO dates of varying precision.

An event dated only to a month cannot go into a day or week bucket, nor one dated only to a
year into a month: such events are left out of the series and counted as ``imprecise``, so
nothing is silently moved to the first of the month. Weeks start on Monday and are named by
that date (``2024-02-19``). Dates outside MIN_YEAR..MAX_YEAR (a stored 9999-12-31, a 0001-01-01)
are not usable dates: stored ones count as undated, and asking for one is a BadDate.
"""

from __future__ import annotations

from datetime import date, timedelta

BUCKETS = ("day", "week", "month", "year")
_NEEDS = {"day": 10, "week": 10, "month": 7, "year": 4}
MIN_YEAR, MAX_YEAR = 1000, 2100
# SQL over an ISO date column: true when its year is in range (else the date counts as unknown).
SANE_YEAR_SQL = "(left({col}, 4) BETWEEN '1000' AND '2100')"


class BadBucket(ValueError):
    pass


class BadDate(ValueError):
    pass


def check_date(name: str, value: str | None) -> str | None:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD with a year in range, else BadDate."""
    if value is None or value == "":
        return None
    if precision_len(value) != min(len(value), 10) or len(value) not in (4, 7, 10):
        raise BadDate(
            f"'{name}' must be a date (YYYY, YYYY-MM or YYYY-MM-DD) from {MIN_YEAR} to "
            f"{MAX_YEAR}, not {value[:40]!r}"
        )
    return value


def check_bucket(by: str) -> str:
    if by not in BUCKETS:
        raise BadBucket(f"'by' must be one of {', '.join(BUCKETS)}, not {by!r}")
    return by


def precision_len(d: str | None) -> int:
    """10 for a day, 7 for a month, 4 for a year, 0 for no usable date."""
    if not d:
        return 0
    d = d[:10]
    if not (d[:4].isdigit() and MIN_YEAR <= int(d[:4]) <= MAX_YEAR):
        return 0
    for n in (10, 7, 4):
        if len(d) >= n and _valid(d[:n]):
            return n
    return 0


def _valid(s: str) -> bool:
    try:
        if len(s) == 10:
            date.fromisoformat(s)
        elif len(s) == 7:
            date.fromisoformat(s + "-01")
        else:
            int(s)
        return True
    except ValueError:
        return False


def bucket_of(d: str | None, by: str) -> str | None:
    """The bucket key of a date, or None when the date is too imprecise for the bucket."""
    n = precision_len(d)
    if n < _NEEDS[by] or d is None:
        return None
    if by == "day":
        return d[:10]
    if by == "week":
        day = date.fromisoformat(d[:10])
        return (day - timedelta(days=day.weekday())).isoformat()
    if by == "month":
        return d[:7]
    return d[:4]


def bucket_start(key: str, by: str) -> date:
    if by in ("day", "week"):
        return date.fromisoformat(key)
    if by == "month":
        return date.fromisoformat(key + "-01")
    return date(int(key), 1, 1)


def next_bucket(key: str, by: str) -> str:
    start = bucket_start(key, by)
    if by == "day":
        return (start + timedelta(days=1)).isoformat()
    if by == "week":
        return (start + timedelta(days=7)).isoformat()
    if by == "month":
        y, m = start.year + (start.month == 12), start.month % 12 + 1
        return f"{y:04d}-{m:02d}"
    return f"{start.year + 1:04d}"


def prev_bucket(key: str, by: str) -> str:
    start = bucket_start(key, by)
    if by == "day":
        return (start - timedelta(days=1)).isoformat()
    if by == "week":
        return (start - timedelta(days=7)).isoformat()
    if by == "month":
        y, m = start.year - (start.month == 1), (start.month - 2) % 12 + 1
        return f"{y:04d}-{m:02d}"
    return f"{start.year - 1:04d}"


def bucket_end(key: str, by: str) -> date:
    """Last day inside the bucket."""
    return bucket_start(next_bucket(key, by), by) - timedelta(days=1)


def bucket_range(first: str, last: str, by: str, limit: int = 20_000) -> list[str]:
    """Every bucket key from first to last inclusive (empty ones too, for charts)."""
    out = [first]
    while out[-1] < last and len(out) < limit:
        out.append(next_bucket(out[-1], by))
    return out


def label(key: str, by: str) -> str:
    if by == "week":
        return f"week of {key}"
    return key
