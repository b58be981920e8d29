"""One spaCy pipeline per test session, and a helper that codes a text written for a test."""

from __future__ import annotations

from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from communique.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def code(nlp):
    """Code a text written for the tests, published on ``when`` (ISO) or undated."""
    from communique.coding import code_article
    from communique.model import Article

    def run(text: str, when: str | None = "2023-05-12"):
        article = Article(text=text, published=when, id="t")
        return code_article(article, nlp(text))

    return run
