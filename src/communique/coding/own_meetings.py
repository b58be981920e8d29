"""A state body's own meeting: "the cabinet held an emergency meeting", "the president chaired a
meeting of the National Security Council". One state's council, cabinet, committee or
parliament sitting by itself is that state's own procedure, no consultation between two
parties (CAMEO 04 needs someone consulted); what the meeting decides is coded by its own words
(rule filter.own_body_meeting)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.candidate import Candidate
from communique.coding.syntax import child
from communique.vocabulary import words

NON_STATE = words("non_state_codes")  # UNO, EUR, IGO ...: bodies of many states
BODY_HEADS = words("own_meeting_bodies")  # council, cabinet, committee, parliament ...
MEETING_NOUNS = words("own_meeting_nouns")  # meeting, session, sitting
SHARED_BODY_WORDS = words("shared_body_words")  # joint, bilateral, border ...: of two states
MEETING_CODES = frozenset({"040", "046", "036"})
MEETING_VERBS = frozenset({"meet", "convene"})  # "the cabinet met", "the council convened"
# prepositions that name the other side of a meeting ("met *with* X", "talks *between* X and Y")
PARTNER_PREPS = frozenset({"with", "between", "among", "amongst"})


def own_body_meeting(cand: Candidate) -> str | None:
    """The body's head word when the meeting of ``cand`` is one state's body sitting by itself
    ("Ruritania's security council *held an emergency meeting*", "the prime minister *chaired a
    meeting of the cabinet*", "the cabinet *met* in an emergency session"): its doers are all
    of one state, none of them a body of many states; it names no recipient but its own state
    (a place there: "at State House"), no partner ("with", "between"), no body shared with
    another state ("the joint border committee"), and its words name a council, cabinet,
    committee or parliament (vocabulary own_meeting_bodies); else None."""
    trig = cand.trigger
    if trig.cameo.code not in MEETING_CODES or not cand.actors:
        return None
    countries = {a.country for a in cand.actors}
    if len(countries) != 1 or None in countries or countries & NON_STATE:
        return None
    if any(r.country not in countries for r in cand.recipients):
        return None  # a recipient of another state, or unplaced: someone met
    tok = trig.token
    if tok.pos_ == "VERB" and tok.lemma_.lower() in MEETING_VERBS:
        # "the cabinet *met* (in an emergency session)": met no one
        if _has_partner(tok) or any(c.dep_ == "dobj" for c in tok.children):
            return None
        subj = child(tok, "nsubj", "nsubjpass")
        if subj is None or subj.lemma_.lower() not in BODY_HEADS or _shared(subj):
            return None
        return subj.text
    noun = tok if tok.lemma_.lower() in MEETING_NOUNS else None
    if noun is None:
        noun = next((p for p in trig.parts if p.lemma_.lower() in MEETING_NOUNS), None)
    if noun is None:
        return None
    if _has_partner(tok) or (noun != tok and _has_partner(noun)):
        return None
    for word in (child(tok, "nsubj", "nsubjpass"), *_of_objects(noun), *_possessors(noun)):
        if word is not None and word.lemma_.lower() in BODY_HEADS and not _shared(word):
            return word.text
    return None


def _shared(body: Token) -> bool:
    """ "the Thailand-Cambodia border committee", "the joint commission": a body of two or more
    states (a word of vocabulary shared_body_words, or two places named in its words), or one
    told by a pronoun ("its Permanent Council"), which may stand for a body of many states."""
    words_ = list(body.subtree)
    if any(t.lower_ in SHARED_BODY_WORDS for t in words_):
        return True
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in body.children):
        return True  # "its council": the body "it" stands for may be one of many states
    return sum(t.ent_iob_ == "B" and t.ent_type_ in ("GPE", "NORP") for t in words_) > 1


def _has_partner(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in tok.children)


def _of_objects(noun: Token) -> list[Token]:
    """ "a meeting *of the cabinet*": the object of the noun's 'of'."""
    return [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _possessors(noun: Token) -> list[Token]:
    """ "the cabinet's meeting", "a council meeting": the noun's possessor or compound."""
    return [c for c in noun.children if c.dep_ in ("poss", "compound")]
