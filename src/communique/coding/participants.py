"""Turn argument head words into actors, using the spans the actor resolver found."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from communique.model import Actor

# dependents that stay inside a noun phrase when looking for the actor it names
_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod", "nummod"}
_NP_PREPS = {"of", "from"}
SINGULAR_PRONOUNS = {"he", "she", "him", "his", "her", "it", "its", "himself", "herself"}
PLURAL_PRONOUNS = {"they", "them", "their", "both", "themselves"}


def find_actor_spans(doc: Any, when: Any) -> list[Any]:
    """``communique.actors.find_actors`` when installed; an empty list otherwise."""
    try:
        from communique.actors import find_actors
    except ImportError:
        return []
    return list(find_actors(doc, when))


class ActorIndex:
    """Actor spans of one document, looked up by token."""

    def __init__(self, spans: Sequence[Any]) -> None:
        self.spans = list(spans)
        self.by_token: dict[int, Any] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, span)

    def at(self, tok: Token) -> Any | None:
        return self.by_token.get(tok.i)

    def in_phrase(self, head: Token) -> list[Any]:
        """Actor spans naming the phrase headed by ``head``: the one containing it, or those
        inside its noun phrase ("Senior Hungarian and Romanian officials")."""
        span = self.at(head)
        if span is not None:
            return [span]
        found: list[Any] = []
        stack = [(c, 1) for c in head.children]
        while stack:
            tok, depth = stack.pop(0)
            if depth > 3:
                continue
            if tok.dep_ == "prep" and tok.lower_ in _NP_PREPS:
                stack += [(c, depth + 1) for c in tok.children if c.dep_ == "pobj"]
                continue
            if tok.dep_ not in _NP_DEPS and tok.dep_ != "pobj":
                continue
            span = self.at(tok)
            if span is not None:
                if span not in found:
                    found.append(span)
                continue
            stack += [(c, depth + 1) for c in tok.children]
        return found


def unique_actors(spans: Sequence[Any]) -> list[Actor]:
    out: list[Actor] = []
    seen: set[str] = set()
    for span in spans:
        a = span.actor if hasattr(span, "actor") else span
        key = a.code or a.name or a.text
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def is_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" or tok.tag_ in ("PRP", "PRP$") or tok.lower_ in PLURAL_PRONOUNS


def is_plural_anaphor(tok: Token) -> bool:
    """'they', 'their', 'both', 'the two countries'."""
    if tok.lower_ in PLURAL_PRONOUNS:
        return True
    return any(
        c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet") for c in tok.children
    )
