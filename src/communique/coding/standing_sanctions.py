"""Sanctions told as a standing state: "Iran *has been under* US *sanctions* since 1979", "Cuba
has lived under an embargo for six decades", "North Korea *has faced* UN *sanctions for
years*". A sanction noun that is what a country is, lives or remains *under*, or what it has
faced *for* a span or *since* a date, tells a state that goes on, not sanctions imposed now
(rule filter.standing_sanctions); "was placed under sanctions", "faces new sanctions" are acts
or threats and stay (general English usage: Merriam-Webster 'under' 1b, subject to the
authority or control of)."""

from __future__ import annotations

from spacy.tokens import Token

from communique.coding.syntax import perfect
from communique.vocabulary import words

SANCTION_NOUNS = words("standing_sanction_nouns")
STATE_VERBS = words("standing_sanction_verbs")
SPAN_NOUNS = frozenset({"year", "years", "decade", "decades", "month", "months", "generation"})


def _span(verb: Token) -> str | None:
    """ "for years", "for more than six decades", "since 1979" on ``verb`` (or its object)."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "since":
            return prep.text
        if prep.lower_ == "for" and any(
            t.lower_ in SPAN_NOUNS for t in prep.subtree if t.i != prep.i
        ):
            return prep.text
    return None


def standing_sanctions(tok: Token) -> tuple[str, dict[str, str]] | None:
    """(rule id, slots) when the sanction noun ``tok`` is a state a country is under."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SANCTION_NOUNS:
        return None
    if tok.dep_ == "pobj" and tok.head.lower_ == "under":
        verb = tok.head.head
        if verb.lemma_.lower() in STATE_VERBS:
            return "filter.standing_sanctions", {"verb": verb.text, "cue": "under"}
        return None
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "face":
        verb = tok.head
        span = _span(verb) or _span(tok)
        if perfect(verb) and span:  # "has faced sanctions for years"
            return "filter.standing_sanctions", {"verb": verb.text, "cue": span}
    return None
