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

A decision with no owner in its own phrase is owned by whoever the sentence says took it, when
it says so as done (rule actor.decision_taker): the subject of a past verb of taking it ("X *took*
the decision to suspend Y", "X *has made* the decision to ...") or the "by" agent of a past
passive ("the decision to suspend Y *was taken by* X"; vocabulary decision_taking_verbs: take,
make, reach, adopt, announce). A modal, a negation or a present tense on that verb ("X *will
take* a decision to ...", "a decision to ... *is expected*") leaves the decision an aim: a plan,
not an act done. Source: general English usage (Merriam-Webster "take a decision", "make a
decision": to decide).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.syntax import to_infinitive
from communique.vocabulary import words

DECISION_NOUNS = words("decision_nouns")
TAKING_VERBS = words("decision_taking_verbs")  # rule actor.decision_taker
_OWNER_PREPS = ("of", "by")
_PAST_AUX = frozenset({"was", "were", "has", "have", "had"})


def decision_owner(verb: Token) -> Token | None:
    """The owner of the decision whose decided act ``verb`` is ("*X's* decision to expel", "the
    decision *of X* to lift", "the decision *by X* to close", "*X* took the decision to
    suspend", "the decision to suspend was taken *by X*"), or None."""
    found = decision_owner_rule(verb)
    return found[0] if found is not None else None


def decision_owner_rule(verb: Token) -> tuple[Token, str] | None:
    """The owner of the decision ``verb`` is the decided act of, with the rule that found it:
    actor.decision_owner (named in the decision's own phrase) or actor.decision_taker (the
    doer of a past verb of taking the decision); None when no owner is named."""
    if verb.dep_ != "acl" or not to_infinitive(verb):
        return None
    noun = verb.head
    if noun.i > verb.i or noun.lemma_.lower() not in DECISION_NOUNS:
        return None
    for c in noun.children:
        if c.dep_ == "poss":
            return c, "actor.decision_owner"
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS and prep.i < verb.i:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj, "actor.decision_owner"
    taker = _decision_taker(noun)
    return (taker, "actor.decision_taker") if taker is not None else None


def _told_as_done(verb: Token) -> bool:
    """A verb told as done: a simple past ("took"), or a participle with a past or perfect
    auxiliary ("has made", "was taken"), with no modal and no negation."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children
    )


def _decision_taker(noun: Token) -> Token | None:
    """ "*X* took the decision to ...", "the decision to ... was taken *by X*": the doer of a
    past verb of taking a decision (vocabulary decision_taking_verbs), or None."""
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in TAKING_VERBS:
        return None
    if not _told_as_done(verb):
        return None
    if noun.dep_ == "dobj":  # not a relative pronoun ("the bloc, which took the decision")
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.tag_ not in ("WDT", "WP") else None
    if noun.dep_ == "nsubjpass":
        return next(
            (o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"),
            None,
        )
    return None
