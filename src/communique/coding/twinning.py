"""Town twinning is no diplomacy between states (rule ``filter.town_twinning``).

A page about the partnership of two towns (a twin town's delegation visits, two mayors sign a
friendship charter, the towns' bands fall out) tells of towns, their councils, clubs and people.
The coder reads "the German twin town's mayor" as an official of Germany and a charter as an
agreement; on such a page (``data/relevance/twinning.tsv`` cue words, at least ``MIN_CUES``
of them, on a page whose political words are no more than its twinning words or which is about
something other than politics) an event whose doers are a town, its organs or its people (the
``municipal`` words) is dropped. A mayor's act in a political story ("the mayor of Kharkiv
asked the government for generators") is kept: that page is no twinning page.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from communique.coding.page_frame import page_weights
from communique.datafiles import read_tsv
from communique.relevance import page_kind_note

PATH = resources.files("communique") / "data" / "relevance" / "twinning.tsv"
MIN_CUES = 2
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def twinning_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The cues (word tuples of one or two words) and the municipal head words of
    twinning.tsv; ``page_frame.page_weights`` counts the cues in its one walk of the page."""
    cues: set[tuple[str, ...]] = set()
    municipal: set[str] = set()
    for row in read_tsv(PATH):
        words = tuple(_WORD.findall(row["word"].lower()))
        if row["kind"] == "cue":
            cues.add(words)
        elif row["kind"] == "municipal":
            municipal.add(" ".join(words))
        else:
            raise ValueError(f"twinning.tsv: unknown kind {row['kind']!r}")
    return frozenset(cues), frozenset(municipal)


def twinning_story(text: str) -> str | None:
    """A note when ``text`` is a page about town twinning (see the module's docstring)."""
    cues = page_weights(text).twinning  # twinning cues, repeats counted
    if cues < MIN_CUES:
        return None
    return page_kind_note("twinning", cues, text)


def municipal_doer(doers: list[Token]) -> str | None:
    """The first doer (or a word of its conjunction) that is a town, its organ or its people."""
    _, municipal = twinning_words()
    if not doers:
        return None
    for tok in doers:
        if not all(t.lower_ in municipal for t in (tok, *tok.conjuncts)):
            return None
    return doers[0].text
