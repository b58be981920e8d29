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
    rf"(?P<month>{MONTH_RE})\b\.?[ ]+(?:(?P<mday>\d{{1,2}}),?[ ]+)?)?(?P<year>(?:1[6-9]|20)\d\d))"
    rf"[ \t*_]*(?::|[ ]+[-–—])[ \t*_]+(?=\S)",
    re.IGNORECASE,
)
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
    """The dated entries of a timeline page, in page order (none for other stories)."""
    labels = list(_LABEL.finditer(text))
    yearly = _year_entries(text)
    if len(labels) + len(yearly) < MIN_ENTRIES:
        return []
    headings = [
        (m.start("words"), int(m["words"]) if _YEAR.fullmatch(m["words"]) else None)
        for m in _HEADING.finditer(text)
    ]
    out: list[Entry] = []
    for m in labels:
        month = MONTHS.get(m["month"].lower().rstrip("."))
        if month is None:
            continue
        day = int(m["day"]) if m["day"] else None
        heading = [y for at, y in headings if at < m.start("label")]
        if heading and heading[-1] is not None:
            year = heading[-1]
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
                start=m.start("label"),
                label_end=m.end(),
                end=len(text) if end < 0 else end,
                date=when.isoformat() if day else when.isoformat()[:7],
                precision="day" if day else "month",
                text=m["label"],
            )
        )
    out.extend(yearly)
    out.sort(key=lambda e: e.start)
    out = [  # an entry ends at its paragraph's end or where the next entry starts
        Entry(e.start, e.label_end, min(e.end, nxt.start), e.date, e.precision, e.text)
        for e, nxt in zip(out, [*out[1:], Entry(len(text), 0, 0, "", "", "")], strict=True)
    ]
    return out if len(out) >= MIN_ENTRIES else []


def _year_entries(text: str) -> list[Entry]:
    """Entries whose label names its year ("March 2013 – ...", "- 2021: ..."): dated by it."""
    out: list[Entry] = []
    for m in _YEAR_LABEL.finditer(text):
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


def doc_entries(doc: Doc, published: date | None) -> list[Entry]:
    """``timeline_entries`` of a parsed story, worked out once per document."""
    key = ("communique_timeline", published)
    if key not in doc.user_data:
        doc.user_data[key] = timeline_entries(doc_text(doc), published)
    return doc.user_data[key]


def entry_at(entries: list[Entry], char: int) -> Entry | None:
    """The entry whose paragraph holds character ``char``."""
    return next((e for e in entries if e.start <= char < e.end), None)
