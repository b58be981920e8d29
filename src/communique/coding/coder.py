"""Code a parsed story: run the coder's components (actor mentions, trigger candidates, event
coder; ``communique.coding.components``) over a Doc the linguistic pipeline made."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from communique.coding.components import CODER_PIPES
from communique.model import Article, Mention


def coder_components(nlp: Language | None = None) -> list[Callable[[Doc], Doc]]:
    """The coder's components of ``nlp`` (default: the ingest pipeline) in pipeline order; one
    the user left out is skipped, one they replaced is the replacement."""
    if nlp is None:
        from communique.parsing import load_pipeline

        nlp = load_pipeline()
    return [nlp.get_pipe(n) for n in CODER_PIPES if n in nlp.pipe_names]


def code_doc(article: Article, doc: Doc, nlp: Language | None = None) -> list[Mention]:
    """Every event in the story: one Mention per event (several per sentence allowed)."""
    doc._.communique_article = article
    for proc in coder_components(nlp):
        doc = proc(doc)
    return list(doc._.communique_mentions or [])
