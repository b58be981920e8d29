"""Who sent aid that moves with no doer named: "A convoy of 40 trucks *crossed from X into Y*",
"aid trucks *from X* reached Y", "*an X* convoy arrived in Y": the goods are the subject, not a
party, so the verb has no doer; the state the aid comes from sent it (CAMEO 073 provide
humanitarian aid: the provider is the giving side; rule actor.aid_origin). Without a named
origin no sender is guessed (an unattributed delivery is no useful event)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.lexicon import country_name
from communique.coding.candidate import Candidate
from communique.coding.resolver import ArgumentResolver, is_state
from communique.coding.rules import Because
from communique.model import Actor

# the verbs of aid that moves by itself (triggers.tsv rows with the goods as subject)
MOVING_AID = frozenset({"cross", "arrive", "reach", "enter"})
ORIGIN_PREPS = frozenset({"from"})


def _origin_places(tok: Token) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of "from X" on the verb, its subject, or the subject's
    "of" phrase ("a convoy *of trucks from X*")."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    holders = [tok, *subjects]
    for s in subjects:
        holders += [g for p in s.children if p.dep_ == "prep" for g in p.children]
    return _prep_objects(holders, ORIGIN_PREPS)


def _prep_objects(holders: list[Token], preps: frozenset[str]) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of the phrases of ``preps`` hung on any of ``holders``."""
    return [
        (p, o)
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps
        for o in p.children
        if o.dep_ == "pobj"
    ]


def aid_origin(resolver: ArgumentResolver, cand: Candidate) -> tuple[Actor, Because] | None:
    """The state aid moving with no doer came from: "from X" on the verb or on its subject,
    else a nationality or state on the subject ("an Egyptian convoy"); not a state the aid
    goes to. None when the words name no such state."""
    tok = cand.trigger.token
    if cand.actors or cand.plover != "AID" or tok.pos_ != "VERB":
        return None
    if tok.lemma_.lower() not in MOVING_AID:
        return None
    goes_to = {a.country for a in cand.recipients if a.country}
    for prep, obj in _origin_places(tok):
        if (found := resolver.first_state(obj.subtree, goes_to)) is not None:
            t, iso = found
            why = Because.of(
                "actor.aid_origin", verb=tok.text, where=f"{prep.text} {t.text}", iso=iso
            )
            return Actor(text=t.text, name=country_name(iso), country=iso), why
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        for t in subj.subtree:
            span = resolver.index.at(t)
            actor = span.actor if span is not None else None
            if (
                actor is None
                or not is_state(actor.country)
                or actor.sector
                or actor.country in goes_to
                or t.dep_ not in ("amod", "compound", "poss")
            ):
                continue
            why = Because.of("actor.aid_origin", verb=tok.text, where=t.text, iso=actor.country)
            return Actor(text=t.text, name=country_name(actor.country), country=actor.country), why
    return None


def handover_origin(resolver: ArgumentResolver, cand: Candidate) -> tuple[Actor, Because] | None:
    """The state a person was extradited or handed over *from*, when no doer is named: "the
    suspect was extradited *from Peru* to Chile", "the extradition of the banker *from Spain*":
    the state that gives a person up to another state's justice is the one that cooperates
    (CAMEO 063, whose note codes the state the person goes to as the target; rule
    actor.handover_origin). Only a state other than the one the person goes to."""
    tok = cand.trigger.token
    if cand.actors or cand.cameo_code != "063":
        return None
    holders = [tok]
    if tok.pos_ in ("NOUN", "PROPN"):  # "the extradition *of the banker from Spain*"
        holders += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]  # fmt: skip
    else:
        holders += [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]

    # where the person goes: the "to" phrase's state, else the recipients found
    dest = [
        resolver.first_state(o.subtree, set())
        for _p, o in _prep_objects(holders, frozenset({"to"}))
    ]
    goes_to = {d[1] for d in dest if d is not None} or {
        a.country for a in cand.recipients if a.country
    }
    for prep, obj in _prep_objects(holders, ORIGIN_PREPS):
        if (found := resolver.first_state(obj.subtree, goes_to)) is not None:
            t, iso = found
            why = Because.of(
                "actor.handover_origin", verb=tok.text, where=f"{prep.text} {t.text}", iso=iso
            )
            return Actor(text=t.text, name=country_name(iso), country=iso), why
    return None
