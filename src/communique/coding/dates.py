"""Event dates: find date words in a sentence and resolve them against the publication date.

"on Friday", "today", "yesterday", "last night", "hours later", "a day earlier", "two weeks ago", "the
previous day", "last October", "in mid-April", "next week", "over the weekend" (the month of the
last Saturday and Sunday: the story does not say which), "in recent weeks" (the publication
month; "in recent months" its year), "in 2019", "in autumn 1903", "from 2014 to 2023", "since 2014", "November
3rd", "3 November 2018", and named periods from ``data/coding/periods.tsv`` ("during the
Covid-19 pandemic" = 2020, a year-precision date whose span the explanation gives). A weekday
in a future-tense clause is the next such day after publication; otherwise the last one on or
before it. "Last Monday" and "next Monday" are the Monday of the week (Monday to Sunday) before
or after publication's: news says "on Monday" for the days of the week around it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from copy import copy
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from communique.vocabulary import words

if TYPE_CHECKING:
    from spacy.tokens import Span

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# eras after a year ("701 BC") and before one ("AD 79"), and ordinal words ("the seventh
# century"), from vocabulary.tsv
_ERA = (
    "(?:" + "|".join(re.escape(w) for w in sorted(words("era_words"), key=len, reverse=True)) + ")"
)
_ERA_AD = (
    "(?:"
    + "|".join(re.escape(w) for w in sorted(words("era_ad_words"), key=len, reverse=True))
    + ")"
)
_ORDINAL_WORDS = {w.split(":")[0]: int(w.split(":")[1]) for w in words("century_ordinals")}
_ORDINAL_WORD = "(?:" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + ")"
# what may follow an early year or a century that dates the clause ("in 1453 the city fell", "in
# the 15th century, ..."): not a noun it describes ("in 1500 homes", "in the 15th century church")
_NO_NOUN_AFTER = r"(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|when|where|after|before|under|until|as|by|in|on|at|with|the|a|an|it|he|she|they|(?-i:[A-Z])\w*)\b)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

# nouns for a happening that a year before them dates ("the 1967 war", "the 2014 annexation")
_HAPPENINGS = (
    "(?:" + "|".join(sorted(words("happening_nouns"), key=len, reverse=True)) + ")(?:s|es)?"
)
# ... and written texts named by the year they were made ("a 1998 protocol", "the 2019 law":
# vocabulary named_texts), whose year rule date.named_text sets aside or gives to the making
# (and to the terms: date.text_terms, coding/text_terms.py)
_DATED_NOUNS = (
    "(?:"
    + "|".join(sorted(words("happening_nouns") | words("named_texts"), key=len, reverse=True))
    + ")(?:s|es)?"
)


def happening(word: str) -> bool:
    """Whether a (lower-case) noun names a happening a date can place ("war", "election")."""
    return re.fullmatch(_HAPPENINGS, word) is not None


_COUNT = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip

# "... last year", "... next year", "... this year" after a month or day: the year counted from
# publication (group: last / next / this)
_REL_YEAR = r"\s+(last|next|this)\s+year"
_REL_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(rf"\b(?:from|between)\s+({_YEAR})\s+(?:to|and|until|till|through)\s+({_YEAR})\b", re.I)),
    # "between April and September", "from March to May 2024": a stretch of months, dated by its
    # first month and judged history by its last (rule date.month_range)
    ("month_range", re.compile(rf"\b(?:between|from)\s+({_MONTH})(?:\s+({_YEAR}))?\s+(?:and|to|until|till|through)\s+({_MONTH})(?:,?\s+({_YEAR}))?\b", re.I)),
    ("since", re.compile(rf"\bsince\s+({_YEAR})\b", re.I)),
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    # "on 3 April last year", "in April next year": the month of the year the words name
    ("mdy", re.compile(rf"\b({_MONTH})\s+({_DAY})(?:,?\s+({_YEAR})|{_REL_YEAR})?\b", re.I)),
    ("dmy", re.compile(rf"\b({_DAY})\s+({_MONTH})(?:,?\s+({_YEAR})|{_REL_YEAR})?\b", re.I)),
    ("rel_month", re.compile(rf"\b(last|next|this|in|early|late|mid)(?:\s+|-)(?:mid-?)?({_MONTH})(?:\s+({_YEAR})|{_REL_YEAR})?\b", re.I)),
    ("month_year", re.compile(rf"\b({_MONTH})\s+({_YEAR})\b", re.I)),
    # "on the 9th", "since the 5th", "on the 9th of March": a day of the month the story is in
    # (of the month before when that day is still to come); not "on the 5th floor"
    ("ordinal", re.compile(rf"\b(?:on|since|until|by|from)\s+the\s+((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?:\s+of\s+({_MONTH}))?(?![\w-]|\s+[a-z\d])", re.I)),
    ("weekday", re.compile(rf"\b(?:(last|next|this|on|late|early)\s+)?({_WEEKDAY})(?:\s+(?:of\s+)?(last|next)\s+week)?\b", re.I)),
    ("relday", re.compile(r"\b(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))\b", re.I)),
    # "over the weekend", "last weekend", "at the weekend": a Saturday and Sunday; "this
    # weekend" is the coming one in a future clause ("will meet this weekend") and the one just
    # gone in a past one ("protested this weekend"), as the tense says
    ("weekend", re.compile(r"\b(?:(?:over|at|during|on)\s+the|(last|next|coming|this))\s+weekend\b", re.I)),
    ("shift", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(earlier|before|ago|later)\b", re.I)),
    # "two years later", "a decade earlier", "three years ago": counted in years from the year
    # the words before named (coding.mention.year_named_before), or from publication ("ago")
    ("yearshift", re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(years?|decades?)\s+(earlier|later|ago)\b", re.I)),
    # "years ago", "many decades ago", "long ago": history of no year the words name
    ("vagueago", re.compile(r"\b(?:(?:many|several|a\s+few|some|a\s+couple\s+of)\s+)?(years|decades)\s+ago\b|\blong\s+ago\b", re.I)),
    # "hours later", "a few hours earlier": the same day (as the day counted from)
    # "less than 24 hours later", "48 hours later": a whole day or more, counted in days
    ("hours", re.compile(r"\b(?:(?:less\s+than|under|nearly|almost|some|about|just\s+over|more\s+than)\s+)?(\d{2,3})\s+hours?\s+(later|earlier)\b", re.I)),
    ("hours", re.compile(r"\b(?:(?:a\s+few|several|a|an|one|two|three|four|five|six|\d{1,2})\s+)?hours?\s+(earlier|later|ago)\b", re.I)),
    # "that day", "later the same day", "that night": the day the words before named
    ("sameday", re.compile(r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?:day|night|morning|afternoon|evening)\b", re.I)),
    # "later that year", "the same year", "earlier in that year": the year the words before named
    # "that spring", "later that summer": a season of that year (branch history36)
    ("sameyear", re.compile(r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same)\s+(?:year|spring|summer|autumn|winter)\b", re.I)),
    ("shift1", re.compile(r"\bthe\s+(previous|following|next)\s+day\b|\bthe\s+day\s+(before|after)\b", re.I)),
    # "later that month", "the same month": the month the words before named (date.same_month)
    ("samemonth", re.compile(r"\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same|that\s+same)\s+month\b", re.I)),
    # "the following year", "the previous year": one year on from (or before) the year the words
    # before named (date.years_counted); "the next year" is left out (also "within a year")
    # "the following spring", "the previous winter": a season of the year after (or before)
    ("yearshift1", re.compile(r"\bthe\s+(following|previous|preceding)\s+(?:year|spring|summer|autumn|winter)\b", re.I)),
    # "the following month", "the previous month": a month on from (or before) the month the
    # words before named (coding.mention.month_named_before; rule date.same_month); "the next
    # month" is left out (also "within the next month")
    ("monthshift1", re.compile(r"\bthe\s+(following|previous|preceding)\s+month\b", re.I)),
    # "back then", "in the aftermath" (not "of" a thing named), "in the years that followed":
    # the time the story named last before them (coding.mention.year_named_before), only when
    # that lies well before publication (rule date.then_history; branch history36); with no
    # such time named they date nothing
    ("thentime", re.compile(r"\bback\s+then\b|\bin\s+the\s+(?:immediate\s+)?aftermath\b(?!\s+of\b)|\b(?:in|over|during)\s+the\s+(?:(?:years|months|decades)\s+that\s+followed|following\s+(?:years|months|decades))\b", re.I)),
    # "in recent weeks", "over the past few days", "in the last two months": a window up to
    # publication, whose days the story does not give
    ("recent", re.compile(r"\b(?:in|over|during|throughout|for)\s+(?:the\s+)?(?:recent|past|last)\s+(?:(?:few|several|couple\s+of|two|three|four|five|six|\d{1,2})\s+)?(days|weeks|months)\b", re.I)),
    ("relperiod", re.compile(r"\b(last|next|this|past|coming)\s+(week|month|year)\b", re.I)),
    # "Bosnia's *1992-95 war*", "the 1980-1988 conflict": a span of years naming a happening
    ("yearspan", re.compile(rf"\b({_YEAR})[-\u2013]((?:1[89]|20)?\d\d)(?=\s+(?:[\w'-]+\s+){{0,3}}(?:{_HAPPENINGS})\b)", re.I)),
    ("year", re.compile(rf"\b(?:in|during|by|of|year|from|early|late|mid-?)\s+({_YEAR})\b", re.I)),
    # "blocked the bid *until 2018*", "for a decade *until the 2018 deal*": an end point; only a
    # year before publication's dates the act (it had ended by then: date.until_past_year)
    ("until_year", re.compile(rf"\b(?:until|till)\s+(?:the\s+)?({_YEAR})\b", re.I)),
    # a season and its year, "in autumn 1903", "by spring 2024": a date of that year (branch
    # noise9); "fall" is left out (a verb: "exports fall 2024 ...")
    ("year", re.compile(rf"\b(?:spring|summer|autumn|winter)\s+({_YEAR})\b", re.I)),
    # "captured in *the 1967 war*", "since *the 1962 missile crisis*": a year naming a happening
    ("year", re.compile(rf"\b(?:the|a|an)\s+({_YEAR})(?=\s+(?:[\w'-]+\s+){{0,3}}(?:{_DATED_NOUNS})\b)", re.I)),
    # years before 1800 and years of an era: "in 701 BC", "around 645 BCE", "in AD 79", "in
    # 1453" (a bare year before 1800 only where no noun follows it: "in 1453 the city fell",
    # not "of 1500 troops"), "in the 15th century", "the seventh century BC": history, which
    # the story recalls (resolve_early; words for the eras and ordinals in vocabulary.tsv)
    ("era_year", re.compile(rf"\b(?:in|during|by|of|from|around|about|circa|c\.|until|till|since|after|before|year|early|late|mid-?)\s+(?:(\d{{1,4}})\s*({_ERA})|({_ERA_AD})\s*(\d{{1,4}}))(?![\w-])", re.I)),
    ("early_year", re.compile(rf"\b(?:in|during|since|until|till|around|circa|c\.|year|early|late|mid-?)\s+(1[0-7]\d\d){_NO_NOUN_AFTER}", re.I)),
    ("century", re.compile(rf"\b(?:in|during|since|until|till|by|throughout|from)\s+the\s+(?:(?:early|mid|late)(?:\s+|-))?((?:1[0-8]|[1-9])(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+centur(?:y|ies)(?:\s*({_ERA}))?{_NO_NOUN_AFTER}", re.I)),
    # "in the 1990s", "during the early 1980s": the ten years of a decade
    ("decade", re.compile(r"\b(?:in|during|throughout|through|of|since)\s+the\s+(?:(?:early|mid|late)(?:\s+|-))?((?:1[89]|20)\d0)s\b", re.I)),
]  # fmt: skip


# expressions that name a year before 1800, of an era or a century (resolve_early)
EARLY_KINDS = frozenset({"era_year", "early_year", "century"})

# expressions that name one day
DAY_KINDS = frozenset({"weekday", "relday", "mdy", "dmy", "iso", "holiday", "ordinal"})


@lru_cache(maxsize=1)
def periods() -> dict[str, tuple[int, int]]:
    """Named periods (lower-case name -> first and last year), from ``periods.tsv``."""
    from communique.coding.lexicon import DATA_DIR, read_tsv

    out: dict[str, tuple[int, int]] = {}
    for row in read_tsv(DATA_DIR / "periods.tsv"):
        for name in row["names"].split("|"):
            if name.strip():
                out[name.strip().lower()] = (int(row["start"]), int(row["end"]))
    return out


@lru_cache(maxsize=1)
def _period_pattern() -> re.Pattern[str]:
    names = sorted(periods(), key=len, reverse=True)
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"\b(during|in|throughout|amid|amidst|since|after|through|under)\b(?:[^.;,()]{{0,50}}?\bthe\s+|\s+)({alts})\b",
        re.I,
    )


@lru_cache(maxsize=1)
def holidays() -> dict[str, str]:
    """Named days (lower-case name -> rule), from ``holidays.tsv``."""
    from communique.coding.lexicon import DATA_DIR, read_tsv

    return {
        name.strip().lower(): row["rule"]
        for row in read_tsv(DATA_DIR / "holidays.tsv")
        for name in row["names"].split("|")
        if name.strip()
    }


@lru_cache(maxsize=1)
def _holiday_pattern() -> re.Pattern[str]:
    names = sorted(holidays(), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace("'", "['’]") for n in names)
    # "on Thanksgiving", "over Christmas", "last Easter": a named day after a word that dates
    return re.compile(
        rf"\b(?:(?:on|at|over|during|by|until|since|before|after)\s+|(last|this|next)\s+)({alts})\b",
        re.I,
    )


def holiday_in(name: str, year: int) -> date | None:
    """The day a named day falls on in ``year``."""
    rule = holidays().get(name.lower().replace("’", "'"))
    if rule is None:
        return None
    kind, *args = rule.split()
    if kind == "fixed":
        month, day = (int(x) for x in args[0].split("-"))
        return date(year, month, day)
    if kind == "nth":
        month, weekday, n = (int(x) for x in args)
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = _add_months(date(year, month, 1), 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    if kind == "easter":
        from dateutil.easter import easter

        return easter(year) + timedelta(days=int(args[0]))
    raise ValueError(f"holidays.tsv: unknown rule {rule!r}")


@dataclass
class DateExpr:
    start: int  # character offsets within the text searched
    end: int
    text: str
    kind: str
    groups: tuple[str | None, ...]
    # the date hangs on a past-tense verb other than the event's ("'We will ...,' she *said on
    # Tuesday*"): it names a day that has passed, whatever the event's own tense
    past_clause: bool = False
    # the date hangs on a present-tense time clause under a future one ("will speak when she
    # *arrives on Monday*"): it names a coming day
    future_clause: bool = False
    # the date says when a measure takes effect ("tariffs *effective next month*", "duties
    # that *take effect on 1 March*"), not when it was decided: the words that say so
    effective: str = ""
    # the date hangs on a verb with no event of its own ("grateful, *adding that the crew would
    # be flown home next week*"): it may date the event, but says nothing of its tense
    other_clause: bool = False
    # a month or day with its year after "until", "till" or "through" ("extended the mission
    # *until 15 November 2027*"): where a span ends, not when the act was done (rule
    # date.until_past_year: a date after publication dates nothing)
    until: bool = False


@dataclass
class ResolvedDate:
    date: str | None
    precision: str | None
    text: str | None
    span: tuple[int, int] | None = None  # first and last year of a named period
    ahead: bool = False  # the words point past publication ("next week") at a coarser precision
    # the last month of a stretch of months ("between April and September": "2026-09"), whose
    # end says whether the act is history (rule date.month_range)
    end: str | None = None


# "until 15 November 2027", "till March 2030", "through December 2027": the end of a span
# (rule date.until_past_year; branch nominal46)
_YEARED_KINDS = frozenset({"mdy", "dmy", "month_year"})
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+(?:the\s+)?$", re.I)


def find_dates(text: str, kinds: frozenset[str] | None = None) -> list[DateExpr]:
    """Date expressions in ``text``, longest first where they overlap (only those of ``kinds``
    when given: a cheaper search for one day named). Each call gets expressions of its own
    (copies), so a caller may change them."""
    return [copy(d) for d in _find_dates(text, kinds)]


# The coder searches the same sentence for dates several times (its dates, the story's days,
# the history checks, the sentence before): the searches, some thirty patterns over the text,
# are done once per text.
@lru_cache(maxsize=2048)
def _find_dates(text: str, kinds: frozenset[str] | None) -> tuple[DateExpr, ...]:
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    if kinds is None:
        for m in _period_pattern().finditer(text):  # "during the Cold War"
            taken.append((m.start(), m.end()))
            found.append(DateExpr(m.start(), m.end(), m.group(0), "period", m.groups()))
    for m in _holiday_pattern().finditer(text) if kinds is None or "holiday" in kinds else ():
        if m.group(2)[:1].isupper() and not any(m.start() < e and s < m.end() for s, e in taken):
            taken.append((m.start(), m.end()))
            found.append(DateExpr(m.start(), m.end(), m.group(0), "holiday", m.groups()))
    for kind, pattern in PATTERNS:
        if kinds is not None and kind not in kinds:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind in ("mdy", "dmy", "rel_month", "month_year") and not _capitalised_month(m):
                continue
            if kind == "ordinal" and m.group(2) and not _capitalised_month(m):
                continue
            if kind == "month_range" and not (
                m.group(1)[:1].isupper() and m.group(3)[:1].isupper()
            ):
                continue
            if kind == "relday" and _in_name(text, m):
                continue
            taken.append((m.start(), m.end()))
            expr = DateExpr(m.start(), m.end(), m.group(0), kind, m.groups())
            if kind in _YEARED_KINDS and _UNTIL_BEFORE.search(text, 0, m.start()):
                expr.until = True
            found.append(expr)
    found.sort(key=lambda d: d.start)
    # "Saturday, November 3rd": the weekday only repeats the full date
    return tuple(
        d
        for i, d in enumerate(found)
        if not (
            d.kind == "weekday"
            and i + 1 < len(found)
            and found[i + 1].kind in ("mdy", "dmy")
            and found[i + 1].start - d.end <= 2
        )
    )


def date_spans(sent: Span) -> Iterator[tuple[DateExpr, Span | None]]:
    """The date expressions of a sentence with the tokens each covers (None where no tokens
    align with its characters)."""
    for expr in find_dates(sent.text):
        start = sent.start_char + expr.start
        span = sent.doc.char_span(start, sent.start_char + expr.end, alignment_mode="expand")
        yield expr, span


def _in_name(text: str, m: re.Match[str]) -> bool:
    """Whether a capitalised day word stands inside a name, not for a day: "the Better
    *Tomorrow* Party", "*Today* Together", "USA *Today*" (a capital mid-sentence beside another
    capitalised word). Not at a sentence's start ("Today, ministers ...") nor in a headline
    written in title case, where every word is capitalised."""
    if not m.group(0)[:1].isupper():
        return False
    before = text[: m.start()].rstrip(" \"'\u201c\u2018(")
    if not before or before[-1] in ".!?:;\n":
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    if words and sum(w[0].isupper() for w in words) >= 0.7 * len(words):
        return False  # "Opposition Vows To March Tomorrow": a title-case headline
    prev = re.search(r"([A-Za-z][\w'-]*) +$", text[: m.start()])  # a word just before
    nxt = re.match(r" +([A-Za-z][\w'-]*)", text[m.end() :])  # and just after
    return bool((prev and prev.group(1)[0].isupper()) or (nxt and nxt.group(1)[0].isupper()))


def _capitalised_month(m: re.Match[str]) -> bool:
    """Month names must be capitalised, so that "may" the verb and "mar" are not months."""
    month = next((g for g in m.groups() if g and g.lower().rstrip(".") in MONTHS), "")
    return month[:1].isupper()


def parse_published(value: str | None) -> tuple[date | None, str | None]:
    """Publication date and its precision from an ISO string (date, month, year or datetime)."""
    if not value:
        return None, None
    value = value.strip()
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value[:10]), "day"
        if re.match(r"^\d{4}-\d{2}$", value):
            return date(int(value[:4]), int(value[5:7]), 1), "month"
        if re.match(r"^\d{4}$", value):
            return date(int(value), 1, 1), "year"
    except ValueError:
        return None, None
    return None, None


def iso(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _add_months(d: date, n: int) -> date:
    y, m = divmod(d.month - 1 + n, 12)
    return date(d.year + y, m + 1, 1)


def years_counted(groups: tuple[str | None, ...]) -> int:
    """The years "two years later", "a decade earlier" count (a "yearshift" expression)."""
    count, unit = groups[0] or "", groups[1] or ""
    n = int(count) if count.isdigit() else _COUNT[count.lower()]
    return n * (10 if unit.lower().startswith("decade") else 1)


def resolve_early(kind: str, g: tuple[str | None, ...], text: str) -> ResolvedDate | None:
    """A year before 1800, a year of an era or a century: a year-precision date with the span of
    years it covers. A year before the common era is before the first year a date can hold, so
    it is given as year 1 (its words kept in the text): history either way."""
    if kind == "early_year":
        return ResolvedDate(f"{int(g[0] or 0):04d}", "year", text)
    if kind == "era_year":
        number, era = (g[0], g[1]) if g[0] else (g[3], g[2])
        year = int(number or 0)
        if _before_common_era(era) or year == 0:
            return ResolvedDate("0001", "year", text, span=(1, 1))
        if year > 2099:
            return None
        return ResolvedDate(f"{year:04d}", "year", text)
    word = (g[0] or "").lower()
    n = int(re.sub(r"\D", "", word)) if word[:1].isdigit() else _ORDINAL_WORDS.get(word, 0)
    if not n:
        return None
    if _before_common_era(g[1]):
        return ResolvedDate("0001", "year", text, span=(1, 1))
    first, last = max(1, (n - 1) * 100 + 1), n * 100
    return ResolvedDate(f"{first:04d}", "year", text, span=(first, last))


def month_range(
    g: tuple[str | None, ...], published: date | None, future: bool, text: str
) -> ResolvedDate | None:
    """ "between April and September", "from November to February 2025": the first month of the
    stretch, at month precision, with its last month (``end``). With no year, the last month
    is the latest such month up to publication (the next one in a future clause), and the first
    the one before it (in the year before when it is later in the calendar) (rule
    date.month_range)."""
    first, last = MONTHS[(g[0] or "").lower().rstrip(".")], MONTHS[(g[2] or "").lower().rstrip(".")]
    if g[3]:
        end_year = int(g[3])
    elif g[1]:
        end_year = int(g[1]) + (1 if last < first else 0)
    elif published is None:
        return ResolvedDate(None, None, text)
    else:
        end_year = published.year
        if not future and last > published.month:
            end_year -= 1
        elif future and first < published.month and last < published.month:
            end_year += 1
    start_year = int(g[1]) if g[1] else end_year - (1 if first > last else 0)
    return ResolvedDate(
        f"{start_year:04d}-{first:02d}", "month", text, end=f"{end_year:04d}-{last:02d}"
    )


def _before_common_era(era: str | None) -> bool:
    return bool(era) and era.upper().replace(".", "").startswith("B")


def resolve(expr: DateExpr, published: date | None, future: bool) -> ResolvedDate | None:
    """The date ``expr`` names, given the publication date and whether its clause is future.
    A month or day with its year after "until", "till" or "through" that lies after
    publication ("extended the mission *until 15 November 2027*") is where a span ends: it
    dates nothing, as a year after "until" does (rule date.until_past_year)."""
    found = _resolve(expr, published, future)
    if (
        expr.until
        and found is not None
        and found.date is not None
        and published is not None
        and (expr.kind == "month_year" or expr.groups[2])
        and found.date > published.isoformat()[: len(found.date)]
    ):
        return None
    return found


def _resolve(expr: DateExpr, published: date | None, future: bool) -> ResolvedDate | None:
    g = expr.groups
    k = expr.kind
    text = expr.text
    if k == "ordinal" and g[1]:  # "on the 9th of March": as "9 March"
        k, g = "dmy", (g[0], g[1], None, None)
    if k == "range":
        return ResolvedDate(g[0], "year", text)
    if k == "period":
        first, last = periods()[g[1].lower()]
        if published is not None and first > published.year:
            return None  # a period that had not begun cannot be meant
        year = last if g[0].lower() == "after" else first
        at = text.lower().rindex(g[1].lower())
        at -= 4 if text.lower()[:at].endswith("the ") else 0  # "the Cold War", "apartheid"
        name = text[at:]
        return ResolvedDate(f"{year:04d}", "year", name, span=(first, last))
    if k == "since":
        return ResolvedDate(g[0], "year", text)
    if k == "decade":
        return ResolvedDate(g[0], "year", text, span=(int(g[0]), int(g[0]) + 9))
    if k == "yearspan":  # "1992-95": the second year in the first's century (or the next)
        first = int(g[0])
        last = int(g[1]) if len(g[1]) == 4 else first - first % 100 + int(g[1])
        last += 100 if last < first else 0
        return ResolvedDate(g[0], "year", text, span=(first, last)) if last - first < 50 else None
    if k == "iso":
        try:
            return ResolvedDate(date(int(g[0]), int(g[1]), int(g[2])).isoformat(), "day", text)
        except ValueError:
            return None
    if k == "year":
        return ResolvedDate(g[0], "year", text)
    if k == "until_year":  # an end point: it dates the act only when already past
        if published is None or int(g[0]) >= published.year:
            return None
        return ResolvedDate(g[0], "year", text)
    if k in ("era_year", "early_year", "century"):
        return resolve_early(k, g, text)
    if k == "month_year":
        return ResolvedDate(f"{g[1]}-{MONTHS[g[0].lower().rstrip('.')]:02d}", "month", text)
    if k in ("mdy", "dmy"):
        month_word, day_word = (g[0], g[1]) if k == "mdy" else (g[1], g[0])
        month = MONTHS[month_word.lower().rstrip(".")]
        day = int(re.sub(r"\D", "", day_word))
        year = int(g[2]) if g[2] else None
        if year is None and g[3] and published is not None:  # "on 3 April last year"
            year = published.year + _REL_YEAR_SHIFT[g[3].lower()]
        if year is None:
            if published is None:
                return ResolvedDate(None, None, text)
            year = published.year
            try:
                guess = date(year, month, day)
            except ValueError:
                return None
            if not future and guess > published + timedelta(days=7):
                year -= 1
            elif future and guess < published - timedelta(days=7):
                year += 1
        try:
            return ResolvedDate(date(year, month, day).isoformat(), "day", text)
        except ValueError:
            return None
    if k == "month_range":
        return month_range(g, published, future, text)
    if k == "rel_month":
        which, month = g[0].lower(), MONTHS[g[1].lower().rstrip(".")]
        if g[2]:
            return ResolvedDate(f"{g[2]}-{month:02d}", "month", text)
        if published is None:
            return ResolvedDate(None, None, text)
        year = published.year
        if g[3]:  # "in April last year": that year's April, whatever the tense
            year += _REL_YEAR_SHIFT[g[3].lower()]
            return ResolvedDate(f"{year:04d}-{month:02d}", "month", text)
        if which == "last" or (which != "next" and not future):
            if month > published.month or (which == "last" and month == published.month):
                year -= 1
        elif (which == "next" or future) and (
            month < published.month or (which == "next" and month == published.month)
        ):
            year += 1
        return ResolvedDate(f"{year:04d}-{month:02d}", "month", text)
    if published is None:
        return ResolvedDate(None, None, text)
    if k == "ordinal":  # "on the 9th": this month's, or last month's while it is to come
        day = int(re.sub(r"\D", "", g[0]))
        month = _add_months(published, 0)
        if future and day < published.day:
            month = _add_months(published, 1)
        elif not future and day > published.day:
            month = _add_months(published, -1)
        try:
            return ResolvedDate(date(month.year, month.month, day).isoformat(), "day", text)
        except ValueError:
            return None
    if k == "holiday":  # the last such day on or before publication (the next, looking ahead)
        which = (g[0] or "").lower()
        ahead = which == "next" or (which != "last" and future)
        day = holiday_in(g[1], published.year)
        if day is None:
            return None
        if ahead and day <= published:
            day = holiday_in(g[1], published.year + 1)
        elif not ahead and (day > published or (which == "last" and day == published)):
            day = holiday_in(g[1], published.year - 1)
        return ResolvedDate(day.isoformat() if day else None, "day", text)
    if k == "shift":  # "a day earlier", "two weeks ago", "three days later"
        n = int(g[0]) if g[0].isdigit() else _COUNT[g[0].lower()]
        days = n * (7 if g[1].lower().startswith("week") else 1)
        sign = 1 if g[2].lower() == "later" else -1
        precision = "day" if days < 7 else "month"
        moved = published + timedelta(days=sign * days)
        return ResolvedDate(iso(moved, precision), precision, text)
    if k == "yearshift":  # with no year named before it: only "ago" counts from publication
        if g[2].lower() != "ago":
            return None
        return ResolvedDate(f"{published.year - years_counted(g):04d}", "year", text)
    if k == "vagueago":  # "years ago": at least two years back, "decades ago" twenty; no
        # year named, so the event keeps no date, only the years it lies in (history)
        back = 20 if (g[0] or "").lower().startswith("decade") else 2
        return ResolvedDate(None, None, text, span=(1, published.year - back))
    if k == "hours" and g and (g[0] or "").isdigit() and len(g) > 1:
        # "less than 24 hours later", "48 hours later": told to mark a day's interval, the next
        # day (or the one after), counted from the day the words before named
        days = max(1, round(int(g[0]) / 24)) if int(g[0]) >= 24 else 0
        sign = 1 if g[1].lower() == "later" else -1
        return ResolvedDate((published + timedelta(days=sign * days)).isoformat(), "day", text)
    if k in ("hours", "sameday"):
        return ResolvedDate(published.isoformat(), "day", text)
    if k == "samemonth":  # no month named before it (coding.mention.month_named_before)
        return ResolvedDate(iso(published, "month"), "month", text)
    # counted from a year or month named before them (coding.mention), or from none
    if k in ("yearshift1", "thentime", "monthshift1"):
        return None
    if k == "sameyear":  # no year named before it (coding.mention.year_named_before): this one
        return ResolvedDate(str(published.year), "year", text)
    if k == "shift1":  # "the previous day", "the day after"
        word = (g[0] or g[1]).lower()
        sign = -1 if word in ("previous", "before") else 1
        return ResolvedDate((published + timedelta(days=sign)).isoformat(), "day", text)
    if k == "relday":
        word = g[0].lower()
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
        return ResolvedDate((published + timedelta(days=offset)).isoformat(), "day", text)
    if k == "weekday":
        which = (g[2] or g[0] or "").lower()  # "on Friday last week" is last week's Friday
        target = WEEKDAYS[g[1].lower()]
        delta = target - published.weekday()
        if which in ("last", "next"):  # that day of the week (Monday to Sunday) before or after
            delta += 7 if which == "next" else -7
        elif future:
            delta = delta % 7 or 7
        else:
            delta = -((-delta) % 7)
        return ResolvedDate((published + timedelta(days=delta)).isoformat(), "day", text)
    if k == "weekend":  # the month of its Saturday and Sunday: the words do not say which
        saturday = weekend_of(expr, published, future)
        sunday = saturday + timedelta(days=1)
        precision = "month" if saturday.month == sunday.month else "year"
        return ResolvedDate(iso(saturday, precision), precision, text)
    if k == "recent":  # days or weeks up to publication: its month; months: its year
        if g[0].lower() == "months":
            return ResolvedDate(f"{published.year:04d}", "year", text)
        return ResolvedDate(iso(published, "month"), "month", text)
    if k == "relperiod":
        which, unit = g[0].lower(), g[1].lower()
        sign = 1 if which in ("next", "coming") else (0 if which == "this" else -1)
        if unit == "week":  # "next week" is after publication even inside its month
            day = published + timedelta(days=7 * sign)
            ahead = sign == 1 and not expr.other_clause
            return ResolvedDate(iso(day, "month"), "month", text, ahead=ahead)
        if unit == "month":
            return ResolvedDate(iso(_add_months(published, sign), "month"), "month", text)
        return ResolvedDate(f"{published.year + sign:04d}", "year", text)
    return None


def named_days(text: str, published: date | None) -> Iterator[tuple[DateExpr, ResolvedDate]]:
    """The date words in ``text`` that name one day ("on Tuesday", "yesterday", "May 3"), read
    as past or present (not looking ahead), each with that day, in text order: the one search
    for a day named that the story's days, a saying's day and "that day" share."""
    for expr in find_dates(text, DAY_KINDS):
        day = resolve(expr, published, future=False)
        if day is not None and day.date and day.precision == "day":
            yield expr, day


def weekend_of(expr: DateExpr, published: date, future: bool) -> date:
    """The Saturday of the weekend "over the weekend", "last weekend", "next weekend", "this
    weekend" name: the last one (on or before publication), or the coming one looking ahead."""
    which = (expr.groups[0] or "").lower()
    weekend_now = published.weekday() in (5, 6)
    if which in ("next", "coming") or (which != "last" and future):
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
        return saturday + timedelta(days=7 if which == "next" and weekend_now else 0)
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    return saturday - timedelta(days=7 if which == "last" and weekend_now else 0)


