"""The dated entries of a timeline page ("Key events": "**March 13:** The presidents signed
...", under year headings "2021", "2022"): each entry's label dates what its paragraph tells,
in the year of the heading above it (rule ``date.timeline_entry``).

A timeline is mostly history told in the past tense without date words in each sentence: "Tajik
forces shelled Kyrgyz villages" under "2021 / April 28:" happened in April 2021, not on the
day the page names last. A page is read as a timeline when at least ``MIN_ENTRIES`` paragraphs
open with a month (and day) label and a colon; a label's year is that of the heading above it
when that heading is a year ("2021"), else (no heading, or "This week") the last such month and
day up to publication. A range ("April 28-May 1") is dated by its first day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from communique.articles.dates import MONTH_RE, MONTHS
from communique.doctext import doc_text

MIN_ENTRIES = 2  # one labelled paragraph is a note; two or more make a timeline

_BULLET = r"(?:[-•·][ \t]+)?"  # a list item's bullet before the label ("- March 2: ...")
_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*{_BULLET}[ \t*_]*(?P<label>(?P<month>{MONTH_RE})\b\.?(?:[ ]+(?P<day>\d{{1,2}}))?"
    rf"(?:[ ]*[-–][ ]*(?:(?:{MONTH_RE})\.?[ ]+)?\d{{1,2}})?)[ \t*_]*:[ \t*_]+(?=\S)",
    re.IGNORECASE,
)
# a label with its own year, before a colon or a spaced dash: "March 2013 – ...", "2021: ...",
# "- 12 May 2019 — ..." (the "what we know" and profile timelines of news pages); an
# explainer's timeline reaches back centuries ("1859 – Britain and Guatemala sign a treaty")
_YEAR_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*{_BULLET}[ \t*_]*(?P<label>(?:(?:(?P<day>\d{{1,2}})[ ]+(?={MONTH_RE}))?"
    rf"(?P<month>{MONTH_RE})\b\.?[ ]+(?:(?P<mday>\d{{1,2}}),?[ ]+)?)?(?P<year>(?:1[6-9]|20)\d\d)"
    rf"(?:[-–](?:(?:1[6-9]|20)\d\d|\d\d))?)"  # a span of years ("2010–2013"): its first year
    rf"[ \t*_]*(?:\([^()\n]{{1,20}}\)[ \t*_]*)?(?::|[ ]+[-–—])[ \t*_]+(?=\S)",
    re.IGNORECASE,
)
# a day and month with no year before a spaced dash or a colon, either order, perhaps with a
# short note in brackets ("- 18 November — ...", "- March 3 (planned) – ...", "4 May: ..."): the
# entries of a dated list that named its year once, on an earlier entry
_DAY_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*{_BULLET}[ \t*_]*(?P<label>(?:(?P<day>\d{{1,2}})[ ]+(?P<month>{MONTH_RE})\b\.?"
    rf"|(?P<month2>{MONTH_RE})\b\.?[ ]+(?P<day2>\d{{1,2}}))(?![ ,]*\d))"
    rf"[ \t*_]*(?:\([^()\n]{{1,20}}\)[ \t*_]*)?(?::|[ ]+[-–—])[ \t*_]+(?=\S)",
    re.IGNORECASE,
)
# a day and month (perhaps with its year) and then the place, closed by a full stop, a colon or
# a spaced dash ("- 5 October, Kigoma town. Soldiers ...", "12 May 2024, Mopti: ..."): the lead
# of an entry of an incident log, which names when and where before telling what happened, as a
# dateline does; read only where two or more paragraphs open so (``MIN_ENTRIES``)
_PLACE_LABEL = re.compile(
    rf"(?:^|\n)[ \t]*{_BULLET}[ \t*_]*(?P<label>(?:(?P<day>\d{{1,2}})[ ]+(?P<month>(?i:{MONTH_RE}))\b\.?"
    rf"|(?P<month2>(?i:{MONTH_RE}))\b\.?[ ]+(?P<day2>\d{{1,2}}))(?:,?[ ]+(?P<year>(?:1[6-9]|20)\d\d))?"
    rf",[ ]+(?P<place>[A-Z][^\n.:;!?()\d\"“”]{{0,60}}?))"
    rf"[ \t*_]*(?:[.:]|[ ]+[-–—])[ \t*_]+(?=[A-Z\"“‘'])",
)
_PLACE_WORDS = 8  # a place is a name or a short phrase ("Lala camp, Djugu territory")
# a heading: a short paragraph of its own with no closing punctuation ("2021", "This week")
_HEADING = re.compile(r"(?:^|\n)[ \t#*_]*(?P<words>[^\n.!?:]{1,40}?)[ \t*_]*(?=\n\n|\n?$)")
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Entry:
    start: int  # where the label starts
    label_end: int  # where the entry's own text starts
    end: int  # where its paragraph ends
    date: str  # ISO: YYYY-MM-DD, or YYYY-MM for a month label
    precision: str  # "day" or "month"
    text: str  # the label's words


def timeline_entries(text: str, published: date | None) -> list[Entry]:
    """The dated entries of a timeline page, in page order (none for other stories). A label
    with no year of its own ("18 November — ...") after an entry that names its year ("12
    October 2026 — ...") and no year heading between them is in the year the list has reached:
    that of the entry before it, a year on when the list runs forward and the month comes round
    again ("28 December 2025", then "3 January"), a year back when it runs backward."""
    labels = list(_LABEL.finditer(text))
    taken = {m.start("label") for m in labels}
    labels += [m for m in _DAY_LABEL.finditer(text) if m.start("label") not in taken]
    taken = {m.start("label") for m in labels}
    placed = [
        m
        for m in _PLACE_LABEL.finditer(text)
        if m.start("label") not in taken and len(m["place"].split()) <= _PLACE_WORDS
    ]
    if len(placed) >= MIN_ENTRIES:  # an incident log's leads: when, then where
        labels += [m for m in placed if not m["year"]]
    yearly = _year_entries(text, placed if len(placed) >= MIN_ENTRIES else [])
    if len(labels) + len(yearly) < MIN_ENTRIES:
        return []
    headings = [
        (m.start("words"), int(m["words"]) if _YEAR.fullmatch(m["words"]) else None)
        for m in _HEADING.finditer(text)
    ]
    backward = _runs_backward(yearly)
    out: list[Entry] = list(yearly)
    for m in sorted(labels, key=lambda m: m.start("label")):
        month = MONTHS.get((m["month"] or m.groupdict().get("month2") or "").lower().rstrip("."))
        if month is None:
            continue
        raw_day = m["day"] or m.groupdict().get("day2")
        day = int(raw_day) if raw_day else None
        at = m.start("label")
        heading = [(h, y) for h, y in headings if h < at]
        before = [e for e in out if e.start < at]
        last = max(before, key=lambda e: e.start) if before else None
        named = [e for e in yearly if e.start < at]
        if named and (not heading or heading[-1][0] < max(e.start for e in named)) and last:
            year = _carried_year(last, month, day, backward)
        elif heading and heading[-1][1] is not None:
            year = heading[-1][1]
        elif published is not None:
            year = published.year
            if (month, day or 1) > (published.month, published.day):
                year -= 1  # the last such day up to publication
        else:
            continue
        try:
            when = date(year, month, day or 1)
        except ValueError:
            continue
        end = text.find("\n\n", m.end())
        out.append(
            Entry(
                start=at,
                label_end=m.end(),
                end=len(text) if end < 0 else end,
                date=when.isoformat() if day else when.isoformat()[:7],
                precision="day" if day else "month",
                text=m["label"],
            )
        )
    out.sort(key=lambda e: e.start)
    out = [  # an entry ends at its paragraph's end or where the next entry starts
        Entry(e.start, e.label_end, min(e.end, nxt.start), e.date, e.precision, e.text)
        for e, nxt in zip(out, [*out[1:], Entry(len(text), 0, 0, "", "", "")], strict=True)
    ]
    return out if len(out) >= MIN_ENTRIES else []


def _runs_backward(yearly: list[Entry]) -> bool:
    """Whether the entries that name their year run from the newest to the oldest."""
    dates = [e.date for e in sorted(yearly, key=lambda e: e.start)]
    steps = [(a > b) - (a < b) for a, b in zip(dates, dates[1:], strict=False)]
    return sum(steps) > 0


def _carried_year(last: Entry, month: int, day: int | None, backward: bool) -> int:
    """The year of a label with none of its own, after the entry ``last`` of the same list."""
    year = int(last.date[:4])
    if last.precision == "year":
        return year
    prev = (int(last.date[5:7]), int(last.date[8:10]) if last.precision == "day" else 1)
    if not backward and (month, day or 1) < prev:
        return year + 1
    if backward and (month, day or 1) > prev:
        return year - 1
    return year


def _year_entries(text: str, placed: list[re.Match[str]] | None = None) -> list[Entry]:
    """Entries whose label names its year ("March 2013 – ...", "- 2021: ..."): dated by it;
    ``placed``: the leads of an incident log, those with a year among them."""
    out: list[Entry] = []
    found = list(_YEAR_LABEL.finditer(text))
    taken = {m.start("label") for m in found}
    found += [m for m in placed or [] if m["year"] and m.start("label") not in taken]
    for m in sorted(found, key=lambda m: m.start("label")):
        if "place" in m.re.groupindex:  # "5 May 2024, Mopti." (day and month in either order)
            day, month_word = m["day"] or m["day2"], m["month"] or m["month2"]
            when = _day(int(m["year"]), month_word, day)
            if when is None:
                continue
            end = text.find("\n\n", m.end())
            out.append(Entry(m.start("label"), m.end(), len(text) if end < 0 else end,
                             when.isoformat(), "day", m["label"]))  # fmt: skip
            continue
        day = m["day"] or m["mday"]
        month = MONTHS.get(m["month"].lower().rstrip(".")) if m["month"] else None
        try:
            when = date(int(m["year"]), month or 1, int(day) if day and month else 1)
        except ValueError:
            continue
        end = text.find("\n\n", m.end())
        iso, precision = when.isoformat(), "day" if day and month else "month" if month else "year"
        out.append(
            Entry(
                start=m.start("label"),
                label_end=m.end(),
                end=len(text) if end < 0 else end,
                date=iso if precision == "day" else iso[:7] if precision == "month" else iso[:4],
                precision=precision,
                text=m["label"],
            )
        )
    return out


def _day(year: int, month_word: str, day: str) -> date | None:
    month = MONTHS.get(month_word.lower().rstrip("."))
    try:
        return date(year, month, int(day)) if month else None
    except ValueError:
        return None


def doc_entries(doc: Doc, published: date | None) -> list[Entry]:
    """``timeline_entries`` of a parsed story, worked out once per document."""
    key = ("communique_timeline", published)
    if key not in doc.user_data:
        doc.user_data[key] = timeline_entries(doc_text(doc), published)
    return doc.user_data[key]


def entry_at(entries: list[Entry], char: int) -> Entry | None:
    """The entry whose paragraph holds character ``char``."""
    return next((e for e in entries if e.start <= char < e.end), None)
