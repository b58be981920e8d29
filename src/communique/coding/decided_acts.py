"""Acts told as what someone decided: "X's *decision to expel* Y", "the decision of X *to lift*
the ban", "the decision by X *to close* the border".

A to-infinitive hung on a decision noun that names whose decision it is (a possessor, or an
"of" or "by" phrase) is the act decided, taken by that owner: not the aim of the noun (rule
filter.aim does not apply), not the content of a frame that speaks of the decision ("condemned
X's decision to expel Y": the expulsion is told as done; rule filter.frame_content does not
apply), and its doer is the owner (rule actor.decision_owner). A decision named with no owner
("a decision to cut aid is expected") stays an aim. Source: general English usage; a decision
noun with its infinitive reports the decision taken (Merriam-Webster decision: "a
determination arrived at after consideration").
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.syntax import to_infinitive
from communique.vocabulary import words

DECISION_NOUNS = words("decision_nouns")
_OWNER_PREPS = ("of", "by")


def decision_owner(verb: Token) -> Token | None:
    """The owner of the decision whose decided act ``verb`` is ("*X's* decision to expel", "the
    decision *of X* to lift", "the decision *by X* to close"), or None."""
    if verb.dep_ != "acl" or not to_infinitive(verb):
        return None
    noun = verb.head
    if noun.i > verb.i or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS and prep.i < verb.i:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None
