"""The owner a relative "whose" names (rule mention.whose_owner).

"The leaders of Chile and Peru, *whose governments* have quarrelled for months, met ...":
"whose" is the possessive relative pronoun; it stands for the noun phrase the relative clause
describes (its antecedent), so a body, office or group it owns belongs to the states that
phrase names, not to the story's most frequent state. Source: English grammar (the relative
determiner "whose" refers to the antecedent of its clause: Quirk et al., A Comprehensive
Grammar of the English Language, 6.35 and 17.11).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.actors.spans import ActorSpan, is_state

WHOSE_OWNER_RULE = "mention.whose_owner"
NOMINALS = frozenset({"NOUN", "PROPN"})
MAX_OWNERS = 4  # "the envoys of A, B, C and D, whose governments ...": a list, not a region


def _antecedent(head: Token) -> tuple[Token, Token] | None:
    """(antecedent noun, relative clause verb) of the clause whose ``head`` has "whose"."""
    tok = head
    for _ in range(4):  # the owned noun, up through a preposition or two, to the clause's verb
        if tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
            return tok.head, tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def whose_owners(doc: Doc, sp: ActorSpan, spans: list[ActorSpan]) -> list[str]:
    """The states or bodies (codes, in text order) that own the body, office or group ``sp``
    through a "whose": those named by the spans of the relative clause's antecedent phrase,
    outside the clause itself ("the US and the EU, whose observers": USA, EUR). A singular owned
    noun takes one owner only ("whose army" after two states is left alone); none when the
    antecedent names no state or body, or when no state is among them."""
    head = doc[sp.head]
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in head.children):
        return []
    found = _antecedent(head)
    if found is None:
        return []
    noun, clause = found
    for _ in range(6):  # "the envoys of A, B and *C*, whose ...": the whole noun phrase
        if noun.dep_ in ("conj", "appos") or (
            noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in NOMINALS
        ):
            noun = noun.head if noun.dep_ != "pobj" else noun.head.head
        else:
            break
    inside = {t.i for t in clause.subtree}
    phrase = {t.i for t in noun.subtree} - inside
    owners: list[str] = []
    for other in spans:
        if other is sp or other.is_location or other.head not in phrase:
            continue
        for actor in other.actors:
            if actor.country and actor.country not in owners:
                owners.append(actor.country)  # type: ignore[arg-type]
    if not any(is_state(o) for o in owners) or len(owners) > MAX_OWNERS:
        return []
    if len(owners) > 1 and head.tag_ not in ("NNS", "NNPS"):
        return []
    return owners
