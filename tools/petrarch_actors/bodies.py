"""``Phoenix.International.actors.txt`` -> bodies; ``Phoenix.MilNonState.actors.txt`` -> armed and
non-state groups. Both write rows (text, country, sector, name) like ``bodies.tsv``.

Codes: IGOUNO... -> UNO, IGOEUR... -> EUR, other IGO -> IGO, NGO -> NGO, MNC -> MNC; the sector is
the first sector code after them (IGOUNOJUD -> UNO JUD). Groups: a state's code (ISO 3166 or one of
CAMEO's own, CAMEO_TO_ISO) gives the country, anything else (CAMEO's IMG "international militarised
group", regions such as MEA, SAS, WEU) gives IMG, unless the group's name begins with a state's
name or adjective ("Egyptian Islamic Jihad" -> EGY); the sector is REB, RAD, UAF, OPP, SPY or MIL as
coded, else REB. An entry's current code is its undated one, else its latest dated one; the
International file's entries with dated codes are people whose office changed, and are skipped.
A parenthesised acronym in a name ("... (DFLP)") becomes an alias. A phrase given to two
entries with different codes is dropped as ambiguous.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from petrarch_actors import quality as q
from petrarch_actors.pdict import ActorEntry, current_code, read_entries

CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GER": "DEU", "ANG": "AGO"}
GROUP_SECTORS = ("REB", "RAD", "UAF", "OPP", "SPY", "MIL")
PAREN = re.compile(r"\(([^)]*)\)")


def _iso_codes() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries)


def body_code(code: str) -> tuple[str, str] | None:
    parts = q.split_code(code)
    head = parts[0]
    if head == "IGO":
        rest = parts[1:]
        country = "UNO" if rest[:1] == ["UNO"] else "EUR" if rest[:1] == ["EUR"] else "IGO"
        return country, q.sector_of(rest) or ""
    if head in ("NGO", "MNC"):
        return head, q.sector_of(parts[1:]) or ""
    return None


def group_code(code: str, isos: frozenset[str]) -> tuple[str, str]:
    parts = q.split_code(code)
    head = CAMEO_TO_ISO.get(parts[0], parts[0])
    country = head if head in isos else "IMG"
    sector = next((p for p in parts[1:] if p in GROUP_SECTORS), "REB")
    return country, sector


def _state_words() -> dict[str, str]:
    """Country names and adjectives (the project's own country files) -> ISO code."""
    from communique.actors.lexicon import _rows

    out: dict[str, str] = {}
    for path in ("data/actors/country_aliases.tsv", "data/actors/countries.tsv"):
        for row in _rows(path):
            if row["kind"] in ("name", "adjective") and row["text"][:1].isupper():
                out.setdefault(row["text"].lower(), row["country"])
    return out


def _named_state(name: str, states: dict[str, str]) -> str | None:
    """The state a group's name begins with ("Egyptian Islamic Jihad" -> EGY), if any."""
    words = name.split()
    for n in (3, 2, 1):
        iso = states.get(" ".join(words[:n]).lower()) if len(words) > n else None
        if iso:
            return iso
    return None


def _names(entry: ActorEntry) -> tuple[str, list[str]]:
    """The display name and every phrase of an entry, re-cased, acronyms in brackets split off."""
    phrases: list[str] = []
    for raw in entry.names:
        acr = [a.strip() for a in PAREN.findall(raw) if a.strip()]
        base = " ".join(PAREN.sub(" ", raw).split()).strip(" -")
        if base:
            phrases.append(q.recase(base))
        phrases += [a for a in acr if q.is_acronym(a)]
    phrases = list(dict.fromkeys(p for p in phrases if p))
    return (phrases[0] if phrases else ""), phrases


def _all_common(text: str) -> bool:
    words = [w for w in text.split() if w.lower() not in q.SMALL]
    return len(words) > 1 and all(q.zipf(w) >= q.NAME_ZIPF for w in words)


def convert(path: Path, groups: bool) -> tuple[list[tuple[str, str, str, str]], Counter]:
    """Rows (text, country, sector, name) and the count of dropped phrases per rule."""
    isos = _iso_codes()
    states = _state_words() if groups else {}
    dropped: Counter = Counter()
    rows: dict[str, tuple[str, str, str, str]] = {}
    clash: set[str] = set()
    for entry in read_entries(path):
        if not groups and any(r.dated for r in entry.codes):
            dropped["dated-person"] += len(entry.names)
            continue
        code = current_code(entry)
        if code is None:
            dropped["no-code"] += len(entry.names)
            continue
        cs = group_code(code, isos) if groups else body_code(code)
        if cs is None:
            dropped["not-a-body"] += len(entry.names)
            continue
        country, sector = cs
        name, phrases = _names(entry)
        if groups and country == "IMG" and (iso := _named_state(name, states)) in isos:
            country = iso  # "Egyptian Islamic Jihad": CAMEO's IMG, but named for its state
            dropped["placed-by-name (kept)"] += 1
        for text in phrases:
            why = q.name_rule(text)
            if why is None and country == "MNC" and _all_common(text):
                why = "common-words-company"
            if why:
                dropped[why] += 1
                continue
            key = text.lower()
            if key in rows and rows[key][1:3] != (country, sector):
                clash.add(key)
            rows.setdefault(key, (text, country, sector, name))
    for key in clash:
        del rows[key]
    dropped["ambiguous"] += len(clash)
    return sorted(rows.values(), key=lambda r: (r[1], r[3], r[0])), dropped
