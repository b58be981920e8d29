"""The doer a relative clause names for a noun event: "the raid *that Mexican police carried
out*", "the strikes *which Afghan forces launched*" (rule actor.relative_doer)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.noun_arguments import gapped_clause
from communique.coding.resolver import ArgumentResolver
from communique.coding.rules import Because
from communique.coding.syntax import RELATIVE_TAGS
from communique.model import Actor
from communique.vocabulary import words

DOING_VERBS = words("doing_verbs")
RELATIVE_WORDS = frozenset({"that", "which", "whom"})


def relative_doer(resolver: ArgumentResolver, cand: Candidate) -> tuple[Actor, Because] | None:
    """A noun event that names no doer of its own but carries a past relative clause of doing
    whose subject is a party and whose object is the noun itself ("the raid that police carried
    out", "the blockade which X imposed"): the clause's subject did it, told as done. Not with a
    modal ("the raid that police might carry out") nor in the present or future ("the shelling
    its troops carry out every night", "strikes they were planning": no verb of doing)."""
    noun = cand.trigger.token
    if noun.pos_ != "NOUN":
        return None
    for clause in noun.children:
        if not gapped_clause(clause) or clause.lemma_.lower() not in DOING_VERBS:
            continue
        if not _past(clause):
            continue
        if any(c.dep_ == "dobj" and not _relative(c) for c in clause.children):
            continue  # the clause has an object of its own: not the noun
        subject = next(
            (c for c in clause.children if c.dep_ == "nsubj" and not _relative(c)),
            None,
        )
        if subject is None:
            continue
        for t in subject.subtree:
            span = resolver.index.at(t)
            if span is None or span.is_location:
                continue
            if not span.actor.country:
                return None
            why = Because.of("actor.relative_doer", verb=clause.text, who=span.actor.text or "")
            return span.actor, why
    return None


def _relative(tok: Token) -> bool:  # "that" may be tagged as a preposition
    return tok.tag_ in RELATIVE_TAGS or tok.lower_ in RELATIVE_WORDS


def _past(verb: Token) -> bool:
    """A past verb of its own ("carried out", "had launched", a bare "launched" tagged as a
    participle), no modal, no present or future auxiliary."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in aux):
        return False
    if verb.tag_ == "VBD":
        return not aux
    return verb.tag_ == "VBN" and all(c.lower_ in ("had", "has", "have") for c in aux)
