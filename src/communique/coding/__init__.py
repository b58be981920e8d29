"""Event coding: PLOVER type and CAMEO code, actor and recipient, modality, date, evidence.

Rules over the spaCy dependency parse, with lexicons in ``communique/data/coding/`` (see its
README.md). ``code_article`` is the entry point for the pipeline.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from communique.coding.coder import code_doc
from communique.model import Article, Mention

REQUIRED_PIPES: tuple[str, ...] = (
    "communique_paragraphs",
    "tok2vec",
    "tagger",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "ner",
)

__all__ = ["REQUIRED_PIPES", "code_article", "code_sentence_text"]


def code_article(article: Article, doc: Doc) -> list[Mention]:
    """Every event in the story: one Mention per event (several per sentence allowed), with
    evidence offsets into ``article.text`` (``doc`` was made from ``article.text``)."""
    return code_doc(article, doc)


def code_sentence_text(text: str, when: date | None = None) -> list[Mention]:
    """Code a sentence (or short text) on its own; ``when`` is its publication date."""
    from communique.nlp import get_nlp

    article = Article(text=text, published=when.isoformat() if when else None)
    article.ensure_id()
    return code_article(article, get_nlp()(text))
