"""Texts that act for their authors: "a report *by* X accused Y", "a resolution *adopted by* the
assembly condemns Y", "the statement *issued by* X and Z urged Y".

A text (vocabulary authored_text_nouns: a report, a statement, a resolution, a summary, a
ruling ...) that is the subject of a verb trigger says, asks or judges in its author's name;
the author it names in its own phrase is the doer (rule actor.text_author): the object of a
"by" phrase on the text, or the "by" agent of a participle that issued or adopted it. A
possessor or an "of"/"from" phrase ("X's letter accused Y", "the statement from X") already
lies inside the subject's own noun phrase, where the actor index finds it; this module reads
only what lies outside it. Not a "by" of manner or vote ("adopted *by consensus*", "by a vote
of 12 to 3": vocabulary vote_manner_nouns), nor a date or a gerund ("by Friday", "by sending
troops"). A participle of drafting or proposing (vocabulary text_drafting_verbs: "a resolution
*drafted by* France", "the motion *tabled by* X") names the text's sponsor, not its author: it
is passed over for an adopter joined to it ("drafted by France *and adopted by* the council"),
and alone it names no author (rule actor.text_author). Source: general English usage (Merriam-Webster report, resolution, communique: a
text issued by a body states its position); PLOVER and CAMEO code the issuing party as the
source of a statement. Branch nominal46.
"""

from __future__ import annotations

from spacy.tokens import Token

from communique.vocabulary import words

AUTHORED_TEXTS = words("authored_text_nouns")
VOTE_MANNER = words("vote_manner_nouns")
DRAFTING = words("text_drafting_verbs")
_DATE_ENTS = ("DATE", "TIME")


def _author_of(by: Token) -> Token | None:
    """The author a "by" preposition or agent names, or None."""
    for obj in by.children:
        if (
            obj.dep_ == "pobj"
            and obj.pos_ in ("NOUN", "PROPN")
            and obj.tag_ != "VBG"
            and obj.ent_type_ not in _DATE_ENTS
            and obj.lemma_.lower() not in VOTE_MANNER
        ):
            return obj
    return None


def text_author(subj: Token) -> Token | None:
    """The author of the text ``subj`` (a verb's subject) named by a "by" phrase on it or by
    the "by" agent of a participle on it ("a report *by X*", "a resolution adopted *by X*"),
    or None (no such text, a possessor of its own, or no author named)."""
    if subj.lemma_.lower() not in AUTHORED_TEXTS or subj.pos_ != "NOUN":
        return None
    if any(c.dep_ == "poss" for c in subj.children):
        return None  # "X's report accused Y": the subject's own phrase names X
    for c in subj.children:
        if c.dep_ == "prep" and c.lower_ == "by" and (who := _author_of(c)) is not None:
            return who
    for c in _participles(subj):
        if c.lemma_.lower() in DRAFTING:
            continue  # "a resolution *drafted by* France": its sponsor (actor.text_author)
        for a in c.children:
            if a.dep_ == "agent" and (who := _author_of(a)) is not None:
                return who
    return None


def _participles(subj: Token) -> list[Token]:
    """The past participles on the text ``subj``, with those joined to them by "and" ("a
    resolution drafted by X *and adopted* by the council")."""
    out: list[Token] = []
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            out.append(c)
            out.extend(d for d in c.conjuncts if d.tag_ == "VBN")
    return out
