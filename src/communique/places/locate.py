"""Places named in a story, and where the event of a sentence happened."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from communique.actors import lexicon as lx
from communique.model import Article, Location
from communique.places.gazetteer import (
    COUNTRY,
    DESIGNATED_TOWN_POP,
    SITE,
    best,
    designated_at,
    gazetteer,
    geocode,
    place_country,
    region_at,
    sea_named,
)

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", ""})
LOC_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within", "on"}
)
NOT_PLACE_ENTS = frozenset({"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL"})


def _scan(doc: Doc, start: int, end: int, prefer: set[str]) -> list[tuple[int, int, Location]]:
    g = gazetteer()
    keys = [lx.norm(t.text) for t in doc[start:end]]
    out: list[tuple[int, int, Location]] = []
    i = 0
    tagged = doc.has_annotation("TAG")
    while i < len(keys):
        tok = doc[start + i]
        m = g.match_at(keys, i) if tok.text[:1].isupper() else None
        if m is not None and hyphen_tail(doc, start + i):
            m = None  # "KwaZulu-*Natal*": the end of a longer, hyphenated name
        r = region_at(keys, i) if tok.text[:1].isupper() else None
        if r is not None and r[0] - i >= 2 and (m is None or m[0] < r[0]):
            name = doc[start + i : start + r[0]]
            sea = sea_named(doc, start + i, start + r[0])  # "in the Red Sea": no province's
            iso = None if sea else place_country(name.text, prefer)
            if (iso or sea) and all(t.text[:1].isupper() or not t.is_alpha for t in name):
                # "New South Wales", "British Columbia": the region, read whole
                out.append((start + i, start + r[0], Location(name=name.text, country=iso)))
                i = r[0]
                continue
        if m is None:
            i += 1
            continue
        e, places = m
        span = doc[start + i : start + e]
        plausible = [p for p in places if p.kind in (SITE, COUNTRY)] or (
            places
            if not tagged
            or (all(t.pos_ == "PROPN" for t in span) and span.root.ent_type_ not in NOT_PLACE_ENTS)
            # a name of two words or more the tagger split ("Port *Said*" read as a verb) but
            # the entity recogniser read whole as a place
            or (len(span) > 1 and all(t.ent_type_ in ("GPE", "LOC") for t in span))
            # a word of administrative kind after it ("the Kherson *region*", "Swat *district*"),
            # whatever the tagger called the name (rule mention.admin_designation)
            or (
                all(t.pos_ == "PROPN" for t in span)
                and designated_at(doc, start + e)
                and any(p.population >= DESIGNATED_TOWN_POP or p.country in prefer for p in places)
            )
            else []
        )
        if not plausible or not all(t.text[:1].isupper() or not t.is_alpha for t in span):
            i += 1
            continue
        p = best(plausible, prefer)
        assert p is not None
        loc = p.location()
        if p.kind not in (SITE, COUNTRY) and p.country not in prefer:
            iso = place_country(span.text, prefer)
            if iso and iso != p.country:  # "in Arizona": the US state, not a Honduran town
                loc = Location(name=span.text, country=iso)
        out.append((start + i, start + e, loc))
        i = e
    return out


def hyphen_tail(doc: Doc, i: int) -> bool:
    """The token ends a hyphenated name ("KwaZulu-*Natal*", "Baden-*Baden*")."""
    return (
        i >= 2
        and doc[i - 1].text in ("-", "‑", "–")
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].text[:1].isupper()
    )


def find_places(doc: Doc | Span, article_countries: set[str]) -> list[tuple[int, int, Location]]:
    """Token spans (start, end, Location) of the places named in the text, in order.

    Names shared by several places resolve to the one in ``article_countries`` if any.
    """
    if isinstance(doc, Span):
        return _scan(doc.doc, doc.start, doc.end, set(article_countries))
    return _scan(doc, 0, len(doc), set(article_countries))


def _locative(doc: Doc, start: int, end: int) -> bool:
    """'in Havana', 'at the José Martí Memorial': the place is where, not who."""
    root = doc[start:end].root
    if root.dep_ == "pobj" and root.head.lower_ in LOC_PREPS:
        return True
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and prev.lower_ == "the" and start > 1:
        prev = doc[start - 2]
    return bool(prev is not None and prev.lower_ in LOC_PREPS and root.dep_ not in ("nsubj",))


def event_location(
    sent: Span, doc: Doc, article: Article | None, story_countries: set[str]
) -> Location | None:
    """Where the event in this sentence happened.

    A place named in the sentence after in/at/near... (source "text"); places acting as
    subjects ("Moscow said") are metonyms, not locations. Else the article's dateline place
    (source "dateline"); else None. Among places, a site or city beats a country.
    """
    found = [
        (s, e, loc)
        for s, e, loc in _scan(doc, sent.start, sent.end, set(story_countries))
        if _locative(doc, s, e)
    ]
    if found:
        specific = [f for f in found if f[2].lat is not None] or found
        return specific[0][2]
    if article is not None and article.dateline:
        loc = geocode(article.dateline, story_countries)
        if loc:
            loc.name = article.dateline if loc.name != article.dateline else loc.name
            loc.source = "dateline"
            return loc
    return None
