"""ActorIndex: the actor mentions of one document, looked up by token."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span, Token

from communique.actors.phrases import NP_PREPS
from communique.actors.spans import SHARED_ROLE, ActorSpan
from communique.gapping import gapped_name
from communique.model import Actor
from communique.vocabulary import words

# dependents that stay inside a noun phrase when looking for the actor it names
_NP_DEPS = {"compound", "amod", "poss", "nmod", "appos", "conj", "npadvmod", "nummod"}
# "the *Iran-backed* militia": the sponsor named in the participle is not the group
_SPONSORS = words("sponsor_participles")


def unique_actors(spans: Sequence[Any]) -> list[Actor]:
    """The actors of ``spans`` (ActorSpans or Actors), each once, in order."""
    out: list[Actor] = []
    seen: set[str] = set()
    for span in spans:
        for a in span.actors if hasattr(span, "actors") else [span]:  # "the two countries": both
            key = a.code or a.name or a.text
            if key not in seen:
                seen.add(key)
                out.append(a)
    return out


class ActorIndex:
    """Actor spans of one document, looked up by token."""

    def __init__(self, spans: Sequence[ActorSpan]) -> None:
        self.spans = list(spans)
        self.by_token: dict[int, ActorSpan] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, span)

    def at(self, tok: Token) -> ActorSpan | None:
        return self.by_token.get(tok.i)

    def in_sentence(self, sent: Span) -> list[ActorSpan]:
        """Actor spans that begin inside the sentence ``sent``."""
        return [sp for sp in self.spans if sent.start <= sp.start < sent.end]

    def _joined_before(self, head: Token, span: ActorSpan) -> list[ActorSpan]:
        """ "Ruritanian President X *and* Freedonian President Y held talks", parsed with X as a
        modifier of Y: actors named before ``span`` in the head's phrase, joined by "and"."""
        doc = head.doc
        if span.start >= 2 and doc[span.start - 1].lower_ == "and":
            before = self.at(doc[span.start - 2])  # "X *and* Y met",
            if (  # however the parser split the first name
                before is not None
                and before is not span
                and before.end == span.start - 1
                and before.kind in ("person", "role", "country", "body")
            ):
                return [before]
        sub = [t for t in head.subtree if t.i < span.start]
        cut = next((t.i for t in reversed(sub) if t.dep_ == "cc" and t.lower_ == "and"), None)
        if cut is None:
            return []
        found: list[ActorSpan] = []
        for t in sub:
            sp = self.at(t)
            if (
                sp is not None
                and sp is not span
                and sp.end <= cut
                and sp not in found
                and sp.kind in ("person", "role", "country", "body")
            ):
                found.append(sp)
        return found

    def _shared_role(self, tok: Token, span: ActorSpan) -> list[ActorSpan]:
        """ "Cuban *and Russian* presidents": modifiers before ``tok`` that share its role."""
        out = []
        for c in tok.children:
            sp = self.at(c)
            if c.i < tok.i and sp is not None and sp is not span and sp.rule_id == SHARED_ROLE:
                out.append(sp)
        return out

    def in_phrase(self, head: Token) -> list[ActorSpan]:
        """Actor spans naming the phrase headed by ``head``: the one containing it, or those
        inside its noun phrase ("Senior Ruritanian and Freedonian officials")."""
        span = self.at(head)
        if span is not None:
            return [*self._shared_role(head, span), *self._joined_before(head, span), span]
        found: list[ActorSpan] = []
        stack = [(c, 1) for c in head.children]
        while stack:
            tok, depth = stack.pop(0)
            if depth > 3:
                continue
            if tok.dep_ == "prep" and tok.lower_ in NP_PREPS:
                stack += [(c, depth + 1) for c in tok.children if c.dep_ == "pobj"]
                continue
            if tok.dep_ not in _NP_DEPS and tok.dep_ != "pobj":
                continue
            if gapped_name(tok):
                continue  # "pledged 300 million euros and *Y* 120 million": Y pledged
            if tok.dep_ == "amod" and tok.lower_ in _SPONSORS and tok.tag_ == "VBN":
                continue  # "the Iran-backed group": its backer, not the group
            span = self.at(tok)
            if span is not None:
                # "dozens of Afghan *and Syrian* migrants": the shared-role conjuncts too
                found += [sp for sp in self._shared_role(tok, span) if sp not in found]
                if span not in found:
                    found.append(span)
                # "the Ruritanian *and Freedonian* delegations": joined modifiers name parties too;
                # a noun joined to it (parsed as conjuncts) is searched for its own modifiers
                stack += [
                    (c, depth)
                    for c in tok.children
                    if c.dep_ == "conj" and c.pos_ in ("ADJ", "PROPN", "NOUN")
                ]
                continue
            stack += [(c, depth + 1) for c in tok.children]
        return found
