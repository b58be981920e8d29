"""Lesson and exercise pages: a page whose sentences are examples, not reports, codes no event.

A language lesson's example sentences ("The army closed the road."), a grammar exercise, a
quiz's questions, a history worksheet's source extract, a reading test or crossword clues name
states, armies and treaties without reporting anything. ``lesson_page`` reads the page's frame
from its text alone, before the parse (``coding.frame_gate``), and the coder drops every
candidate of such a page with rule ``filter.lesson``. Three signals, all read from the text:

- lesson words (``data/relevance/lessons.tsv``): the vocabulary and instructions of lessons,
  exercises and quizzes ("translate into", "put the verb in brackets", "answer the questions",
  "vocabulary", "Question 3", "(4 marks)");
- numbered example items: runs of items numbered 1, 2, 3 ... or a), b), c) ... in text order,
  and crossword clues with their letter counts (``example_items``), each weighing
  ``ITEM_WEIGHT``;
- the news register: attributions ("said", "told", "according to", ``ATTRIBUTION``), which a
  report has and an exercise hardly ever does.

A page is a lesson when its lesson words weigh at least ``MIN_LESSON``, and its lesson words
and items together weigh more than its political words (``relevance.story_topic``) plus
``REGISTER_WEIGHT`` per attribution. A news story about a ministry's language reform or an exam
scandal has the lesson words but reports them: its political words and attributions outweigh
them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communique.datafiles import read_tsv
from communique.relevance import story_topic

PATH = resources.files("communique") / "data" / "relevance" / "lessons.tsv"
MIN_LESSON = 4.0  # lesson words (lessons.tsv) a lesson or exercise page has at the least
ITEM_WEIGHT = 0.5  # the weight of one numbered example item
REGISTER_WEIGHT = 1.0  # the weight of one attribution against the lesson words
_TOKEN = re.compile(r"[a-z0-9]+")
# an item of a numbered list: "1." / "2)" / "(3)" or "a)" / "b." at a line start or after white
# space, before its text
_ITEM = re.compile(r"(?:^|(?<=[\s(:]))(\d{1,2}|[a-h])[.)](?=\s+\S)", re.MULTILINE)
# a clue's letter count, "(7)" or "(5,4)", after a word at the end of a line or sentence: an item
# of a crossword's clue list
_LETTER_COUNT = re.compile(r"(?<=[a-z!?] )\(\d{1,2}(?:[,-]\d{1,2})*\)(?=\s|$)", re.IGNORECASE)
# the news register: a report attributes what it tells
ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|according to|spokesman|spokeswoman|spokesperson)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class LessonWords:
    cues: dict[tuple[str, ...], float]
    numbered: dict[str, float]
    after_number: dict[str, float]


@lru_cache(maxsize=1)
def lesson_words() -> LessonWords:
    cues: dict[tuple[str, ...], float] = {}
    numbered: dict[str, float] = {}
    after: dict[str, float] = {}
    for row in read_tsv(PATH):
        words = tuple(_TOKEN.findall(row["cue"].lower()))
        if not 1 <= len(words) <= 4:
            raise ValueError(f"lessons.tsv: {row['cue']!r}: one to four words")
        weight = float(row["weight"])
        if row["kind"] == "cue":
            cues[words] = weight
        elif row["kind"] in ("numbered", "after_number") and len(words) == 1:
            (numbered if row["kind"] == "numbered" else after)[words[0]] = weight
        else:
            raise ValueError(f"lessons.tsv: {row['cue']!r}: bad kind {row['kind']!r}")
    return LessonWords(cues, numbered, after)


@lru_cache(maxsize=1)
def _numbered_pattern() -> re.Pattern[str]:
    """ "Question 3", "Exercise B": a numbered word with a number or a capital letter after it."""
    words = "|".join(sorted(map(re.escape, lesson_words().numbered), key=len, reverse=True))
    return re.compile(rf"\b({words})\s+(?:\d{{1,3}}\b|[A-H]\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cue_firsts() -> frozenset[str]:
    return frozenset(cue[0] for cue in lesson_words().cues)


def lesson_score(text: str) -> float:
    """The weight of ``text``'s lesson words (lessons.tsv): cues, numbered words, marks."""
    table = lesson_words()
    toks = _TOKEN.findall(text.lower())
    firsts = _cue_firsts()
    score = 0.0
    for i, tok in enumerate(toks):
        if tok in firsts:
            for n in (1, 2, 3, 4):
                score += table.cues.get(tuple(toks[i : i + n]), 0.0)
        if tok in table.after_number and i and toks[i - 1].isdigit():
            score += table.after_number[tok]
    for m in _numbered_pattern().finditer(text):
        score += table.numbered[m.group(1).lower()]
    return score


def example_items(text: str) -> int:
    """The items of the numbered lists of ``text``: runs of 1, 2, 3 ... or a, b, c ... in text
    order (a run of two items at the least; a lone "4." after a number is no list), and the
    clues of a crossword, each closed by its letter count ("(7)")."""
    total = 0
    runs = {"digit": 0, "letter": 0}
    for m in _ITEM.finditer(text):
        mark = m.group(1)
        kind, value = ("digit", int(mark)) if mark.isdigit() else ("letter", ord(mark) - 96)
        if value == 1:
            total += runs[kind] if runs[kind] >= 2 else 0
            runs[kind] = 1
        elif runs[kind] and value == runs[kind] + 1:
            runs[kind] = value
    return total + sum(n for n in runs.values() if n >= 2) + len(_LETTER_COUNT.findall(text))


@dataclass(frozen=True)
class LessonFrame:
    words: float  # lesson words (lessons.tsv)
    items: int  # numbered example items
    political: float  # political words (relevance.story_topic)
    attributions: int  # "said", "told", "according to" ...

    @property
    def lesson(self) -> bool:
        return self.words >= MIN_LESSON and (
            self.words + ITEM_WEIGHT * self.items
            > self.political + REGISTER_WEIGHT * self.attributions
        )


@lru_cache(maxsize=8)
def lesson_frame(text: str) -> LessonFrame:
    return LessonFrame(
        lesson_score(text),
        example_items(text),
        story_topic(text).political,
        len(ATTRIBUTION.findall(text)),
    )


def lesson_page(text: str) -> str | None:
    """A note when ``text`` is a lesson or exercise page (see the module's docstring), else
    None."""
    frame = lesson_frame(text)
    if not frame.lesson:
        return None
    return (
        f"lesson or exercise page: lesson words {frame.words:g}, {frame.items} numbered "
        f"items, political words {frame.political:g}, {frame.attributions} attributions"
    )
