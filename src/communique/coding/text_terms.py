"""The terms of an old written agreement, told in a clause on it (rule ``date.text_terms``).

News recalls what an old treaty or accord laid down in a relative clause hung on it: "urged X
to keep *a 1958 protocol under which* Y *promised* Z water", "cited *the treaty signed in
1991, in which* Y *recognised* the border", "*the accord of 1975, by which* Y *ceded* ...". The
act of that clause is a term of the text, agreed when the text was made: history of the text's
year, whatever day the sentence's own act has ("told Y *on Monday* to keep to a 1911 convention by
which ..."). Only a past-tense clause opened by a preposition with "which" (or "whereby") on
a noun of the vocabulary set named_texts whose own year is named before it, after "of" or in
a participle on it ("signed in 1991"); not a clause with date words of its own, a present
tense or a modal ("a 2015 deal under which Iran *must* ...": what the text still requires).
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from communique.coding.dates import ResolvedDate, is_history
from communique.coding.syntax import opened_by_prep_which
from communique.vocabulary import words

NAMED_TEXTS = words("named_texts")  # accord, agreement, protocol, treaty ...
_YEAR = re.compile(r"^(1[6-9]|20)\d\d$")
_PAST = ("VBD", "VBN")


def _relative_verb(tok: Token) -> Token | None:
    """The verb of the relative clause ``tok`` is told in: itself, or the first of the verbs
    joined by "and" ("under which X *ceded* A and *gave* B")."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.pos_ in ("VERB", "AUX"):
        cur = cur.head
    return cur if cur.dep_ == "relcl" else None


def _plain_past(tok: Token) -> bool:
    """A past tense with no modal, no present auxiliary ("has", "is") and no "will"."""
    if tok.tag_ not in _PAST:
        return False
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.tag_ in ("VBZ", "VBP")):
            return False
    return not (tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def _year_of(noun: Token) -> Token | None:
    """The year that names the text: before it ("the 1987 protocol", "a 1975 border accord"),
    after "of" ("the treaty of 1923") or in a participle on it ("signed in 1991")."""
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        if t.tag_ == "CD" and _YEAR.match(t.text):
            return t
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ == "of":
            year = next((p for p in c.children if p.dep_ == "pobj"), None)
            if year is not None and _YEAR.match(year.text):
                return year
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "signed in 1991", not a clause below it
            for t in c.subtree:
                if t.tag_ == "CD" and _YEAR.match(t.text) and not _below_clause(t, c):
                    return t
    return None


def _below_clause(t: Token, top: Token) -> bool:
    """``t`` lies in a clause of its own below ``top`` (a relative or adverbial clause)."""
    for anc in t.ancestors:
        if anc.i == top.i:
            return False
        if anc.dep_ in ("relcl", "advcl", "ccomp"):
            return True
    return False


def text_terms(tok: Token, published: date | None) -> tuple[ResolvedDate, Token] | None:
    """The year of the old written agreement whose terms the event word ``tok`` tells (and the
    clause's verb), when that year lies well before publication; None otherwise."""
    if published is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    verb = _relative_verb(tok)
    if verb is None or not _plain_past(tok) or not _plain_past(verb):
        return None
    noun = verb.head
    if noun.lemma_.lower() not in NAMED_TEXTS or not opened_by_prep_which(verb, whereby=True):
        return None
    year = _year_of(noun)
    if year is None:
        return None
    found = ResolvedDate(year.text, "year", year.text)
    return (found, verb) if is_history(found, published) else None


def own_date_words(verb: Token, sent_start_char: int, expr_start: int) -> bool:
    """Date words at ``expr_start`` (characters in the sentence) inside the clause of ``verb``."""
    words_at = sent_start_char + expr_start
    first = min(t.idx for t in verb.subtree)
    last = max(t.idx + len(t) for t in verb.subtree)
    return first <= words_at < last
