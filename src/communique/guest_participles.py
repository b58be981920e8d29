"""Guest participles: "held talks with *visiting* President X", "met *visiting* Minister Y".

spaCy's small model reads such a 'visiting' as a verb of its own (a gerund after the
preposition, or a complement of 'met', 'received', 'hosted') with the guest as its object, so
the meeting loses its partner and the host is coded as the one who visits. When the participle
(vocabulary ``guest_participles``) comes right before a noun phrase that is not one bare name
(a place: "visiting Prague") and starts with no determiner (a gerund takes one: "after visiting *the* site"), and it
hangs on a meeting preposition (``guest_prepositions``) or follows a verb of meeting or hosting
(``guest_hosting_verbs``), this component re-hangs the parse as "the visiting minister" is
parsed: the noun phrase takes the participle's place, the participle modifies it (amod), and
the participle's other dependents ("in Beijing") go to the clause. It runs right after the
parser (before tags become parts of speech and entities are found: it reads tags and the tree
only), so every later step reads the repaired tree.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from communique.postags import NOUN_TAGS
from communique.vocabulary import words

GUEST_PARTICIPLES = words("guest_participles")
GUEST_PREPOSITIONS = words("guest_prepositions")
GUEST_HOSTING_VERBS = words("guest_hosting_verbs")
_NOUN_TAGS = NOUN_TAGS
_GERUND_STARTS = ("DT", "PRP$", "PDT", "WDT", "CD")
_OWN_DEPS = ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg")


def guest_object(tok: Token) -> Token | None:
    """The guest a misparsed guest participle ``tok`` took as its object, or None."""
    if tok.lower_ not in GUEST_PARTICIPLES or tok.tag_ != "VBG":
        return None
    head = tok.head
    if tok.dep_ == "pcomp":
        if head.lower_ not in GUEST_PREPOSITIONS or head.i != tok.i - 1:
            return None
    elif tok.dep_ in ("xcomp", "advcl", "ccomp", "dobj"):
        if head.lower_ not in GUEST_HOSTING_VERBS or head.i != tok.i - 1:
            return None
    else:
        return None
    if any(c.dep_ in _OWN_DEPS for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ not in _NOUN_TAGS or obj.left_edge.i != tok.i + 1:
        return None
    if obj.doc[tok.i + 1].tag_ in _GERUND_STARTS:
        return None
    if obj.tag_ == "NNP" and obj.left_edge.i == obj.i:  # "after visiting Prague": a place
        return None
    return obj


def rehang_guest(tok: Token, obj: Token) -> None:
    """Re-hang the parse of "visiting X" as "the visiting X" (see the module's note)."""
    head = tok.head
    clause = head.head if tok.dep_ == "pcomp" else head
    obj.head = head
    obj.dep_ = "pobj" if tok.dep_ == "pcomp" else "dobj"
    for c in [c for c in tok.children if c != obj]:
        c.head = clause
    tok.head = obj
    tok.dep_ = "amod"


@Language.component("communique_guest_participles")
def guest_participles(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    # only the words written as a guest participle (found in the array of lower-case forms,
    # not token by token): ``guest_object`` returns None for every other word
    strings = doc.vocab.strings
    wanted = numpy.array([strings[w] for w in GUEST_PARTICIPLES], dtype=numpy.uint64)
    at = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER).astype(numpy.uint64), wanted))
    for i in at.tolist():
        tok = doc[i]
        obj = guest_object(tok)
        if obj is not None:
            rehang_guest(tok, obj)
    return doc
