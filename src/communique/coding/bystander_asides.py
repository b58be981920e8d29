"""An act told in an aside on a bystander (rule filter.bystander_aside; branch forbid37).

"Freedonia, which has also expelled refugees, has said little about the dispute", "Ruritania,
which hosts many exiles, did not comment": a state (or any party) named in the story only to
say that it keeps out of it (the subject of a clause of vocabulary bystander_phrases: did not
comment, said little, is following the situation) is described by the non-restrictive
relative clause set off by commas after its name; what that clause says it does or has done is
background that characterises the bystander, not an act of the story. The clause's act is
dropped when the clause is in the present or present perfect with no date words of its own and
the act is told as done: a dated act ("who met X in January") or a plan ("which is due to
deploy observers") is an act of its own. A relative clause on a party that does act ("X, which has also expelled refugees,
summoned the envoy") and a restrictive one with no comma are left alone, and so is the rest of
the sentence.

Source: English grammar (a non-restrictive relative clause adds information about its
antecedent that is not part of the main assertion: Quirk et al., A Comprehensive Grammar of the
English Language, 17.3); news style (a bystander's background is told in such an aside). The
bystander clauses are those the actor finder already reads for the dateline's state
(mention.dateline_bystander).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from communique.actors.finder import bystander_clause
from communique.coding.calibration import trigger_root
from communique.model import DEED_TYPES, Mention
from communique.vocabulary import words


def _aside_of(tok: Token) -> Token | None:
    """The non-restrictive relative clause (its verb) that ``tok`` is in: a relcl whose first
    word follows a comma."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "relcl":
            first = min(t.i for t in cur.subtree)
            doc = cur.doc
            return cur if first > 0 and doc[first - 1].text == "," else None
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _standing(clause: Token) -> bool:
    """Whether a relative clause tells a standing state or the bystander's record, not one
    dated act: its verb in the present ("which *hosts* many exiles") or the present perfect
    ("which *has* also *deported* migrants"), with no date words ("in January", "in 2023") in
    it. A dated or past act ("who *met* X in January") and a plan ("which is due to deploy
    observers") are acts of their own, left to the other rules."""
    if any(t.ent_type_ == "DATE" for t in clause.subtree):
        return False
    if clause.tag_ in ("VBZ", "VBP"):
        return True
    return clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in clause.children
    )


def bystander_aside(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is told, asserted and undated, in a non-restrictive relative clause of
    the present or present perfect on a bystander's name."""
    if m.modality != "asserted":
        return False
    tok = trigger_root(doc, m)
    if tok is None:
        return False
    aside = _aside_of(tok)
    return aside is not None and _standing(aside) and bystander_clause(aside.head)


# time words a simple present of habit or standing role may carry ("every year", "each
# spring", "this year"): a span that holds the present, no one occasion
HABIT_TIME_WORDS = words("habit_time_words")


def _habit_time(clause: Token) -> bool:
    """Whether every date phrase in ``clause`` is a span of habit or of the present ("every
    year", "this year"), no occasion ("in January", "on Monday", "last week")."""
    for t in clause.subtree:
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B":
            ent = next((e for e in clause.doc.ents if e.start == t.i), None)
            if ent is None or ent[0].lower_ not in HABIT_TIME_WORDS:
                return False
    return True


def standing_aside(m: Mention, doc: Doc) -> bool:
    """Whether ``m`` is a deed told, asserted, in a non-restrictive relative clause in the
    simple present on any party ("The US, which *holds* exercises with both every year,
    said ..."): what the party habitually does or keeps doing, no act of the story (rule
    filter.standing_aside). The deed must be the clause's own verb or a noun it governs
    directly, with no auxiliary or modal, not a verb of saying; a past, perfect, dated or
    planned act is left alone."""
    if m.modality != "asserted" or m.event_type not in DEED_TYPES:
        return False
    tok = trigger_root(doc, m)
    if tok is None:
        return False
    aside = _aside_of(tok)
    if aside is None:
        return False
    # the clause's own verb: the aside's, or one joined to it ("where X was written *and which
    # chairs* the summit"); no other verb between it and the deed ("which *plans to send*")
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.i != aside.i:
        verb = verb.head
    cur = verb
    while cur.i != aside.i:
        if cur.dep_ != "conj":
            return False
        cur = cur.head
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() in words("reporting_verbs"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    return _habit_time(verb)
