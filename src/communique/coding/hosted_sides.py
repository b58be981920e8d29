"""The host is no side of a counted pair (rule resolve.counted_without_host).

"Kenya hosted Sudanese and South Sudanese delegations in Nairobi, and *the two sides* then
agreed ...": a counted plural anaphor ("the two factions", "both sides") read as the last event's
participants, when
those are three and one of them is the doer of a verb of hosting or mediating (vocabulary
mediating_verbs: host, mediate, broker, facilitate) in the anaphor's sentence or the one before,
is the other two: the host of others' meeting is not one of "the two" who met.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from communique.model import Actor
from communique.vocabulary import words

if TYPE_CHECKING:
    from communique.coding.resolver import ArgumentResolver

MEDIATING_VERBS = words("mediating_verbs")


def counted_two(head: Token) -> bool:
    """ "*the two* factions", "*both* sides": a plural anaphor counted as two."""
    return any(
        (c.lower_ == "two" and c.dep_ == "nummod")
        or (c.lower_ == "both" and c.dep_ in ("det", "predet", "nummod"))
        for c in head.children
    )


def _hosts(resolver: ArgumentResolver, head: Token) -> set[str]:
    """The states that host or mediate in ``head``'s sentence before it or the sentence
    before: the subject of an active verb of hosting, the agent of a passive one."""
    doc = head.doc
    start = head.sent.start
    prev = doc[start - 1].sent.start if start > 0 else start
    found: set[str] = set()
    for tok in doc[prev : head.i]:
        if tok.lemma_.lower() not in MEDIATING_VERBS or tok.pos_ != "VERB":
            continue
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children]
        for d in doers:
            sp = resolver.index.at(d)
            if sp is not None and sp.actor.country:
                found.add(sp.actor.country)
    return found


def without_counted_host(
    resolver: ArgumentResolver, head: Token, ref: list[Actor]
) -> list[Actor] | None:
    """``ref`` less its host, when ``head`` is counted as two and ``ref`` holds three parties
    one of which hosted or mediated the others' meeting (see the module); else None."""
    if not counted_two(head):
        return None
    parties = list(dict.fromkeys((a.text, a.country) for a in ref))
    if len(parties) != 3:
        return None
    hosts = _hosts(resolver, head)
    kept = [a for a in ref if a.country not in hosts]
    if not hosts or len(dict.fromkeys((a.text, a.country) for a in kept)) != 2:
        return None
    return kept
