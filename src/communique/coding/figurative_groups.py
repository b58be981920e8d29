"""A military group noun used for a crowd is no armed force (rule ``filter.figurative_group``).

"Each spring a tiny army paraded through the fair", "a whole army descended on the beach":
with an indefinite article (a, an) and a size word ("a small army"), and no "of" naming who they
are, army, legion or armada means many people, not a state's forces; an event whose doer is that
noun is dropped. "The army marched into the town", "a rebel army attacked", "an army of 5,000
men besieged" and "the Russian army" are forces; "an army of protesters marched" is a protest by
the protesters (the noun is kept; what follows "of" names the doers). The words: ``data/relevance/figurative_groups.tsv``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from communique.datafiles import read_tsv

PATH = resources.files("communique") / "data" / "relevance" / "figurative_groups.tsv"
_INDEFINITE = frozenset({"a", "an"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {"noun": set(), "size": set()}
    for row in read_tsv(PATH):
        if row["kind"] not in out:
            raise ValueError(f"figurative_groups.tsv: unknown kind {row['kind']!r}")
        out[row["kind"]].add(row["word"].lower())
    return {k: frozenset(v) for k, v in out.items()}


def figurative_group(tok: Token) -> bool:
    """Whether ``tok`` is a military group noun used for a crowd (the module's docstring)."""
    words = _words()
    if tok.lower_ not in words["noun"]:
        return False
    lefts = list(tok.lefts)
    if tok.dep_ == "compound" and tok.head.i > tok.i:
        # "a whole army marches", parsed as a noun phrase: its article is on the head
        lefts += [c for c in tok.head.lefts if c.i < tok.i]
    if not any(c.lower_ in _INDEFINITE and c.dep_ == "det" for c in lefts):
        return False
    # "a rebel army", "a Russian army": a modifier other than a size word names a force
    if any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ not in words["size"] for c in lefts):
        return False
    # "an army of protesters marched": the people after "of" are the doers, and may protest
    if any(p.dep_ == "prep" and p.lower_ == "of" for p in tok.children):
        return False
    return any(c.lower_ in words["size"] for c in lefts)


def figurative_doer(doers: list[Token]) -> str | None:
    """The doer that is a military group noun used for a crowd, if every doer is one (or a
    size word of one: "a *whole* army marches" read as a noun's modifiers)."""
    crowds = [t for t in doers if figurative_group(t)]
    size = _words()["size"]
    if crowds and all(t in crowds or t.lower_ in size for t in doers):
        return crowds[0].text
    return None
