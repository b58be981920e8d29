"""Acts named as a charge (rule filter.charged_act).

"Extradited to stand trial *over the murder of* a judge", "wanted *for the shooting of* a
policeman", "to face charges *in connection with* the bombing", "suspected *of* the killing":
a legal process names the act it is about, done before and told elsewhere as its own event if
at all. The act named after such a word (vocabulary charge_holders: trial, charge, suspicion,
wanted, suspected, indicted, extradition, answer for, face justice for ...) is the charge, no
event reported here; the hand-over, arrest or trial is (general legal usage: one is tried, wanted
or charged *for* or *over* an offence). Words of accusing ("accused X of") are left to the
accusation's own frame, and a conviction's act to actor.convicted_doer (a court's finding reports
the act).
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

HOLDERS = words("charge_holders")
PREPS = frozenset({"for", "over", "of", "with"})  # "with" only in "in connection *with*"
# "stand trial for", "face charges over": the preposition may hang on the verb of the phrase
PHRASE_VERBS = frozenset({"stand", "face", "bring", "answer", "seek", "want"})


def _charge_word(holder: Token) -> Token | None:
    if holder.lemma_.lower() in HOLDERS or holder.lower_ in HOLDERS:
        return holder
    if holder.lemma_.lower() in PHRASE_VERBS:
        for c in holder.children:
            if c.dep_ in ("dobj", "attr", "npadvmod") and c.lemma_.lower() in HOLDERS:
                return c
    return None


def charged_act(tok: Token) -> tuple[str, dict[str, str]] | None:
    """The charge word when ``tok`` (an event noun, or a gerund after the preposition) names
    the offence a legal process is about, else None."""
    cur = tok
    while cur.dep_ == "compound" and cur.head.i != cur.i:  # "the *bomb* attack"
        cur = cur.head
    if cur.dep_ not in ("pobj", "pcomp") or cur.head.lower_ not in PREPS:
        return None
    if tok.pos_ not in ("NOUN", "PROPN") and not (cur.dep_ == "pcomp" and tok.tag_ == "VBG"):
        return None
    prep = cur.head
    holder = prep.head
    if prep.lower_ == "with":  # "in connection with"; not "charged with monitoring" (a task)
        if holder.lower_ == "connection" and holder.head.lower_ == "in":
            return "filter.charged_act", {"cue": "in connection with"}
        return None
    found = _charge_word(holder)
    if found is None:
        return None
    return "filter.charged_act", {"cue": f"{found.text} {prep.text}"}
