"""People a coercive act refers back to (rule recipient.told_people).

"Georgian police detained three Russian activists at the border on Monday. ... A court
*sentenced the three* to ten days in custody": the object of an arrest, sentence, detention or
expulsion that names no country of its own but refers back, with "the" or a possessive
pronoun, to people the story named just before ("*the three*", "*the crew*", "*its crew*",
"*the fishermen*") is those people: the act is aimed at their state, not at the doer's own
people (rule recipient.domestic_target's default). The antecedent is the last mention, in the
act's sentence before it or in the sentences just before, of a party of another state named by
its nationality whose head word is the object's ("crew", "fishermen") or whose number is the
object's ("the three" after "three Russian activists").

Source: general English usage (a definite noun phrase or a possessive refers back to something
the text introduced); the PLOVER manual (coercion of a state's nationals is aimed at that
state).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.actors.spans import is_state
from communique.coding.resolver import ArgumentResolver
from communique.coding.syntax import is_passive
from communique.model import Actor

REFERRING_WORDS = frozenset({"the", "these", "those", "its", "their"})
REACH = 3  # sentences back
NUMBER_ENDS = frozenset({"to", "for", "in", "on", "at", "after", "and", ","})
OBJECT_DEPS = ("dobj", "nsubjpass")


def _referring_object(tok: Token) -> Token | None:
    """The act's object when it refers back ("the three", "its crew", "the fishermen"): the
    words right after the verb ("the", "its" ... then a number or a noun; the small model parses
    "sentenced *the three* to ten days" as one noun phrase), else the verb's object with a
    referring determiner or possessive."""
    doc = tok.doc
    at = tok.i + 1
    if at < len(doc) and doc[at].lower_ in REFERRING_WORDS and not is_passive(tok):
        words = doc[at + 1 : min(at + 4, tok.sent.end)]
        noun = next((w for w in words if w.pos_ == "NOUN"), None)
        if noun is not None and all(w.pos_ in ("NUM", "ADJ") for w in words if w.i < noun.i):
            return noun  # "its 20 crew", "the crew"
        number = words[0] if len(words) > 1 and words[0].pos_ == "NUM" else None
        if number is not None and doc[number.i + 1].lower_ in NUMBER_ENDS:
            return number  # "the three to ten days"
    for obj in tok.children:
        if obj.dep_ not in OBJECT_DEPS or obj.pos_ not in ("NOUN", "NUM"):
            continue
        if any(c.lower_ in REFERRING_WORDS and c.dep_ in ("det", "poss") for c in obj.children):
            return obj
    return None


def _same_word(obj: Token, earlier: Token) -> bool:
    """Whether ``earlier`` is the word ``obj`` repeats: the same number, or the same noun."""
    if obj.pos_ == "NUM":
        return earlier.lower_ == obj.lower_
    return earlier.pos_ == "NOUN" and earlier.lemma_.lower() == obj.lemma_.lower()


def _phrase_party(resolver: ArgumentResolver, word: Token, own: str) -> Actor | None:
    """The party of another state than ``own`` named by nationality in the noun phrase of
    ``word`` or in the phrases it hangs on ("three *Russian* activists", "a *Peruvian* boat
    with a crew of 12"), up to the clause's verb."""
    head = word
    for _ in range(3):
        lo, hi = head.left_edge.i, head.right_edge.i
        for span in resolver.index.spans:
            if not lo <= span.start <= hi or span.is_location:
                continue
            party = span.actor
            if (
                party.country
                and party.country != own
                and is_state(party.country)
                and not span.country_guessed
                and not span.country_inferred
            ):
                return party
        if head.head == head:
            return None
        if head.head.pos_ in ("VERB", "AUX"):
            # "seized a Xian boat *with a crew* of 12": the crew of the verb's object
            objs = [c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i]
            if head.lower_ != "with" or not objs:
                return None
            head = objs[0]
            continue
        head = head.head
    return None


def told_people(resolver: ArgumentResolver, tok: Token, own: str) -> tuple[Actor, Token] | None:
    """The party of another state than ``own`` that the object of the act ``tok`` refers back
    to, with that object; else None (rule recipient.told_people)."""
    obj = _referring_object(tok)
    if obj is None:
        return None
    doc = tok.doc
    starts = [s.start for s in doc.sents if s.start <= tok.sent.start]
    earliest = starts[-(REACH + 1)] if len(starts) > REACH else 0
    for i in range(obj.i - 1, earliest - 1, -1):
        if _same_word(obj, doc[i]) and doc[i].i != obj.i:
            party = _phrase_party(resolver, doc[i], own)
            if party is not None:
                return party, obj
            return None  # the nearest telling decides
    return None
