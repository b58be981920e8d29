"""Sense checks for the false friends of the trigger lexicon ("beat" a side in a final, a
"heart attack", "fired" the coach, "shot" a film, "launched" a phone), from
``data/coding/senses.tsv``: a trigger matched by a bare row is looked at with the words next to
it in the parse (its dependents, theirs, and its head); a row whose context word is there drops
the trigger (``filter.sense``) or recodes it (``recode.sense``)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from communique.coding.lexicon import DATA_DIR, read_tsv
from communique.coding.triggers import Trigger

POS = {"verb": ("VERB",), "noun": ("NOUN", "PROPN"), "any": ("VERB", "NOUN", "PROPN", "ADJ")}


@dataclass(frozen=True)
class Sense:
    lemma: str
    pos: str
    sense: str
    context: frozenset[str]
    cameo: str | None  # None: no event
    note: str


@lru_cache(maxsize=1)
def senses() -> dict[str, list[Sense]]:
    out: dict[str, list[Sense]] = {}
    for row in read_tsv(DATA_DIR / "senses.tsv"):
        if row["pos"] not in POS:
            raise ValueError(f"senses.tsv: {row['lemma']}: pos must be one of {sorted(POS)}")
        words = frozenset(w.strip() for w in row["context"].split("|") if w.strip())
        cameo = None if row["cameo"] == "-" else row["cameo"]
        out.setdefault(row["lemma"], []).append(
            Sense(row["lemma"], row["pos"], row["sense"], words, cameo, row["note"])
        )
    return out


PLACE_ENTS = ("GPE", "LOC", "FAC")
STATE_ENTS = ("GPE", "NORP")
WEEKDAYS = frozenset(d.lower() for d in calendar.day_name)


def neighbours(tok: Token) -> set[str]:
    """Lower-case lemmas (and words) of the trigger's dependents, their dependents, its head;
    "on:@place" for a preposition with a named place after it, "@clause" for a clause it
    governs, "@state" for a noun a state owns ("the Russian strikes")."""
    near = [tok.head] if tok.head.i != tok.i else []
    places = set()
    for child in tok.children:
        near.append(child)
        near.extend(child.children)
        if child.dep_ == "prep":  # "a strike *on Kyiv*": "on:@place", a named place after it
            places |= {
                f"{child.lower_}:@place"
                for o in child.children
                if o.dep_ == "pobj"
                and (
                    o.ent_type_ in PLACE_ENTS
                    or (o.pos_ == "PROPN" and not o.ent_type_ and o.lower_ not in WEEKDAYS)
                )
            }
    # "recognised *that* ...": a clause as its complement ("@clause")
    clause = {"@clause"} if any(c.dep_ == "ccomp" for c in tok.children) else set()
    # "the *Russian* strikes", "*Israel's* strikes": a state named as the noun's owner ("@state")
    state = (
        {"@state"}
        if tok.pos_ in ("NOUN", "PROPN")
        and any(
            c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in STATE_ENTS
            for c in tok.children
        )
        else set()
    )
    return {t.lemma_.lower() for t in near} | {t.lower_ for t in near} | places | clause | state


def sense_of(trig: Trigger) -> tuple[Sense, str] | None:
    """The sense row that applies to ``trig`` and the context word that chose it, or None."""
    if trig.rule.items:  # a row with required words has chosen its sense already
        return None
    rows = senses().get(trig.token.lemma_.lower()) or senses().get(trig.rule.lemma)
    if not rows:
        return None
    near = neighbours(trig.token)
    for row in rows:
        if trig.token.pos_ not in POS[row.pos]:
            continue
        hits = row.context & near
        if hits:
            return row, sorted(hits)[0]
    return None
