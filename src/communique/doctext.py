"""A Doc's text, built once: spaCy joins every token's text each time ``Doc.text`` is read
(a walk over the whole story), and the coder reads the story's text from many rules."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "communique_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in the Doc's ``user_data`` after the first call. A Doc's text never
    changes (retokenizing merges or splits tokens, not characters)."""
    found = doc.user_data.get(_KEY)
    if found is None or len(found) != _chars(doc):
        found = doc.user_data[_KEY] = doc.text
    return found


def _chars(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
