"""Threats told as what a side says it could do (rule recode.said_possible_act, branch threat36).

"Egypt said *it could cut* gas supplies to Israel", "Chile's minister said *Santiago might
recall* its envoy": a side that says it could or might take an unwelcome act against another
announces that act as possible, which is a threat (PLOVER THREATEN: a statement that the source
will or may take a coercive act; Merriam-Webster threaten 'to announce as intended or possible';
CAMEO 13x by what is threatened, intent.tsv). Only the doer's own saying counts: the clause's
subject is "it" or "we", or names the sayer's own state; an analyst's "Egypt might cut" is a
guess (rule filter.speculation), a negated modal ("could not") an inability.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.denials import state_of
from communique.coding.syntax import reporting_clause
from communique.vocabulary import words

SAY_VERBS = words("say_verbs")
SPECULATIVE_MODALS = words("speculative_modals")
COMMENTATOR_NOUNS = words("commentator_nouns")
OWN_PRONOUNS = frozenset({"it", "we"})


def commentator(sayer: Token) -> bool:
    """Whether ``sayer`` (the subject of a verb of saying) is a commentator (vocabulary
    commentator_nouns): named by that noun ("*analysts* said"), or a person's name that one
    qualifies, in apposition ("said Jane Roe, *a researcher* at ...") or as a title before
    it ("said political *analyst* Jane Roe"): what such people say someone could do is their
    guess, no threat or plan of anyone's (rules filter.speculation, recode.said_possible_act)."""
    if sayer.lemma_.lower() in COMMENTATOR_NOUNS:
        return True
    return any(
        c.dep_ in ("appos", "compound") and c.lemma_.lower() in COMMENTATOR_NOUNS
        for c in sayer.children
    )


def own_subject(subject: Token, sayer: Token) -> bool:
    """Whether ``subject`` of a reported clause is its sayer's own side: "it", "we", or a
    name of the sayer's own state ("Egypt's minister said *Cairo* ...")."""
    if subject.lower_ in OWN_PRONOUNS:
        return True
    if subject.pos_ != "PROPN":
        return False
    mine, theirs = state_of(sayer), state_of(subject)
    return bool(mine) and mine == theirs


def said_possible_act(tok: Token) -> str | None:
    """The verb of saying that reports ``tok``'s act as one its own doer could or might take
    ("said it *could* cut supplies"), or None."""
    verb = reporting_clause(tok, SAY_VERBS)
    if verb is None:
        return None
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids) or not any(
        c.dep_ == "aux" and c.lower_ in SPECULATIVE_MODALS for c in kids
    ):
        return None
    say = verb.head
    if any(c.dep_ == "neg" for c in say.children):
        return None
    sayer = next((c for c in say.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if sayer is None or subject is None or commentator(sayer):
        return None
    return say.text if own_subject(subject, sayer) else None
