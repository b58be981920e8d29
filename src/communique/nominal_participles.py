"""Nominal participles: "the *accused*" as a noun, not a past participle.

spaCy's small model tags "accused" in "the accused struck the guard" or "the court heard that
the accused poured acid" as a past participle (VBN) even when the parser hangs it as the
subject or object: a noun phrase. Its lemma is then the verb "accuse", so the trigger lexicon
reads an accusation and the actor finder, which reads nouns, finds no doer for the clause
("the accused *struck*"). Dictionaries list such words as nouns of their own (Merriam-Webster
"accused", noun: "the defendant in a criminal case"; "deceased", noun: "a dead person";
vocabulary.tsv nominal_participles).

This component re-tags such a word as a common noun (NN) when the parser made it the head of a
noun phrase: a determiner or possessive before it ("the accused", "his co-accused"), no object
or passive agent of its own, and a noun's place in the clause (subject, object, object of a
preposition, apposition or conjunct of one). It runs right after the parser, before the
attribute ruler and the lemmatizer, so the part of speech and lemma come from the new tag; no
character of the text changes. Rule mention.nominal_participle.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from communique.vocabulary import words

NOMINAL_PARTICIPLES = words("nominal_participles")
_NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "each", "both", "all"})
_VERB_ARGS = frozenset({"dobj", "agent", "xcomp", "ccomp", "dative"})
_VERB_PREPS = frozenset({"of", "by"})  # "accused *of* theft", "accused *by* the police"


def nominal(tok: Token) -> bool:
    """Whether ``tok`` is a participle of nominal_participles that heads a noun phrase."""
    if tok.tag_ not in ("VBN", "VBD", "JJ") or tok.lower_ not in NOMINAL_PARTICIPLES:
        return False
    if tok.dep_ not in _NOUN_PLACES:
        return False
    if tok.dep_ == "conj" and tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    before = [c for c in tok.children if c.i < tok.i]
    if not any(
        (c.dep_ == "det" and c.lower_ in _DETERMINERS) or c.dep_ == "poss" or c.tag_ == "PRP$"
        for c in before
    ):
        return False
    # "the *accused* men" is a modifier, "the man accused of theft" a participle clause
    return not any(
        c.i > tok.i and (c.dep_ in _VERB_ARGS or (c.dep_ == "prep" and c.lower_ in _VERB_PREPS))
        for c in tok.children
    )


@Language.component("communique_nominal_participles")
def nominal_participles(doc: Doc) -> Doc:
    for tok in doc:
        if nominal(tok):
            tok.tag_ = "NN"
            tok.pos_ = "NOUN"
    return doc
