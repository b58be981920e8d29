"""A noun act that is what a verb of seeking or winning is after, told as still to be won ("to
secure *the withdrawal* of the troops", "is seeking *the release* of the crew"): the act has not
happened, whatever the frame above it (rule modality.sought_result).

Verbs of seeking (vocabulary seeking_verbs: seek, pursue) never tell that their object was won;
verbs of winning (vocabulary winning_verbs: secure, obtain, achieve, ensure, win, bring about)
tell it only when they are themselves told as done ("secured the release" in the past), not as
an infinitive or after a modal ("to secure the release", "would ensure the withdrawal"), unless
a verb of success governs them ("managed to secure", "helped secure": vocabulary success_verbs).
Source: general English usage (Merriam-Webster: secure, 2b "to get secure usually lasting
possession or control of"; seek, 2 "to try to acquire or gain").
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

SEEKING_VERBS = words("seeking_verbs")
WINNING_VERBS = words("winning_verbs")
SUCCESS_VERBS = words("success_verbs")
RULE = "modality.sought_result"


def sought_result(tok: Token) -> Token | None:
    """The verb of seeking or winning whose object the noun act ``tok`` is, when that verb
    does not tell the act as won; else None."""
    if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
        return None
    verb = tok.head
    if verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma == "bring" and any(c.dep_ == "prt" and c.lower_ == "about" for c in verb.children):
        lemma = "bring about"
    if lemma in SEEKING_VERBS:
        return verb
    if lemma not in WINNING_VERBS or verb.tag_ != "VB":
        return None  # "secured the release": won
    if not any(c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD") for c in verb.children):
        return None  # "did secure", an imperative: no prospect
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in SUCCESS_VERBS:
        return None  # "managed to secure the release": won
    return verb
