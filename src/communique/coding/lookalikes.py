"""Look-alikes of unrest that are no event: a protest or an act of violence remembered by an
exhibition, an anniversary or a film ("an exhibition on the 1968 student protests", "veterans of
the 1989 marches"), an act named as the time an object was made in ("stamps printed during the
Italian occupation of Albania"), and roads closed or blocked for a race, a parade or a festival (traffic
management, not a restriction of movement)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

REMEMBRANCE_NOUNS = words("remembrance_nouns")
FESTIVE_EVENTS = words("festive_events")
MAKING_VERBS = words("making_verbs")
# prepositions that give the time or purpose of a making ("printed *during* the occupation")
PERIOD_PREPS = ("during", "under", "for", "in", "from", "throughout")
UNREST = frozenset({"PROTEST", "ASSAULT", "COERCE"})
# CAMEO codes of closing or blocking a way: obstruct passage (144), curfew (1723), blockade and
# restriction of movement (191)
CLOSURE_CODES = ("144", "1723", "191")
MEMORY_PREPS = ("of", "on", "about", "from")
PURPOSE_PREPS = ("for", "during", "ahead", "before")
PURPOSE_VERBS = ("allow", "let", "make", "clear")


def remembered(tok: Token, plover: str) -> str | None:
    """The noun of remembrance a protest or violence noun is told under ("an *exhibition* on the
    1968 protests", "*veterans* of the 1989 marches", "a *collection* of banners from the strike":
    up to three nested phrases), or None: the act is remembered, not reported."""
    if plover not in UNREST or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    node = tok
    for _ in range(3):
        if node.dep_ == "compound" and node.head.lemma_.lower() in REMEMBRANCE_NOUNS:
            return node.head.text  # "the uprising anniversary"
        if node.dep_ != "pobj" or node.head.lower_ not in MEMORY_PREPS:
            return None
        node = node.head.head
        # "survivors and *veterans* of the marches": the noun or one joined to it
        for noun in (node, *(c for c in node.children if c.dep_ == "conj")):
            if noun.lemma_.lower() in REMEMBRANCE_NOUNS:
                return noun.text
    return None


def period_of_making(tok: Token) -> str | None:
    """The verb of making an act noun is the time or purpose of ("stamps *printed* during the
    Italian occupation of Albania", "the sheet, *issued* under the occupation", "a poster
    *made* for the blockade"), or None: the act dates an object, it is not reported. The verb
    describes the thing made: a participle on a noun, or a passive."""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ not in PERIOD_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in MAKING_VERBS:
        return None
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or passive:
        return verb.text
    return None


def festive_closure(tok: Token, code: str) -> str | None:
    """The race, parade or festival a road is closed or blocked for ("closed the road *for the
    carnival parade*", "blocked the road *to allow the marathon runners* to pass"), or None."""
    if not code.startswith(CLOSURE_CODES):
        return None
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    for c in verb.children:
        purpose = (c.dep_ == "prep" and c.lower_ in PURPOSE_PREPS) or (
            c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PURPOSE_VERBS
        )
        if not purpose:
            continue
        for t in c.subtree:
            if t.lemma_.lower() in FESTIVE_EVENTS:
                return t.text
    return None
