"""Promises of harm (rule recode.hostile_promise).

A general promise or readiness ("vowed to", "pledged to", "promised to", "stood ready to", "is
prepared to") is coded by the act it promises (recode.promised_act); when that act is told with an
idiom or a verb the trigger lexicon does not know as an event, the promise stays a general intent
to cooperate (CAMEO 030, AGREE). Where the promised act is harm to someone ("to *crush* the
rebels", "to *make* X *pay* dearly", "to *teach* Y a *lesson*", "to turn the city into a *sea of
fire*"), the promise is a threat: CAMEO 13x ("Threaten": "declare an intention to take a negative
action against the target", ICEWS CAMEO codebook), PLOVER THREATEN. The words are data
(vocabulary hostile_promised_acts and hostile_promised_pairs); a condition clause on the promised
act ("if the drones return") is not read for them, so a harm named in the condition ("if its
sites were hit") does not make a promise a threat.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

ACTS = words("hostile_promised_acts")
# "pay:make/dearly": 'pay' with 'make' above it in the act or 'dearly' below it
PAIRS: dict[str, frozenset[str]] = {
    a: frozenset(b.split("/"))
    for a, _, b in (p.partition(":") for p in words("hostile_promised_pairs"))
}


def _act_words(act: Token) -> list[Token]:
    """The words of the promised act, without its condition or other adverbial clauses."""
    out, todo = [], [act]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ != "advcl")
    return out


def hostile_promise(tok: Token) -> str | None:
    """The word that makes the act promised by ``tok`` (its infinitive complement) harm done
    to someone, or None."""
    for act in (c for c in tok.children if c.dep_ == "xcomp"):
        if any(c.dep_ == "neg" for c in act.children):
            return None  # "vowed not to punish the protesters": restraint
        found = _act_words(act)
        for w in found:
            lemma = w.lemma_.lower()
            if lemma in ACTS:
                return w.text
            near = PAIRS.get(lemma)
            if near and (
                any(a.lemma_.lower() in near for a in w.ancestors if a in found)
                or any(t.lemma_.lower() in near for t in w.subtree if t != w)
            ):
                return w.text
    return None
