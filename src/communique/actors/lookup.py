"""Persons and bodies by name: what the knowledge base says a name resolves to.

``find_names("Putin")`` gives the office holder with his dated roles (data/actors/leaders*.tsv,
read by ``leaders``): head of state of RUS 2000–2008 and from 2012, head of government between,
each a CAMEO-style code (RUSGOV) for its term, which is how the coder resolves the name on a
story's date (``persons.kb_actor``). ``find_names("Duma")`` gives the bodies and groups whose
phrases or names hold the words (data/actors/bodies*.tsv, groups_petrarch.tsv and the state organs of
country_aliases.tsv, read by ``lexicon``), each with its code and the phrases that resolve to
it. Matching ignores case and accents; an exact name or phrase ranks before a partial one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from communique.actors.leaders import OfficeTerm, _index, terms
from communique.actors.lexicon import INTL, SEAT, country_name, lexicon
from communique.actors.persons import kb_actor

BODY_KINDS = frozenset({SEAT, INTL})
MIN_QUERY = 2  # shorter queries match too much to be useful


def fold(text: str) -> str:
    """Lower case, accents and extra spaces gone: how names are compared here."""
    s = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in s if not unicodedata.combining(c)).lower().split())


def code_of(country: str | None, sector: str | None) -> str:
    return f"{country or ''}{sector or ''}"


def role(term: OfficeTerm) -> dict[str, Any]:
    """One dated role of a person, as the pages and the API show it."""
    return {
        "office": term.office.replace("_", " "), "country": term.country,
        "country_name": country_name(term.country), "sector": term.sector,
        "code": code_of(term.country, term.sector), "start": term.start.isoformat(),
        "end": term.end.isoformat() if term.end else None, "source": term.source,
        "open_end": term.open_end,
    }  # fmt: skip


@dataclass(frozen=True)
class Body:
    name: str
    country: str | None
    sector: str | None
    phrases: tuple[str, ...]
    sources: tuple[str, ...]

    @property
    def code(self) -> str:
        return code_of(self.country, self.sector)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": "body", "name": self.name, "code": self.code, "country": self.country,
            "country_name": country_name(self.country), "sector": self.sector,
            "phrases": list(self.phrases[:12]), "n_phrases": len(self.phrases),
            "sources": list(self.sources),
        }  # fmt: skip


@lru_cache(maxsize=1)
def bodies() -> dict[str, list[Body]]:
    """Folded name or phrase -> the bodies (institutions, armed groups, state organs) it names."""
    grouped: dict[tuple[str, str | None, str | None], dict[str, set[str]]] = {}
    for bucket in lexicon().by_first.values():
        for items in bucket.values():
            for _, e in items:
                if e.kind not in BODY_KINDS:
                    continue
                g = grouped.setdefault((e.name or e.text, e.country, e.sector),
                                       {"phrases": set(), "sources": set()})  # fmt: skip
                g["phrases"].add(e.text)
                g["sources"].add(e.source or "")
    out: dict[str, list[Body]] = {}
    for (name, country, sector), g in grouped.items():
        body = Body(name, country, sector, tuple(sorted(g["phrases"], key=lambda p: (len(p), p))),
                    tuple(sorted(s for s in g["sources"] if s)))  # fmt: skip
        for key in {fold(name), *(fold(p) for p in g["phrases"])}:
            out.setdefault(key, []).append(body)
    return out


def person(name: str) -> dict[str, Any] | None:
    """A person of the knowledge base by full name (or a listed spelling): dated roles."""
    found = list(terms(name))
    if not found:
        return None
    full = found[0].name
    mine = sorted((t for t in found if t.name == full), key=lambda t: t.start)
    return {"kind": "person", "name": full, "roles": [role(t) for t in mine],
            "codes": sorted({code_of(t.country, t.sector) for t in mine})}  # fmt: skip


def body(name: str) -> dict[str, Any] | None:
    """A body by its name or one of its phrases, with its code and phrases."""
    found = bodies().get(fold(name))
    if not found:
        return None
    exact = [b for b in found if fold(b.name) == fold(name)] or found
    return exact[0].as_dict()


def match_rank(query: str, key: str) -> int | None:
    """0: the whole name; 1: whole words of it ("duma" in "state duma"); 2: the start of
    its words ("dum" in "state duma"); None: no match."""
    if key == query:
        return 0
    padded = f" {key} "
    if f" {query} " in padded:
        return 1
    if f" {query}" in padded:
        return 2
    return None


def find_names(q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Persons and bodies whose name or phrase holds the words of ``q``, exact ones first."""
    key = fold(q)
    if len(key) < MIN_QUERY:
        return []
    hits: list[tuple[int, str, dict[str, Any]]] = []
    people: dict[str, int] = {}
    for k, ts in _index().items():
        rank = match_rank(key, k)
        if rank is None:
            continue
        for t in ts:
            people[t.name] = min(people.get(t.name, 9), rank)
    for full, rank in people.items():
        p = person(full)
        if p:
            hits.append((rank, full, p))
    seen: dict[tuple[str, str], int] = {}
    found: dict[tuple[str, str], Body] = {}
    for k, bs in bodies().items():
        rank = match_rank(key, k)
        if rank is None:
            continue
        for b in bs:
            ident = (b.name, b.code)
            seen[ident] = min(seen.get(ident, 9), rank)
            found[ident] = b
    for ident, rank in seen.items():
        hits.append((rank, ident[0], found[ident].as_dict()))
    hits.sort(key=lambda h: (h[0], len(h[1]), h[1]))
    return [dict(h[2], exact=h[0] == 0) for h in hits[:limit]]


def resolve_on(name: str, day: date | None) -> dict[str, Any] | None:
    """What the coder makes of a person's name on a story date: code and rule in words."""
    got = kb_actor(name, day)
    if got is None:
        return None
    actor, rule = got
    return {"name": actor.name, "code": actor.code, "country": actor.country,
            "sector": actor.sector, "rule": rule, "on": day.isoformat() if day else None}  # fmt: skip
