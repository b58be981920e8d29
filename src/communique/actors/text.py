"""resolve_text: a short actor phrase to an Actor without a parse."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from communique.actors import lexicon as lx
from communique.model import Actor


@lru_cache(maxsize=1)
def _vocab_doc_maker():  # noqa: ANN202
    return lx.tokenizer()


def resolve_text(text: str, when: date | None = None) -> Actor | None:
    """Resolve a short phrase ("Russian Foreign Minister", "the State Duma", "Hungarian").

    Uses the same rules as ``find_actors`` over the phrase's tokens (no tagger or parser): the
    longest actor reading of the phrase, preferring the one that covers most of it.
    """
    from communique.actors.finder import _Finder

    text = " ".join(text.split())
    if not text:
        return None
    doc = _vocab_doc_maker()(text)
    spans = _Finder(doc, when, dateline="").run()
    spans = [s for s in spans if s.actor.country or s.actor.name]
    if not spans:
        return None
    best = max(spans, key=lambda s: (bool(s.actor.country), s.end - s.start, -s.start))
    actor = best.actor
    actor.text = text
    return actor
