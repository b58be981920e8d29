"""Type precedence between a protest and the repression of its protesters in one sentence.

"Tear gas was fired at students *marching* to the palace", "police detained activists *who had
blocked* the road": the protest is told in a clause that describes the people the violence or
coercion was done to. It is the circumstance; the repression is the sentence's news, so the
protest's confidence is set just below the act's and the act becomes the sentence's main event
(rule mention.circumstance_protest). Both stay coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.rules import explain
from communique.model import Mention

REPRESSION = ("ASSAULT", "COERCE")
DESCRIBING = ("acl", "relcl")
REACH = 4  # steps from the described people up to the repressing verb


def _clause_head(tok: Token) -> Token:
    """The verb an act's trigger belongs to: a noun trigger's governing verb ("tear *gas* was
    fired": fired), else the trigger."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return tok.head
    return tok


def _described(tok: Token) -> Token | None:
    """The noun a protest's clause describes ("students *marching*", "activists *who had
    blocked*"), or the clause itself where the parser makes it a preposition's object with its
    own subject; None for any other clause."""
    cur = tok
    for _ in range(3):
        if cur.dep_ in DESCRIBING and cur.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return cur.head
        if cur.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in cur.children):
            return cur  # "fired at [*students* marching]": the parser's clause with its subject
        if cur.dep_ not in ("xcomp", "conj", "aux"):
            return None
        cur = cur.head
    return None


def _under(noun: Token, verb: Token) -> bool:
    cur = noun
    for _ in range(REACH):
        if cur.i == cur.head.i:
            return False
        cur = cur.head
        if cur.i == verb.i:
            return True
    return False


def circumstance_protests(kept: list[Candidate], mentions: list[Mention]) -> None:
    """Lower, in place, the confidence of a protest told as what the victims of a repressing
    act in the same sentence were doing (rule mention.circumstance_protest)."""
    acts = [
        (c, m)
        for c, m in zip(kept, mentions, strict=True)
        if m.event_type in REPRESSION and m.modality == "asserted"
    ]
    if not acts:
        return
    for c, m in zip(kept, mentions, strict=True):
        if m.event_type != "PROTEST":
            continue
        people = _described(c.trigger.token)
        if people is None:
            continue
        for ac, am in acts:
            verb = _clause_head(ac.trigger.token)
            if _under(people, verb) and am.confidence <= m.confidence:
                m.confidence = round(max(0.05, am.confidence - 0.01), 3)
                m.explanation += "; " + explain(
                    "mention.circumstance_protest", word=c.trigger.token.text, act=verb.text
                )
                break
