"""Fused verbs: "a settler *shot dead* a shepherd" read as a noun "settler shot", not a verb.

spaCy's small model reads a past-tense verb of killing that is also a noun ("shot": a shot
fired) after a noun as the head of a compound noun ("a settler shot", "a motorbike shot",
as in "a gun shot"), and the result adjective after it ("dead") as the root of the sentence,
with the victim as its object: the clause then has no verb, so no trigger and no doer. News
English writes "X shot dead Y" for "X shot Y dead" (Merriam-Webster "shoot", verb, 1b: to
strike with a missile from a gun, with "dead" its result; vocabulary ``fused_result_verbs``).

This component re-hangs such a parse as the model parses "Police shot dead two robbers": the
word (vocabulary ``fused_result_verbs``) is the past-tense verb (VBD) in the adjective's place
in the tree, the noun it was fused with takes the word's own place (the subject, or the object
of the subject's preposition: "gunmen on a *motorbike*") with its determiners and modifiers,
the adjective is the verb's complement (acomp) and the adjective's dependents (the subject, the
victim, the places) hang on the verb. It applies only where the word is a compound's head
right after its fused noun, the result adjective (``result_adjectives``) follows it and heads
the clause, and the adjective has a noun object of its own. It runs right after the parser,
before the attribute ruler and the lemmatizer, so the part of speech and lemma ("shoot") come
from the new tag; no character of the text changes. Rule mention.fused_verb.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from communique.postags import NOUN_TAGS
from communique.vocabulary import words

FUSED_VERBS = words("fused_result_verbs")
RESULT_ADJECTIVES = words("result_adjectives")
_NOUN_TAGS = NOUN_TAGS


def fused(tok: Token) -> tuple[Token, Token] | None:
    """(the fused noun, the result adjective) where ``tok`` is a verb of ``fused_result_verbs``
    read as the head of a compound noun before a result adjective that heads its clause, else
    None."""
    if tok.lower_ not in FUSED_VERBS or tok.tag_ not in ("NN", "NNS") or tok.i == 0:
        return None
    noun = tok.doc[tok.i - 1]
    if noun.dep_ != "compound" or noun.head.i != tok.i or noun.tag_ not in _NOUN_TAGS:
        return None
    if tok.i + 1 >= len(tok.doc):
        return None
    adj = tok.doc[tok.i + 1]
    if adj.lower_ not in RESULT_ADJECTIVES or adj.tag_ != "JJ":
        return None
    if tok.dep_ == "nsubj":
        if tok.head.i != adj.i:
            return None
    elif tok.dep_ == "pobj":  # "gunmen on a motorbike shot dead ...": the subject's phrase
        subj = next((a for a in tok.ancestors if a.dep_ == "nsubj"), None)
        if subj is None or subj.head.i != adj.i:
            return None
    else:
        return None
    if not any(c.dep_ == "dobj" and c.tag_ in _NOUN_TAGS for c in adj.children):
        return None  # the victim: "... shot dead *a shepherd*"
    return noun, adj


def rehang(tok: Token, noun: Token, adj: Token) -> None:
    """Re-hang the parse of "N shot dead X" as "N [subject] shot [verb] dead X" (see the
    module's note)."""
    root = adj.head.i == adj.i
    head, dep = (tok, "ROOT") if root else (adj.head, adj.dep_)
    own_head, own_dep = tok.head, tok.dep_
    for c in [c for c in tok.children if c.i < tok.i and c.i != noun.i]:
        c.head = noun  # "*a* settler": the fused noun's determiner and modifiers
    for c in [c for c in adj.children if c.i != tok.i]:
        c.head = tok  # the subject, the victim, the places, the final stop
    tok.head = head
    tok.dep_ = dep
    tok.tag_ = "VBD"
    adj.head = tok
    adj.dep_ = "acomp"
    if own_dep == "nsubj":
        noun.head = tok
        noun.dep_ = "nsubj"
    else:  # the object of the subject's preposition ("gunmen on a *motorbike*")
        noun.head = own_head
        noun.dep_ = own_dep


@Language.component("communique_fused_verbs")
def fused_verbs(doc: Doc) -> Doc:
    for tok in doc:
        if tok.lower_ in FUSED_VERBS and (found := fused(tok)) is not None:
            rehang(tok, *found)
    return doc
