"""Conditions of warned acts (rules recode.conditional_threat, recipient.condition_over_venue).

"Freedonia warned that it would *ask* the council to send monitors *if* Ruritania went on": an
act of any kind that a verb of warning reports with a condition set on it is the price the
warner names, a threat (PLOVER THREATEN: a conditional promise of a coercive act; CAMEO 13x).
The small model often hangs the condition on the infinitive complement of the warned act
('if' under 'send', not under 'ask'); in a warning the condition is the price of the whole act,
so it is looked for there too (branch threat38).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.modality import condition_mark
from communique.vocabulary import words

WARNING_VERBS = words("warning_verbs")


def in_warning(tok: Token) -> bool:
    """Whether the clause of ``tok`` is what a verb of warning reports ("warned that it would
    *ask* the court to step in if ..."): an act of any kind set on a condition in a warning is
    its price, a threat (PLOVER THREATEN; rule recode.conditional_threat)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj") or verb.head == verb:
            return False
        verb = verb.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in WARNING_VERBS:
            return True
    return False


def complement_condition(tok: Token) -> tuple[str, Token] | None:
    """The condition ("if" or "unless", and its clause) the parser hung on the infinitive
    complement of a warned act ("warned that it would *ask* the council to withdraw the troops
    *if* X went on": 'if' under 'withdraw'), or None. Only in a warning: "asked the council to
    send monitors if the talks failed" sets the condition on what is asked for."""
    if tok.pos_ != "VERB" or not in_warning(tok):
        return None
    for comp in (c for c in tok.children if c.dep_ == "xcomp"):
        for c in comp.children:
            if (mark := condition_mark(c)) in ("if", "unless"):
                return mark, c
    return None


def complement_of_condition(tok: Token) -> Token | None:
    """The complement verb under ``tok`` that carries a warned act's condition (see
    complement_condition), or None."""
    found = complement_condition(tok)
    return found[1].head if found is not None else None
