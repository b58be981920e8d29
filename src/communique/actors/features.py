"""Natural features and regions whose names hold a state's name but name no state, or another
one: "the *Niger* Delta" (in Nigeria), "the *Congo* Basin" (six states), "*Lake* Chad",
"*Papua*" (a province of Indonesia beside "Papua New Guinea"). Rule mention.named_feature."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc

from communique.actors import lexicon as lx
from communique.vocabulary import words

FEATURE_RULE = "mention.named_feature"
FEATURE_FILE = "data/places/named_features.tsv"
FEATURE_NOUNS = words("natural_feature_nouns")
# the feature noun written before the state's name ("Lake Chad")
FEATURE_BEFORE = frozenset({"lake"})


@lru_cache(maxsize=1)
def _table() -> tuple[dict[tuple[str, ...], tuple[tuple[str, ...], str | None]], dict[str, int]]:
    """Normalised name -> (the name's words, its state or None), and the longest name by first
    key."""
    text = resources.files("communique").joinpath(FEATURE_FILE).read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    index: dict[tuple[str, ...], tuple[tuple[str, ...], str | None]] = {}
    longest: dict[str, int] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        name_words = tuple(lx.tokenize(row["name"]))
        key = tuple(lx.norm(w) for w in name_words)
        index[key] = (name_words, None if row["country"] == "-" else row["country"])
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return index, longest


def feature_at(keys: Sequence[str], texts: Sequence[str], i: int) -> tuple[int, str | None] | None:
    """The longest listed feature name starting at token ``i``, written with its capitals:
    (end, its state or None)."""
    index, longest = _table()
    for n in range(min(longest.get(keys[i], 0), len(keys) - i), 0, -1):
        found = index.get(tuple(keys[i : i + n]))
        if found and all(
            t[:1].isupper() or not w[:1].isupper()
            for w, t in zip(found[0], texts[i : i + n], strict=True)
        ):
            return i + n, found[1]
    return None


def natural_feature(doc: Doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` (a state's name or adjective) begin or end a feature's name: a
    capitalised feature noun after them ("the Congo *Basin*", "the Niger *River*") or "Lake"
    before them ("*Lake* Chad"): a place that is no state."""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in FEATURE_NOUNS:
        return True
    before = doc[start - 1] if start >= 1 else None
    return before is not None and before.text[:1].isupper() and before.lower_ in FEATURE_BEFORE
