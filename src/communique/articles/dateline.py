"""Find the dateline that opens a story: place, date words and agency.

Handles the wire forms "Havana, February 19 (RHC) --", "Moscow, November 2 (RHC)--",
"MOSCOW (Reuters) -", "BRASILIA, March 3 (AP) —", "Kyiv, 5 May 2022 –", "WASHINGTON —",
"MOSCOW, November 2. /TASS/.", "La Habana, 19 feb (PL)" and the first place of
"BEIRUT/THE HAGUE, March 7 (Reuters) -" (a story filed from two places); a place in capitals may
start with "THE" ("THE HAGUE, May 3 (Wire) -").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.articles.dates import DAY_MONTH_RE, MONTHS, WEEKDAY_RE, month_day

_WORD = r"[A-ZÀ-Þ][\w'’.\-]*"
_LINK = r"(?:de|del|la|las|los|el|al|au|aux|es|do|da|dos|di|of|upon|on|sur|am|an|der)"
_PLACE = rf"{_WORD}(?:[ ]+(?:{_LINK}[ ]+)?{_WORD}){{0,3}}"

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DATELINE = re.compile(
    rf"""
    ^(?P<place>{_PLACE})(?:/(?P<also>{_PLACE}))?
    (?:,[ ]*(?P<region>(?!(?i:{_MONTH_ALT}|{WEEKDAY_RE})\b){_PLACE}))?
    (?:,?[ ]*(?i:(?:{WEEKDAY_RE}),?[ ]+)?(?P<date>(?i:{DAY_MONTH_RE}))\.?)?
    [ ]*
    (?:\([ ]*(?P<agency>[A-Za-zÀ-ÿ][\w .&'’\-]{{0,40}}?)[ ]*\)|/(?P<slash>[A-Z][A-Za-z\-]{{1,15}})/\.?)?
    [ ]*
    (?P<sep>--|[-–—]|:|(?=[A-Z"“‘']))?
    [ ]*
    """,
    re.VERBOSE,
)

# "July 15 (Reuters) -": a wire story filed from no one place (factboxes, market and reaction
# round-ups) opens with the day and the agency only
_PLACELESS = re.compile(
    rf"^(?P<date>(?i:{DAY_MONTH_RE}))\.?[ ]*\([ ]*(?P<agency>[A-Za-zÀ-ÿ][\w .&'’\-]{{0,40}}?)[ ]*\)"
    r"[ ]*(?:--|[-–—])[ ]*"
)

_NOT_PLACE = {w.lower() for w in re.split(r"\|", WEEKDAY_RE)} | {
    "on",
    "in",
    "the",
    "a",
    "photo",
    "foto",
    "image",
    "by",
    "source",
    "updated",
    "published",
}
_SMALL = {"de", "del", "la", "las", "los", "el", "al", "au", "aux", "es", "do", "da", "dos", "di",
          "of", "upon", "on", "sur", "am", "an", "der"}  # fmt: skip


@dataclass(frozen=True)
class Dateline:
    place: str  # as written, all-capitals place names put in title case ("MOSCOW" -> "Moscow");
    # "" for a dateline of a day and an agency only ("July 15 (Reuters) -")
    date_text: str | None  # "February 19"
    agency: str | None  # "RHC", "Reuters", "TASS"
    start: int  # character offsets of the dateline in the text searched
    end: int
    month: int | None = None
    day: int | None = None
    year: int | None = None

    def __str__(self) -> str:
        s = self.place
        if self.date_text:
            s += f", {self.date_text}" if s else self.date_text
        if self.agency:
            s += f" ({self.agency})"
        return s


def _title_case(place: str) -> str:
    if not place.isupper():
        return place
    words = []
    for i, w in enumerate(place.split(" ")):
        lw = w.lower()
        if i and lw in _SMALL:
            words.append(lw)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in lw.split("-")))
    return " ".join(words)


def _known_place(place: str) -> bool:
    from communique.places.gazetteer import geocode

    return geocode(_title_case(place)) is not None


def match_dateline(paragraph: str, offset: int = 0) -> Dateline | None:
    """The dateline at the very start of ``paragraph`` (offsets shifted by ``offset``), or None."""
    bare = _PLACELESS.match(paragraph)
    if bare:
        md = month_day(bare["date"])
        return Dateline(
            place="",
            date_text=bare["date"].strip(),
            agency=bare["agency"].strip(),
            start=offset,
            end=offset + bare.end(),
            month=md[0] if md else None,
            day=md[1] if md else None,
            year=md[2] if md else None,
        )
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m["place"].strip()
    date_text = m["date"]
    agency = m["agency"] or m["slash"]
    sep = m["sep"]
    first = place.split()[0].lower().rstrip(".")
    all_caps = place.replace(" ", "").replace("-", "").replace(".", "").isupper()
    # "THE HAGUE, ..." is a place; "The minister - ..." and "THE END" alone are not
    named_the = first == "the" and all_caps and " " in place and bool(date_text or agency)
    if (first in _NOT_PLACE and not named_the) or first in MONTHS:
        return None
    if sep is None:
        return None
    dashed = sep in ("--", "-", "–", "—")
    if m["also"] and not (all_caps and m["also"].replace(" ", "").isupper()):
        return None  # two places filed from are both written in capitals
    if sep == ":" and not (all_caps and not m["region"] and _known_place(place)):
        return None  # "NEW DELHI: ..." files from a known place; "UPDATE: ...", "Note: ..." do not
    dashed = dashed or sep == ":"
    if not (agency or (date_text and dashed) or (all_caps and dashed and len(place) > 2)):
        return None
    rest = paragraph[m.end() :]
    if not (agency or date_text) and rest.strip() and not any(c.islower() for c in rest):
        return None  # "CITY SCHOOL - PUPILS' BULLETIN": a capitalised banner line, not a place
    md = month_day(date_text) if date_text else None
    end = m.end()
    return Dateline(
        place=_title_case(place),
        date_text=date_text.strip() if date_text else None,
        agency=agency.strip() if agency else None,
        start=offset,
        end=offset + end,
        month=md[0] if md else None,
        day=md[1] if md else None,
        year=md[2] if md else None,
    )


OPENING_CHARS = 200  # a story's own dateline starts within its first characters
MIN_ITEM_DATELINES = 2  # one dateline opens a story; two or more open the items of a news digest

# the marks a paragraph may open with before its dateline: Markdown's emphasis and quote marks
# and the bullet glyphs of a bulleted news digest ("• MANILA — ...", rule mention.bulleted_dateline)
LINE_MARKS = " \t*_>•◦▪‣●■"
_PARAGRAPH_START = re.compile(rf"(?:^|\n)[{LINE_MARKS}]*")


def item_datelines(text: str) -> list[Dateline]:
    """The datelines that open the paragraphs of a page of short items, each filed from its own
    place ("World news in brief": "MANILA - ...", then "TBILISI - ..."): every paragraph
    opening with a place in capitals and a dash (or an agency), when at least
    ``MIN_ITEM_DATELINES`` of them name different places; else none (a story has one)."""
    found: list[Dateline] = []
    for m in _PARAGRAPH_START.finditer(text):
        start = m.end()
        dl = match_dateline(text[start : start + 200], start)
        if dl is None:
            continue
        raw = text[start : dl.end]
        caps = re.match(r"[^,(\-–—:]*", raw)
        if not (caps and caps.group(0).strip().replace(" ", "").isupper()):
            continue  # "Kenya and Tanzania sign - ...": a headline, not a place in capitals
        if found and found[-1].start == dl.start:
            continue
        found.append(dl)
    return found if len({d.place for d in found}) >= MIN_ITEM_DATELINES else []


# a news page may put a standfirst, a photo caption and its credit before the body: a
# dateline in capitals that opens the line after at most this many short lines still opens it
HEAD_LINES = 3
HEAD_LINE_CHARS = 300
# or more lines, each short: a page's furniture (a time stamp, "Updated 3 hours ago", a byline,
# a section name, a photo credit) before an agency story's dateline
SHORT_HEAD_LINES = 6
SHORT_HEAD_LINE_CHARS = 100


# a page's own story told in paragraphs before a dateline (rule mention.insert_dateline): a
# standfirst is one paragraph and a photo caption is short, so two or more full paragraphs of
# story (each at least this many words, ending a sentence) above it mean the dateline opens an
# agency insert (a box, a wire item under its own "CITY, Mon Day (Agency) -") inside the page
STORY_PARAGRAPH_WORDS = 25
INSERT_AFTER_PARAGRAPHS = 2
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def story_paragraphs(lines: list[str]) -> int:
    """How many of ``lines`` are paragraphs of story: at least ``STORY_PARAGRAPH_WORDS`` words
    ending a sentence."""
    return sum(
        1
        for line in lines
        if len(line.split()) >= STORY_PARAGRAPH_WORDS and _SENTENCE_END.search(line)
    )


def insert_datelines(text: str) -> list[Dateline]:
    """The datelines of agency inserts inside a story (rule mention.insert_dateline): a
    paragraph opening with a place in capitals and a dateline's date or agency ("HAMBURG, May
    21 (Wire) -") that is neither the story's opening dateline nor one of a page of short
    items (``item_datelines``). Its place and day belong to the insert's own report, not to
    the page: the parser gets them blanked, and the page takes no dateline from it.

    The actor finder has a second, weaker test for the same thing (``ActorFinder.
    _inserted_dateline``, rule mention.inserted_dateline): the article's own dateline found
    after one sentence of story (a line of eight words or more ending with a full stop). The
    criteria differ on purpose: this one acts before parsing and takes the dateline from the
    page, so it asks for more (a date or an agency, and two full paragraphs above it, as a
    standfirst is one); the finder's keeps the dateline as the article's and only withholds its
    state from bare groups and roles, when the story names that state nowhere else."""
    if item_datelines(text):
        return []
    opening = opening_dateline(text)
    found: list[Dateline] = []
    for m in _PARAGRAPH_START.finditer(text):
        start = m.end()
        if opening is not None and start <= opening.start:
            continue
        dl = match_dateline(text[start : start + 200], start)
        if dl is None or not (dl.agency or dl.date_text) or not dl.place:
            continue
        caps = re.match(r"[^,(\-–—:]*", text[start : dl.end])
        if not (caps and caps.group(0).strip().replace(" ", "").isupper()):
            continue
        above = [line for line in text[:start].split("\n") if line.strip()]
        if story_paragraphs(above) < INSERT_AFTER_PARAGRAPHS:
            continue  # no story told above it: a page's furniture, then the story's dateline
        if not found or found[-1].start != dl.start:
            found.append(dl)
    return found


def opening_dateline(text: str) -> Dateline | None:
    """The dateline that opens the story (where it was filed), if one starts within its first
    ``OPENING_CHARS`` characters, or opens the first body line after a page's head lines (a
    standfirst, a photo caption: at most ``HEAD_LINES`` lines of at most ``HEAD_LINE_CHARS``
    characters, or at most ``SHORT_HEAD_LINES`` short lines of page furniture) with a place in
    capitals ("LAGOS — ...")."""
    found = find_dateline(text[:800])
    if found is None:
        return None
    if found.start <= OPENING_CHARS:
        return found
    head = [line for line in text[: found.start].split("\n") if line.strip()]
    short = len(head) <= SHORT_HEAD_LINES and all(
        len(line) <= SHORT_HEAD_LINE_CHARS for line in head
    )
    if not short and (len(head) > HEAD_LINES or any(len(line) > HEAD_LINE_CHARS for line in head)):
        return None
    if story_paragraphs(head) >= INSERT_AFTER_PARAGRAPHS:
        return None  # the page's own story began above: an agency insert's dateline (a box)
    caps = re.match(r"[^,(\-–—:]*", text[found.start : found.end])
    if not (caps and caps.group(0).strip() and caps.group(0).replace(" ", "").isupper()):
        return None  # "Kenya and Tanzania sign - ...": a headline line, not a place in capitals
    return found


def find_dateline(text: str, max_lines: int = 40) -> Dateline | None:
    """The first dateline that opens one of the first lines or paragraphs of ``text``."""
    pos = 0
    for _ in range(max_lines):
        line_end = text.find("\n", pos)
        line = text[pos : line_end if line_end >= 0 else len(text)]
        stripped = line.lstrip(LINE_MARKS)
        lead = len(line) - len(stripped)
        if stripped and not stripped.startswith("#"):
            dl = match_dateline(text[pos + lead :], pos + lead)
            if dl:
                return dl
        if line_end < 0:
            break
        pos = line_end + 1
    return None
