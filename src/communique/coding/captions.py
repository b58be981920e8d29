"""Photo captions and gallery slides: the short lines under pictures that tell the news in the
present tense (rules ``date.caption_news`` and ``date.caption_day``).

A caption says what its picture shows: "Police fire tear gas at marchers in the capital on
Tuesday", "The minister speaks to reporters after the talks". Its simple present is the
present of the picture, not of a timetable: with a weekday it names the last such day, not
the coming one, as a headline's present does ("Ruritania expels envoys"). In running prose
the same words are a schedule ("the president flies to Lima on Sunday"), so the reading needs
the page to show that the paragraph is a caption:

- it opens with a gallery's slide counter that page furniture left ("1/12 · ...", "3 of 9:
  ...", "- 2 / 8 - ..."), or it follows a line that is only such a counter ("1 of 7"); or
- the HTML reader kept it from a picture's ``<figcaption>`` (its note ``CAPTION_NOTE``); or
- the page declares itself a photo gallery: its title carries a gallery label (vocabulary
  ``gallery_labels``: "In pictures: ...", "...: a photo essay"), its JSON-LD is a schema.org
  ``ImageGallery`` (the HTML reader's note ``GALLERY_NOTE``), or two or more of its paragraphs
  open with or are slide counters. Then every paragraph after the first (the gallery's
  introduction) is a caption.

The caption's own day words also name a day of the story (``date.caption_day``): "Empty seats
at the ministers' session on Wednesday. The delegation walked out after ..." places the
undated walkout on that Wednesday, as a past-tense sentence's day words would.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Token

from communique.vocabulary import words

GALLERY_NOTE = "page is a photo gallery (JSON-LD ImageGallery)"
# a picture's caption the HTML reader kept as a paragraph of the story (``<figcaption>``)
CAPTION_NOTE = "photo caption kept as story text:"
CAPTION_NOTE_CHARS = 80  # the words of a caption a note keeps
CAPTION_NOTES = 24  # notes at most (a gallery is told by its title or its counters too)
CAPTION_MATCH_CHARS = 30  # the opening words a paragraph must share with a noted caption


def caption_notes(captions: list[str]) -> list[str]:
    """The article notes that name the captions an HTML page's pictures carried."""
    return [f"{CAPTION_NOTE} {c[:CAPTION_NOTE_CHARS]!r}" for c in captions[:CAPTION_NOTES]]


def _noted_captions(notes: list[str]) -> list[str]:
    out = []
    for note in notes:
        if note.startswith(CAPTION_NOTE):
            words = note[len(CAPTION_NOTE) :].strip()[1:-1]
            out.append(" ".join(words.split()))
    return out


def _noted(paragraph: str, noted: list[str]) -> bool:
    """Whether a paragraph opens with the words of a caption a note names (its slide counter,
    cut as furniture, may be gone from the paragraph)."""
    head = " ".join(paragraph.split())[:CAPTION_MATCH_CHARS]
    return len(head) >= 12 and any(head in c for c in noted)


# a slide counter: "3/8", "3 / 8", "3 of 8", "Photo 3 of 8", "Slide 2/10"
_COUNTER = r"(?:(?:photo|image|picture|slide|foto)\s+)?(\d{1,3})\s*(?:/|\bof\b)\s*(\d{1,3})"
# a paragraph that opens with one and a separator before the caption's words
_OPENING_COUNTER = re.compile(
    r"[-•·*]?[ \t]*" + _COUNTER + r"[ \t]*[·•|:.–—-][ \t]*(?=\S)", re.IGNORECASE
)
# a paragraph that is only a counter ("1 of 7")
_BARE_COUNTER = re.compile(r"[-•·*]?[ \t]*" + _COUNTER + r"[ \t]*[.:]?[ \t]*", re.IGNORECASE)
_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
MIN_COUNTERS = 2  # counters that make a page a gallery though its title does not say so


def _counter(match: re.Match[str] | None) -> bool:
    """A real slide counter: a number no larger than the slides' count, two slides or more."""
    if match is None:
        return False
    n, of = int(match.group(1)), int(match.group(2))
    return 1 <= n <= of and of >= 2


def gallery_title(title: str | None) -> bool:
    """Whether a page's title carries a gallery label before or after its words ("In
    pictures: ...", "Photos | ...", "...: a photo essay", "... - in pictures")."""
    if not title:
        return False
    low = " ".join(title.lower().split())
    for label in GALLERY_LABELS:
        if low.strip(" .:") == label:
            return True
        if re.match(re.escape(label) + r"\s*[:|–—-]", low):
            return True
        if re.search(r"[:|–—-]\s*(?:an?\s+|the\s+)?" + re.escape(label) + r"\W*$", low):
            return True
    return False


def caption_paragraphs(text: str, title: str | None, notes: list[str]) -> list[tuple[int, int]]:
    """The (start, end) character spans of the paragraphs of ``text`` that are captions."""
    paras = [(m.start(), m.end(), m.group()) for m in _PARAGRAPH.finditer(text)]
    bare = [_counter(_BARE_COUNTER.fullmatch(p.strip())) for _, _, p in paras]
    opening = [_counter(_OPENING_COUNTER.match(p)) for _, _, p in paras]
    gallery = (
        GALLERY_NOTE in notes
        or gallery_title(title)
        or sum(1 for b, o in zip(bare, opening, strict=True) if b or o) >= MIN_COUNTERS
    )
    noted = _noted_captions(notes)
    out: list[tuple[int, int]] = []
    for n, (start, end, para) in enumerate(paras):
        if bare[n]:
            continue
        if (
            opening[n]
            or (n > 0 and bare[n - 1])
            or (gallery and n > 0)
            or (noted and _noted(para, noted))
        ):
            out.append((start, end))
    return out


class Captions:
    """The caption paragraphs of one story, for asking whether a word stands in one."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def holds(self, char: int) -> bool:
        return self.span(char) is not None

    def span(self, char: int) -> tuple[int, int] | None:
        """The (start, end) of the caption paragraph that holds ``char``, if one does."""
        n = bisect_right(self.starts, char) - 1
        return self.spans[n] if n >= 0 and char < self.spans[n][1] else None


def caption_present(verb: Token) -> bool:
    """A caption's simple present, active or passive, with no modal or other auxiliary:
    "Police *fire* tear gas", "The minister *is congratulated*"."""
    if verb.tag_ in ("VBZ", "VBP"):
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.tag_ == "VBN":
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")
    return False


GALLERY_LABELS = tuple(sorted(words("gallery_labels"), key=len, reverse=True))