def is_after(resolved: ResolvedDate, published: date | None) -> bool:
    """Whether a resolved date lies after publication (at its own precision)."""
    if not resolved.date or published is None:
        return False
    return resolved.ahead or resolved.date > iso(published, resolved.precision or "day")


# An asserted event whose own date ends more than this many days before publication is history
# (modality "historical"): background the story recalls, not news it reports.
HISTORY_DAYS = 90


def last_day(resolved: ResolvedDate) -> date | None:
    """The last day a resolved date can mean: the day itself, the end of its month or year, or
    the end of a named period's last year."""
    if resolved.span is not None:
        return date(resolved.span[1], 12, 31)
    if not resolved.date:
        return None
    try:
        parts = [int(p) for p in (resolved.end or resolved.date)[:10].split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            year, month = parts
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date(parts[0], 12, 31)
    except ValueError:
        return None


# a date expression that places itself in the past ("in 1990", "last June", "a decade ago", a
# named period); a bare day or month ("on May 2", "in October") places an event in the past
# only when its verb is in a past tense (its year was worked out from the tense)
_STATED_PAST = re.compile(
    r"\b\d{4}\b|\byears?\b|\bdecades?\b|\bcentur|\blast\b|\bago\b|\d\s*B\.?C|\bA\.?D\.?\s*\d|\d\s*A\.?D\b|\d\s*C\.?E\b",
    re.IGNORECASE,
)


def is_history(resolved: ResolvedDate, published: date | None, past_tense: bool = True) -> bool:
    """Whether a resolved date ends well before publication (``HISTORY_DAYS``), and says so
    itself or is told by a verb in a past tense."""
    if resolved.span is None and not _STATED_PAST.search(resolved.text or "") and not past_tense:
        return False
    end = last_day(resolved)
    return end is not None and published is not None and (published - end).days > HISTORY_DAYS
