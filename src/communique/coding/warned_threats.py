"""Warnings of another party's act (rule filter.warned_other_act, branch threat35).

A verb of warning whose lexicon row reads a threat from a reported act ("warned that it *would
attack*", triggers.tsv 'warn would/will+attack ...') makes a threat only when the act is the
warner's own side's to do. When the reported clause names another party as its doer ("Kyiv
warned that *Russian forces would attack* again", "warned that *the rebels would* strike the
capital"), the warning tells what that party is expected to do: a claim or a forecast about it,
no threat by the warner (PLOVER: a threat is the actor's statement that it will act against the
target). An idiom of harm the other party would suffer ("X would pay dearly", "would face
consequences") is the warner's threat and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.senses import own_doer
from communique.coding.syntax import GROUP_PARTY_ENTS
from communique.coding.triggers import Trigger
from communique.vocabulary import words

WARNING_VERBS = words("warning_verbs")
NOT_ACTS = words("not_act_verbs")
ARMED_GROUP_WORDS = words("armed_group_words")
SUFFERED = ("pay", "regret", "rue")  # "X would pay dearly": harm the warner promises X


def _names_other(subj: Token) -> bool:
    """A doer named as a party: a state, nationality or organisation ("Russia", "the
    Russian army"), or an armed group (vocabulary armed_group_words: "the rebels")."""
    if subj.ent_type_ in GROUP_PARTY_ENTS or subj.pos_ == "PROPN":
        return True
    if subj.lemma_.lower() in ARMED_GROUP_WORDS:
        return True
    return any(
        c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in GROUP_PARTY_ENTS
        for c in subj.children
    )


def warned_other_act(trig: Trigger) -> Token | None:
    """The other party that does the act a warning's threat row read ("warned that *Russian
    forces* would attack"), or None when the act is the warner's own or not a deed."""
    tok = trig.token
    if tok.lemma_.lower() not in WARNING_VERBS or trig.cameo.plover != "THREATEN":
        return None
    warner = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if warner is None:
        return None
    for part in trig.parts:
        verb = part if part.pos_ == "VERB" else part.head
        if verb.dep_ != "ccomp" or verb.head.i != tok.i:
            continue
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
            continue
        lemma = verb.lemma_.lower()
        if lemma in NOT_ACTS or lemma in SUFFERED:
            return None
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or own_doer(tok, warner, subj):
            return None
        return subj if _names_other(subj) else None
    return None
