"""Attacks whose doer the next sentence names by its claim: "A bomb killed four soldiers at
a checkpoint. *The X Front claimed responsibility for the attack.*" The attack is told with no
doer; a claim of responsibility in the next sentence, by a named actor, for "the attack" (or
"it", or with no object) gives it that doer (rule ``actor.claimed_attack``, in the
explanation; the sentence coder asks ``claim_in`` before it drops or keeps a doerless attack).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from communique.actors.spans import ActorSpan
from communique.model import Actor
from communique.vocabulary import words

CLAIM_VERBS = words("claim_verbs")  # "claimed", "admitted" (responsibility)
CLAIMED_ACTS = words("claimed_act_nouns")  # "the attack", "the bombing", "it"
CLAIMED_TYPES = ("ASSAULT",)


def claim_in(sent: Span, spans: list[ActorSpan]) -> tuple[Token, list[Actor]] | None:
    """(the verb, who claimed) for "X claimed (responsibility for) the attack" in ``sent``."""
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in CLAIM_VERBS:
            continue
        if any(c.dep_ == "neg" for c in tok.children):
            continue  # "no group has claimed it"
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or not _claims_the_act(obj):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        who = [a for sp in spans if sp.start <= subj.i < sp.end for a in sp.actors]
        who = [a for a in who if a.country]
        if who:
            return tok, who
    return None


def _claims_the_act(obj: Token) -> bool:
    """ "responsibility (for the attack)", "the attack", "it"."""
    low = obj.lemma_.lower()
    if low == "responsibility":
        acts = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        return not acts or any(_definite_act(o) for o in acts)
    return _definite_act(obj)


def _definite_act(noun: Token) -> bool:
    """ "the attack", "this bombing", "it": the act told before, not another one."""
    if noun.lower_ in ("it", "them"):
        return True
    if noun.lemma_.lower() not in CLAIMED_ACTS:
        return False
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those",
                                                          "sunday's", "monday's") for c in noun.children)  # fmt: skip


def claimed_act(tok: Token) -> tuple[str, dict[str, str]] | None:
    """ "X claimed *the attack*", "claimed responsibility for *the bombing*": the attack named
    as what is claimed is the act told before, no new one (rule filter.claimed_act)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CLAIMED_ACTS:
        return None
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() == "responsibility":
        head = head.head.head
    elif tok.dep_ != "dobj":
        return None
    if head.pos_ != "VERB" or head.lemma_.lower() not in CLAIM_VERBS:
        return None
    return "filter.claimed_act", {"verb": head.text}
