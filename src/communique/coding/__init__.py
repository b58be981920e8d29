"""Event coding: PLOVER type and CAMEO code, actor and recipient, modality, date, evidence.

Rules over the spaCy dependency parse, run as three spaCy components
(``communique.coding.components``); their rules are listed by id in
``communique/data/coding/rules.tsv`` and explained in ``data/coding/README.md``.
``code_article`` is the entry point for the pipeline.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from communique.coding.coder import code_doc
from communique.model import Article, Mention

__all__ = ["code_article", "code_sentence_text"]


def code_article(article: Article, doc: Doc, nlp: Language | None = None) -> list[Mention]:
    """Every event in the story: one Mention per event (several per sentence allowed), with
    evidence offsets into ``article.text`` (``doc`` was made from ``article.text``). The coder's
    components are those of ``nlp`` (default: the ingest pipeline)."""
    return code_doc(article, doc, nlp)


def code_sentence_text(text: str, when: date | None = None) -> list[Mention]:
    """Code a sentence (or short text) on its own; ``when`` is its publication date."""
    from communique.parsing import headline_case, load_pipeline

    article = Article(text=text, published=when.isoformat() if when else None)
    article.ensure_id()
    nlp = load_pipeline(fast=False)
    doc = nlp.make_doc(headline_case(nlp)(text))
    doc._.communique_article = article
    return list(nlp(doc)._.communique_mentions or [])
