"""Appeals for de-escalation made to no one named (rule recipient.deescalation_sides).

"Egypt *appealed for calm*", "the envoy *urged restraint*", "Qatar *called for dialogue*": an
appeal whose content is calm, restraint, a truce or talks asks the sides of a conflict to yield
or to talk (CAMEO 0256 'appeal for de-escalation of military engagement', 025x 'appeal to yield',
0243 'appeal for ... negotiations'; PLOVER REQUEST: the recipient is the one asked). With no one
named it is made to, the sides are those of the quarrel the story tells of (branch threat38).
The words are data (vocabulary deescalation_nouns).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from communique.vocabulary import words

DEESCALATION_NOUNS = words("deescalation_nouns")
_CONTENT_PREPS = frozenset({"for"})


def _content_words(tok: Token) -> Iterable[Token]:
    """The object of the appeal verb and the objects of its 'for' ("appealed *for calm*",
    "urged *restraint*"), with the words joined to them by 'and'."""
    for c in tok.children:
        if c.dep_ == "dobj":
            yield c
            yield from c.conjuncts
        elif c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS:
            for o in c.children:
                if o.dep_ == "pobj":
                    yield o
                    yield from o.conjuncts


def deescalation_word(tok: Token, tokens: Iterable[Token] = ()) -> Token | None:
    """The word that makes an appeal one for de-escalation: one of the trigger's own words
    ("urged *restraint*") or the object of the appeal verb or of its 'for' ("called *for
    calm*"), a word of vocabulary deescalation_nouns; or None. Not when the appeal is said to
    someone ("urged Y to ..." has its own target) or its object names the parties itself."""
    for w in (*tokens, *_content_words(tok)):
        if w.lemma_.lower() in DEESCALATION_NOUNS or w.lower_ in DEESCALATION_NOUNS:
            if any(c.dep_ == "prep" and c.lower_ == "with" for c in w.children):
                return None  # "called for talks *with Y*": the appealer is a side itself
            return w
    return None


def between_words(word: Token) -> list[Token]:
    """The parties of "talks *between A and B*" after an appeal's content word: the object of
    its 'between' and the words joined to it (the parties that are to talk)."""
    out: list[Token] = []
    for c in word.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            for o in c.children:
                if o.dep_ == "pobj":
                    out += [o, *o.conjuncts]
    return out
