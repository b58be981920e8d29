"""Language identification of a story, and which languages the coder supports.

py3langid (a maintained fork of langid.py: a naive Bayes model over byte n-grams of 97 languages,
shipped inside the package, no download) decides. A verdict other than English is kept only
when the model is confident: on a headline or a one-line text the model can mistake English
for a neighbour, and a story wrongly marked foreign would lose all its events, so an uncertain
short text falls back to ``default``. Measured in ``bench/language_check.py``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

# The languages the event coder reads (its spaCy model and its word lists are English).
SUPPORTED_LANGUAGES = frozenset({"en"})

# Labels of the model that are not languages a news story is written in today (classical,
# constructed, pidgin or "no language"); leaving them out stops English headlines being read
# as Nigerian Pidgin or Latin.
_EXCLUDED = frozenset({"zxx", "la", "grc", "hbo", "vo", "eo", "pcm"})
# Below this share of the probability a verdict other than the default on a short text is not
# trusted (misread English headlines get 0.02-0.13; a short foreign sentence mostly over 0.5).
MIN_CONFIDENCE = 0.3
# From this many letters on the model's verdict stands whatever its confidence.
LONG_TEXT_LETTERS = 400
# Texts with fewer letters than this are too short to tell.
MIN_LETTERS = 12
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@cache
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([c for c in dict.fromkeys(ident.nb_classes) if c not in _EXCLUDED])
    return ident


def detect_language(text: str, default: str = "en", sample_chars: int = 5000) -> str:
    """ISO 639-1 code of the language of ``text`` (its first ``sample_chars`` characters).

    Returns ``default`` when the text has too few letters to tell, or when it is short and the
    model names another language with less than ``MIN_CONFIDENCE`` of the probability.
    """
    sample = text[:sample_chars]
    letters = len(_LETTER.findall(sample, 0, 2000))
    if letters < MIN_LETTERS:
        return default
    lang, confidence = _identifier().classify(sample)
    if lang != default and confidence < MIN_CONFIDENCE and letters < LONG_TEXT_LETTERS:
        return default
    return str(lang)


def is_supported(language: str | None) -> bool:
    """Whether the coder reads stories in ``language`` (unknown counts as supported)."""
    return not language or language.split("-")[0].lower() in SUPPORTED_LANGUAGES


# Every note of a story left uncoded starts with this.
NOT_CODED_PREFIX = "not coded:"


def unsupported_note(language: str) -> str:
    """The note stored with a story the coder cannot read."""
    langs = ", ".join(sorted(SUPPORTED_LANGUAGES))
    return f"{NOT_CODED_PREFIX} language {language!r}; the event coder reads {langs} only"
