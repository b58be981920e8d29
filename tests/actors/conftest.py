"""One spaCy pipeline per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201
    from communique.nlp import get_nlp

    return get_nlp()
