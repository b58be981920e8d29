"""Infer the year of a dateline date that has none ("Moscow, November 2 (RHC)--").

Each clue in the story narrows the candidate years (window 1990..today, date not in the future):

- weekdays: a weekday together with a day of month ("Saturday, November 3rd") must fall on that
  day; a weekday naming the lead event in the first sentence ("met ... on Friday") is taken to be
  the dateline day itself (wire convention: the dateline carries the day of the lead event),
  relaxed to "that day or the day before" when nothing else fits;
- years named in the text: future statements ("will ... in 2019", "is expected to visit ... in
  2019") put publication before that year; past ones ("rejected ... from 2014 to 2023", "in 2014")
  and "since 2016" put it in or after that year;
- office holders named with their title ("Cuban President Miguel Diaz-Canel") put it within one
  of their terms in that office (communique.actors.leaders).

With a weekday clue the latest remaining year is taken; without one a year is only given when
exactly one candidate remains. Otherwise the year stays unknown (never today's year by default).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

from communique.articles.dates import (
    DAY_MONTH_RE,
    MONTH_NAMES,
    WEEKDAY_NAMES,
    WEEKDAY_RE,
    WEEKDAYS,
    month_day,
    reference_today,
    safe_date,
)

FIRST_YEAR = 1990


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_YEAR = re.compile(r"(?<![\w$€£.,/-])((?:19|20)\d\d)(?![\w%/-]|,\d|\.\d)")
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d{4}|[;:]")
_UNITS = _words(
    "people persons tonnes tons troops soldiers km kilometres kilometers miles metres meters "
    "dollars euros pesos rubles roubles units cases deaths votes members workers"
)
_FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo"))
_FUTURE_LEAD = _words(
    "expected scheduled due set planned plans plan planning intends intend aims aim "
    "going poised slated hopes hope wants want"
)
_PRESENT_AUX = frozenset(("is", "are", "am", "be", "being", "'s"))
_PAST_AUX = frozenset(("was", "were", "had", "has", "have", "did"))
_PAST_WORDS = _words(
    "said met took made went came held saw gave won lost began became led left paid sent spent "
    "fell rose broke told brought bought kept ran wrote spoke chose grew drew struck sought stood "
    "hit shot fought flew threw knew thought found got sold built felt meant heard sat beat swore "
    "froze stole woke forgot dealt laid ate drove rode hid undertook withdrew upheld oversaw "
    "underwent ago did was were had"
)
_ED_NOT_VERB = _words(
    "need needed indeed speed seed feed proceed exceed succeed bed red shed hundred united armed "
    "limited based related concerned interested alleged advanced detailed developed unprecedented "
    "sacred naked wicked beloved learned so-called expected scheduled planned"
)
_NAME_TOKEN = r"[A-ZÀ-Þ][\w'’\-]+"
_TITLES: dict[str, str] = {
    "president": "head_of_state",
    "king": "head_of_state",
    "queen": "head_of_state",
    "emperor": "head_of_state",
    "prime minister": "head_of_government",
    "premier": "head_of_government",
    "chancellor": "head_of_government",
    "foreign minister": "foreign_minister",
    "foreign affairs minister": "foreign_minister",
    "minister of foreign affairs": "foreign_minister",
    "foreign secretary": "foreign_minister",
    "secretary of state": "foreign_minister",
    "speaker": "legislature_speaker",
}
_TITLE_RE = re.compile(
    r"(?P<pre>\b(?i:former|ex|late|then|outgoing|acting|interim)[\s-]+)?"
    r"\b(?P<title>"
    + "|".join(sorted((t.title() for t in _TITLES), key=len, reverse=True))
    + r")(?P<elect>-elect)?\s+(?P<name>"
    + _NAME_TOKEN
    + r"(?:\s+"
    + _NAME_TOKEN
    + r"){0,3})"
)
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{WEEKDAY_RE})\b,?\s*\(?(?:the\s+)?(?P<date>(?i:{DAY_MONTH_RE}))",
)
_LEDE_WEEKDAY = re.compile(
    rf"\b(?P<prefix>(?:last|next|this|coming|previous)\s+)?(?P<wd>{WEEKDAY_RE})\b"
)


@dataclass
class YearInference:
    """The outcome: the year (or None) and the reasoning, one clause per clue."""

    year: int | None
    candidates: list[int]
    reasons: list[str] = field(default_factory=list)

    @property
    def note(self) -> str:
        head = f"year {self.year} inferred" if self.year else "year not inferred"
        if not self.year and self.candidates:
            head += f" ({len(self.candidates)} candidate years remain)"
        return head + (": " + "; ".join(self.reasons) if self.reasons else "")


def _sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        out.extend(s for s in _SENTENCE_END.split(para.replace("\n", " ")) if s.strip())
    return out


def _quote(s: str, limit: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


# --- tense of the clause around a word --------------------------------------------------


def _token_tense(tokens: list[str], i: int) -> str | None:
    """'future', 'past', 'present' if tokens[i] marks a verb group's tense, else None."""
    tok = tokens[i].lower()
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    if tok in _FUTURE_AUX:
        return "future"
    if tok in _FUTURE_LEAD and nxt in ("to", "for"):
        return "future"
    is_past_verb = tokens[i].islower() and (
        tok in _PAST_WORDS or (tok.endswith("ed") and len(tok) > 4 and tok not in _ED_NOT_VERB)
    )
    if is_past_verb:
        back = [t.lower() for t in tokens[max(0, i - 3) : i]]
        if any(t in _FUTURE_AUX for t in back):
            return "future"
        if back and back[-1] == "to" or back[-2:] == ["to", "be"]:
            return None  # infinitive: the governing verb decides
        if any(t in _PAST_AUX for t in back):
            return "past"
        if back and back[-1] in _PRESENT_AUX | {"been"}:
            return "present" if back[-1] != "been" else "past"
        return "past"
    if tok in ("is", "are", "am") and nxt not in ("to",):
        return "present"
    return None


