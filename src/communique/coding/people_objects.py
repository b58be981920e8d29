"""Whether a noun names people: the "@people" key a pattern of the lexicon can ask for after a
preposition ("killing noun of:@people"), so that the noun of an act of violence takes any victim
the actor finder knows ("the killing of four *miners*", "the lynching of a suspected *thief*"),
not only the words a row lists (rule trigger.people_object)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.coding.rules import rule
from communique.coding.syntax import counted

PEOPLE_KEY = "@people"
ACTOR_SPANS = "communique_actors"
_CACHE = "communique_people_heads"
# a named place is an actor of the finder (a state, a city) but no victim of a killing
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})


def _people_heads(doc: Doc) -> frozenset[int]:
    cached = doc.user_data.get(_CACHE)
    if cached is not None and cached[0] == len(doc.spans.get(ACTOR_SPANS, ())):
        return cached[1]
    heads = set()
    for span in doc.spans.get(ACTOR_SPANS, ()):
        root = span.root
        if root.ent_type_ in _PLACE_ENTS or root.pos_ not in ("NOUN", "PROPN"):
            continue
        heads.add(root.i)
    found = frozenset(heads)
    doc.user_data[_CACHE] = (len(doc.spans.get(ACTOR_SPANS, ())), found)
    return found


RULE = rule("trigger.people_object")


def people_keys(tok: Token) -> tuple[str, ...]:
    """("@people",) where ``tok`` names people the actor finder knows ("four *miners*",
    "*dozens* of protesters", "a trade *unionist*"), else ()."""
    if ACTOR_SPANS not in tok.doc.spans:
        return ()
    heads = _people_heads(tok.doc)
    if tok.i in heads:
        return (PEOPLE_KEY,)
    named = counted(tok)
    if named is not None and named.i in heads:
        return (PEOPLE_KEY,)
    return ()
