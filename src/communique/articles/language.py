"""Cheap language identification: which language's commonest words cover most of the text."""

from __future__ import annotations

import re


def _words(s: str) -> frozenset[str]:
    return frozenset(s.split())


# The most frequent function words of each language (common knowledge, not from any corpus).
_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in a is that for on with as was by it at from are be has have "
        "he his said not but this which were will its an their also who been after"
    ),
    "es": _words(
        "el la de que y en los las del se por un una con para es al lo como su más "
        "pero sus ha fue este esta entre sobre también dijo desde son"
    ),
    "fr": _words(
        "le la les de des du et en un une est que qui dans pour pas sur au aux par "
        "avec ce cette il elle ont été sont mais ses leur"
    ),
    "de": _words(
        "der die das und in den von zu mit ist des sich dem nicht ein eine auf für "
        "im auch als an wird hat dass sie er bei nach"
    ),
    "pt": _words(
        "o a os as de do da dos das e em um uma que para com não no na nos por "
        "mais foi ao pelo pela também sobre são seu sua"
    ),
    "ru": _words(
        "и в не на что с по как это к из за от для у о же его но был была также при все она он они"
    ),
}
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def detect_language(text: str, default: str = "en", sample_chars: int = 5000) -> str:
    """ISO 639-1 code of the language whose stopwords are most frequent in ``text``.

    Looks at the first ``sample_chars`` characters; returns ``default`` when fewer than
    5 stopwords of any language are found (too little text to tell).
    """
    tokens = [t.lower() for t in _TOKEN.findall(text[:sample_chars])]
    if not tokens:
        return default
    scores = {lang: sum(t in words for t in tokens) for lang, words in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < 5 or scores[best] < 0.05 * len(tokens):
        return default
    return best
