"""Publication dates from the places stories keep them: banner lines and URLs."""

from __future__ import annotations

import re
from datetime import date

from communique.articles.dates import DAY_MONTH_RE, MONTHS, month_day, reference_today, safe_date

_LANGUAGES = ["en", "es", "fr", "de", "pt", "it", "ru"]
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NUMERIC = re.compile(
    r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$|^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$"
)
_URL_YMD = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)"
)
_URL_COMPACT = re.compile(r"(?<![\d])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d])")
_URL_YM = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/")
_URL_Y = re.compile(r"/((?:19|20)\d\d)/")


def banner_date(line: str) -> date | None:
    """The date a short banner line states ("19 FEBRERO DE 2024", "Monday, 3 March 2014").

    Only lines that are nothing but a full date (day, month and year, any of the common
    European languages) count, so headlines that mention a year are not taken for dates.
    """
    text = line.strip().strip("*_#>| ").strip()
    if not text or len(text) > 40 or not _HAS_YEAR.search(text):
        return None
    m = _NUMERIC.match(text)
    if m:
        y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[6], m[5], m[4])
        return safe_date(int(y), int(mo), int(d))
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not any(w.rstrip(".") in MONTHS for w in words):
        return None
    if len(words) > 6:
        return None
    md = month_day(text)
    if md and md[2] and len(words) <= 4:
        return safe_date(md[2], md[0], md[1])
    import dateparser  # slow import: only for lines that look like dates

    parsed = dateparser.parse(
        text,
        languages=_LANGUAGES,
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"},
    )
    return parsed.date() if parsed else None


def url_date(url: str | None) -> tuple[str, str] | None:
    """(ISO date, precision) from a date in a URL path (/2018/11/02/, 2018-11-02, /2018/11/)."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    today = reference_today()
    for rx in (_URL_YMD, _URL_COMPACT):
        m = rx.search(path)
        if m:
            d = safe_date(int(m[1]), int(m[2]), int(m[3]))
            if d and d <= today:
                return d.isoformat(), "day"
    m = _URL_YM.search(path)
    if m and int(m[1]) <= today.year:
        return f"{int(m[1]):04d}-{int(m[2]):02d}", "month"
    m = _URL_Y.search(path)
    if m and int(m[1]) <= today.year:
        return m[1], "year"
    return None


# "Published: Oct 9, 2019", "Updated on 9 October 2019", "This story is from October 9, 2019",
# "Posted 2019-10-09": a page's own label for its date, outside the story text
_LABEL = (
    r"(?P<label>first published|published|posted|this story is from|last updated|updated)"
    r"\s*(?:on|at)?\s*:?\s*(?:[A-Za-z]+day,?\s+)?"
)
_LABELLED = re.compile(
    rf"(?<![\w-]){_LABEL}(?:{DAY_MONTH_RE}|(?P<iso>(?:19|20)\d\d-\d\d-\d\d))(?!\d)",
    re.IGNORECASE,
)


def labelled_date(text: str, limit: int = 200_000) -> date | None:
    """The date a page labels as its publication ("Published: ...", "This story is from ...")
    or, failing that, its update ("Updated: ..."): the first of each, with a year, in the first
    ``limit`` characters of the page's text."""
    found: dict[bool, date] = {}
    for m in _LABELLED.finditer(text[:limit]):
        if m["iso"]:
            y, mo, d = (int(x) for x in m["iso"].split("-"))
            day = safe_date(y, mo, d)
        else:
            md = month_day(m.group(0)[m.end("label") - m.start() :])
            day = safe_date(md[2], md[0], md[1]) if md and md[2] else None
        if day is None or day > reference_today():
            continue
        updated = m["label"].lower().endswith("updated")
        found.setdefault(updated, day)
        if not updated:
            break
    return found.get(False) or found.get(True)
