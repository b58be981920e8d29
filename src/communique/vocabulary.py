"""The word sets the coder and the actor finder share, one definition each.

They live in ``communique/data/coding/vocabulary.tsv`` (name, words separated by ``|``, a note
on what the set is for); ``words("reporting_verbs")`` gives one as a frozenset.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

PATH = resources.files("communique") / "data" / "coding" / "vocabulary.tsv"


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    lines = [ln for ln in PATH.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["name"] in out:
            raise ValueError(f"vocabulary.tsv: the set {row['name']!r} is defined twice")
        out[row["name"]] = frozenset(w.strip() for w in row["words"].split("|") if w.strip())
    return out


def words(name: str) -> frozenset[str]:
    """The word set ``name`` of vocabulary.tsv (a KeyError names an unknown set)."""
    try:
        return vocabulary()[name]
    except KeyError:
        raise KeyError(f"no word set {name!r} in data/coding/vocabulary.tsv") from None
