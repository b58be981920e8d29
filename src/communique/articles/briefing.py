"""The items of a briefing page: a newsletter or morning briefing that tells several short,
unrelated stories one after another (rule mention.briefing_item).

Two shapes mark such a page, both common in news style (a newsletter's "five things to know",
a broadcaster's "top stories" list):

- numbered headings: at least ``MIN_ITEMS`` short paragraphs "1. Heading", "2. Heading", ...
  numbered from 1 without a gap, each a title (at most ``NUMBERED_HEADING_WORDS`` words, no
  full stop at its end: a newsletter's heading may have two decks, "1. X raises its fees. Y
  says no", each as long as a headline),
  each followed by a paragraph of text (numbered paragraphs of a press release are sentences,
  not titles, and do not count);
- bulleted items with a lead: at least ``MIN_ITEMS`` paragraphs opening with a bullet ("- ",
  "• ") that hold two sentences or more (a one-line summary, then its story); a list of one-line
  key points of a single story is no briefing.

Each item is a story of its own: who "the ministry", "officials" or "a spokesperson" are, and
whom an act with no target is aimed at, come from the item, never from another item or from the
headline, which names the items' states all together. ``briefing_items`` gives the character
offsets where the page's segments start: each item, and (on a page of bullets) the first
paragraph after an item that is not a bullet ("What to watch", "On this day"); on a page of
numbered items, a short unnumbered heading after the first item ("Quote of the day") too.
"""

from __future__ import annotations

import re

MIN_ITEMS = 3
HEADING_WORDS = 14
# a numbered heading of two decks (a headline and a second line, "1. Ruritania doubles its port
# fees. Freedonian shippers say they will go elsewhere") runs longer than a one-line heading (20 words,
# the number too); a numbered press-release paragraph still ends with a full stop (genre45)
NUMBERED_HEADING_WORDS = 20
SHORT_HEADING_WORDS = 6

_NUMBERED = re.compile(r"(\d{1,2})[.)]\s+\S")
_BULLET = re.compile(r"[-•*–]\s+\S")
_TITLE_END = re.compile(r"[.!?:;][\"'”’)]*$")
# a sentence ends and another begins inside one paragraph
_TWO_SENTENCES = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘']?[A-Z0-9]")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, stripped text) of each non-empty line of ``text``."""
    out = []
    at = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            out.append((at + line.index(stripped[0]), stripped))
        at += len(line) + 1
    return out


def _title(para: str, words: int) -> bool:
    return len(para.split()) <= words and not _TITLE_END.search(para)


def _numbered(paras: list[tuple[int, str]]) -> list[int]:
    heads: list[tuple[int, int]] = []  # (paragraph index, number)
    for k, (_, para) in enumerate(paras):
        m = _NUMBERED.match(para)
        if not m or not _title(para, NUMBERED_HEADING_WORDS):
            continue
        nxt = paras[k + 1][1] if k + 1 < len(paras) else ""
        if not nxt or _NUMBERED.match(nxt) or _title(nxt, HEADING_WORDS):
            continue  # a heading tells the text under it
        heads.append((k, int(m.group(1))))
    if len(heads) < MIN_ITEMS or [n for _, n in heads] != list(range(1, len(heads) + 1)):
        return []
    first = heads[0][0]
    numbered = {k for k, _ in heads}
    starts = [paras[k][0] for k, _ in heads]
    for k in range(first + 1, len(paras)):
        para = paras[k][1]
        nxt = paras[k + 1][1] if k + 1 < len(paras) else ""
        if k not in numbered and _title(para, SHORT_HEADING_WORDS) and nxt:
            starts.append(paras[k][0])  # "Quote of the day": a box after the items
    return sorted(starts)


def _bulleted(paras: list[tuple[int, str]]) -> list[int]:
    bullets = [k for k, (_, para) in enumerate(paras) if _BULLET.match(para)]
    led = [k for k in bullets if _TWO_SENTENCES.search(paras[k][1])]
    if len(led) < MIN_ITEMS:
        return []
    starts = []
    for k in range(bullets[0], len(paras)):
        if k in bullets or (k - 1) in bullets:
            starts.append(paras[k][0])  # each bullet, and what follows the last of a list
    return starts


def item_heads(text: str, starts: list[int]) -> list[int]:
    """The starts of a page's datelined briefs (``starts``: where each "CITY - " dateline
    opens its paragraph), each moved back to the title line right above it when it has one
    ("Kenya and Tanzania sign a deal" over "NAIROBI - ..."): a brief's title tells that
    brief, not the one before it."""
    paras = _paragraphs(text)
    out = []
    for start in starts:
        above = [(at, para) for at, para in paras if at < start]
        if above and _title(above[-1][1], HEADING_WORDS) and above[-1][0] not in out:
            out.append(above[-1][0])
        else:
            out.append(start)
    return out


def briefing_items(text: str) -> list[int]:
    """Character offsets of the segments of a briefing page (see the module docstring); [] for
    a page that is one story."""
    paras = _paragraphs(text)
    return _numbered(paras) or _bulleted(paras)