def clause_tense(sentence: str, at: int) -> tuple[str | None, int]:
    """Tense ('future'/'past'/'present'/None) governing the words at character ``at``,
    and the character offset of the word that decided it (``at`` when none did).

    The nearest verb group before the position decides (within the clause); failing that,
    the first one after it ("In 2014, Russia annexed ...").
    """
    found = [(m.group(0), m.start()) for m in _TOKEN.finditer(sentence)]
    tokens = [t for t, _ in found]
    n_before = sum(1 for _, p in found if p < at)
    for i in range(n_before - 1, max(-1, n_before - 30), -1):
        if tokens[i] in (";", ":"):
            break
        t = _token_tense(tokens, i)
        if t:
            return t, found[i][1]
    for i in range(n_before + 1, min(len(tokens), n_before + 10)):
        if tokens[i] in (";", ":"):
            break
        t = _token_tense(tokens, i)
        if t:
            return t, found[i][1]
    return None, at


def _evidence(sentence: str, start: int, end: int, limit: int = 60) -> str:
    """The words from ``start`` to ``end`` of ``sentence``, middle elided when long."""
    s = " ".join(sentence[start:end].split())
    if len(s) <= limit:
        return s
    head = s[: limit // 2].rsplit(" ", 1)[0]
    tail = s[-(limit // 2) :].split(" ", 1)[-1]
    return f"{head} … {tail}"


# --- the clues --------------------------------------------------------------------------


@dataclass
class _Clue:
    reason: str
    allows: Callable[[int], bool]
    weekday: bool = False
    wd: int | None = None


def _year_clues(text: str) -> list[_Clue]:
    lower: dict[int, str] = {}  # year -> reason for "publication year >= year"
    upper: dict[int, str] = {}  # year -> reason for "publication year < year"
    for sent in _sentences(text):
        for m in _YEAR.finditer(sent):
            y = int(m.group(1))
            nxt = sent[m.end() : m.end() + 14].lower().split()
            if nxt and nxt[0].strip(",.;") in _UNITS:
                continue
            prev = sent[max(0, m.start() - 40) : m.start()].lower()
            since = re.search(
                r"\bsince\s+(?:(?:early|late|mid|the\s+end\s+of)[\s-]+)?(?:\w+\s+)?$", prev
            )
            if since:
                start = m.start() - len(prev) + since.start()
                lower.setdefault(y, f"'{_evidence(sent, start, m.end())}' gives {y} or later")
                continue
            tense, where = clause_tense(sent, m.start())
            if where > m.end():  # "In 2014, Russia annexed": year to the deciding verb
                stop = sent.find(" ", where)
                words = _evidence(sent, m.start(), stop if stop >= 0 else len(sent))
            else:
                words = _evidence(sent, where, m.end())
            if tense == "past":
                lower.setdefault(y, f"'{words}' gives {y} or later")
            elif tense == "future":
                upper.setdefault(y, f"'{words}' gives before {y}")
    clues: list[_Clue] = []
    if lower:
        y = max(lower)
        clues.append(_Clue(lower[y], lambda c, y=y: c >= y))
    if upper:
        y = min(upper)
        clues.append(_Clue(upper[y], lambda c, y=y: c < y))
    return clues


def _near_year(ref: date, month: int, day: int, weekday: int) -> bool:
    """Does (month, day) nearest to ``ref`` (same, previous or next year) fall on ``weekday``?"""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = safe_date(y, month, day)
        if d and (best is None or abs(d - ref) < abs(best - ref)):
            best = d
    return best is not None and best.weekday() == weekday


def _weekday_clues(
    text: str, month: int, day: int, lede_text: str | None
) -> tuple[list[_Clue], _Clue | None]:
    """(weekday-with-date clues, the lead-event weekday clue or None)."""
    clues: list[_Clue] = []
    seen: set[tuple[int, int, int]] = set()
    for m in _WEEKDAY_DATE.finditer(text):
        md = month_day(m["date"])
        if not md or md[2]:  # a full date with its year needs no weekday reasoning
            continue
        wd = WEEKDAYS[m["wd"].lower()]
        key = (wd, md[0], md[1])
        if key in seen:
            continue
        seen.add(key)
        words = _quote(m.group(0), 40)
        clues.append(
            _Clue(
                f"'{words}' falls on a {m['wd']}",
                lambda c, wd=wd, mo=md[0], dd=md[1]: (
                    (r := safe_date(c, month, day)) is not None and _near_year(r, mo, dd, wd)
                ),
                weekday=True,
            )
        )
    lede = None
    sentences = _sentences(lede_text if lede_text is not None else text)
    if sentences:
        first = sentences[0]
        for m in _LEDE_WEEKDAY.finditer(first):
            if m["prefix"] or clause_tense(first, m.start())[0] == "future":
                continue
            if _WEEKDAY_DATE.match(first, m.start()):
                continue  # already a weekday-with-date clue
            wd = WEEKDAYS[m["wd"].lower()]
            lede = _Clue(
                f"'{m['wd']}' with {MONTH_NAMES[month - 1]} {day}",
                lambda c, wd=wd: (r := safe_date(c, month, day)) is not None and r.weekday() == wd,
                weekday=True,
                wd=wd,
            )
            break
    return clues, lede


def _office_clues(text: str, month: int, day: int) -> list[_Clue]:
    from communique.actors import leaders  # the knowledge base loads only when needed

    clues: list[_Clue] = []
    seen: set[str] = set()
    for m in _TITLE_RE.finditer(text):
        if m["pre"] or m["elect"]:
            continue
        office = _TITLES[m["title"].lower()]
        tokens = [t.removesuffix("'s").removesuffix("’s") for t in m["name"].split()]
        for k in range(len(tokens), 0, -1):
            name = " ".join(tokens[:k])
            terms = [t for t in leaders.terms(name) if t.office == office]
            if terms:
                break
        else:
            continue
        person = terms[0].name
        if person in seen:
            continue
        seen.add(person)
        spans = ", ".join(
            f"from {t.start.isoformat()}"
            if t.end is None
            else f"{t.start.isoformat()} to {t.end.isoformat()}"
            for t in sorted(terms, key=lambda t: t.start)
        )
        clues.append(
            _Clue(
                f"{person} {m['title'].lower()} {spans}",
                lambda c, terms=terms: (
                    (r := safe_date(c, month, day)) is not None and any(t.covers(r) for t in terms)
                ),
            )
        )
    return clues


def _years_list(years: list[int]) -> str:
    return "/".join(str(y) for y in years) if years else "no year"


def infer_year(
    text: str, month: int, day: int, *, lede: str | None = None, today: date | None = None
) -> YearInference:
    """The year of ``month``/``day`` (a dateline date) as the story's clues allow, with reasons.

    ``lede`` is the text of the first sentence or paragraph (the one opened by the dateline);
    without it the first sentence of ``text`` is used.
    """
    today = today or reference_today()
    window = [
        y
        for y in range(FIRST_YEAR, today.year + 1)
        if (d := safe_date(y, month, day)) and d <= today + timedelta(days=1)
    ]
    wd_clues, lede_clue = _weekday_clues(text, month, day, lede)
    other = _year_clues(text) + _office_clues(text, month, day)
    reasons: list[str] = []

    def apply(clues: list[_Clue], years: list[int]) -> list[int]:
        for c in clues:
            years = [y for y in years if c.allows(y)]
        return years

    base = apply(wd_clues + other, window)
    chosen_lede = None
    if lede_clue is not None:
        with_lede = [y for y in base if lede_clue.allows(y)]
        if with_lede:
            chosen_lede, base = lede_clue, with_lede
        else:
            # Relax: the lead event may be the day before the dateline (story filed next day).
            wd = lede_clue.wd if lede_clue.wd is not None else 0
            relaxed = [
                y
                for y in base
                if (r := safe_date(y, month, day)) and (r - timedelta(days=1)).weekday() == wd
            ]
            if relaxed:
                lede_clue.reason += " (or the day before)"
                lede_clue.allows = lambda c, wd=wd: (
                    (r := safe_date(c, month, day)) is not None
                    and wd in (r.weekday(), (r.weekday() - 1) % 7)
                )
                chosen_lede, base = lede_clue, relaxed
            else:
                reasons.append(f"'{WEEKDAY_NAMES[wd]}' in the lead fits no candidate year; ignored")

    weekday_used = [c for c in wd_clues + ([chosen_lede] if chosen_lede else [])]
    for c in weekday_used:
        hits = [y for y in window if c.allows(y)]
        shown = hits + [y for y in range(today.year + 1, today.year + 12) if c.allows(y)][:1]
        reasons.append(f"{c.reason} gives {_years_list(shown)}")
    for c in other:
        reasons.append(c.reason)

    if not base:
        reasons.append("the clues contradict each other")
        return YearInference(None, [], reasons)
    if weekday_used:
        year = max(base)
        if len(base) > 1:
            reasons.append(f"latest of {_years_list(base)}")
        return YearInference(year, base, reasons)
    if len(base) == 1:
        return YearInference(base[0], base, reasons)
    return YearInference(None, base, reasons)
