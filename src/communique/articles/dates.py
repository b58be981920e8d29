"""Small date helpers shared by the metadata modules: month and weekday words, ISO precision."""

from __future__ import annotations

import os
import re
from datetime import date, datetime

# Month names as the press writes them (English, Spanish, French, Portuguese, German, Italian),
# lower-case, without accents where the accent is often dropped; value = month number.
MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        "january jan enero janvier janeiro januar gennaio",
        "february feb febrero février fevrier fevereiro februar febbraio",
        "march mar marzo mars março marco märz maerz",
        "april apr abril avril aprile",
        "may mayo mai maio maggio",
        "june jun junio juin junho juni giugno",
        "july jul julio juillet julho juli luglio",
        "august aug agosto août aout",
        "september sep sept septiembre setiembre septembre setembro settembre",
        "october oct octubre octobre outubro oktober ottobre",
        "november nov noviembre novembre novembro",
        "december dec diciembre décembre decembre dezembro dezember dicembre",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _n

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

# Longest names first so "sept" is preferred to "sep" and "march" to "mar".
MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
WEEKDAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

# "February 19", "Feb. 19", "November 3rd, 2018", "19 February", "5 May 2022", "19 de febrero de 2024"
DAY_MONTH_RE = (
    rf"(?:(?P<m1>{MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?(?P<m2>{MONTH_RE})\.?"
    rf"(?:,?\s+(?:de\s+)?(?P<y2>(?:19|20)\d\d))?)"
)
_DAY_MONTH = re.compile(rf"(?<!\w){DAY_MONTH_RE}(?!\w)", re.IGNORECASE)


def month_day(words: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) from date words such as "February 19" or "5 May 2022"."""
    m = _DAY_MONTH.search(words)
    if not m:
        return None
    month = MONTHS[(m["m1"] or m["m2"]).lower()]
    day = int(m["d1"] or m["d2"])
    year = m["y1"] or m["y2"]
    if not 1 <= day <= 31:
        return None
    return month, day, int(year) if year else None


# The day the coder takes for "today" when it decides a story's publication date: a date in a
# URL or a "Published:" label after it is no publication date, and a dateline's year-less
# "March 3" (with its weekday) is put in the latest year that fits up to it. Set this
# environment variable to an ISO day to pin it, so that the same stories code the same way
# whenever they are coded (a feed re-ingested years later, a benchmark run next year).
TODAY_ENV = "COMMUNIQUE_TODAY"


def reference_today() -> date:
    """Today's date, or the day ``$COMMUNIQUE_TODAY`` (ISO, YYYY-MM-DD) pins."""
    pinned = os.environ.get(TODAY_ENV, "").strip()
    if pinned:
        try:
            return date.fromisoformat(pinned[:10])
        except ValueError:
            raise ValueError(f"{TODAY_ENV}={pinned!r} is not an ISO date (YYYY-MM-DD)") from None
    return date.today()


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist (February 30, February 29 of 2023)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def iso_precision(value: str) -> str | None:
    """'day', 'month' or 'year' for an ISO date/datetime string; None when it is not ISO."""
    v = value.strip()
    if re.fullmatch(r"\d{4}", v):
        return "year"
    if re.fullmatch(r"\d{4}-\d{2}", v):
        return "month"
    try:
        datetime.fromisoformat(v)
    except ValueError:
        return None
    return "day"


def normalise_published(value: object) -> tuple[str, str] | None:
    """(ISO string, precision) from a user- or metadata-given date; None if unreadable.

    ISO dates and datetimes are kept as given (datetimes keep their time); anything else
    is read with dateparser and reduced to a date.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(), "day"
    if isinstance(value, date):
        return value.isoformat(), "day"
    text = str(value).strip()
    if not text:
        return None
    prec = iso_precision(text)
    if prec:
        return text, prec
    import dateparser  # slow import: only when needed

    parsed = dateparser.parse(
        text,
        languages=["en", "es", "fr", "de", "pt", "it", "ru"],
        settings={"REQUIRE_PARTS": ["year"]},
    )
    if parsed is None:
        return None
    return parsed.date().isoformat(), "day"
