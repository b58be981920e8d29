"""The bundled knowledge base of office holders (data/actors/leaders.tsv), with terms."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from communique.model import normalise_text


@dataclass(frozen=True)
class OfficeTerm:
    name: str
    country: str
    office: str
    sector: str
    start: date
    end: date | None  # None while in office
    source: str
    open_end: bool = False  # still open when its (converted) source was made: later unknown

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def _key(name: str) -> str:
    if name.isascii():  # the common case, ~10x faster (20,000 names are indexed at start-up)
        return " ".join(name.split()).lower()
    import unicodedata

    s = unicodedata.normalize("NFKD", normalise_text(name).lower())
    return "".join(c for c in s if not unicodedata.combining(c))


KB_FILES: tuple[str, ...] = (
    "data/actors/leaders.tsv",
    "data/actors/leaders_recent.tsv",
    "data/actors/leaders_countryinfo.tsv",
    "data/actors/leaders_phoenix.tsv",
)
# leaders_phoenix.tsv (converted from PETRARCH-2's Phoenix.Countries, CountryInfo.140130) knows
# nothing after its source's date: its terms are cut there, so after it only the project's own
# files say who holds an office. Before it, the files are asked in KB_FILES order.
CONVERTED_UNTIL: dict[str, date] = {"data/actors/leaders_phoenix.tsv": date(2014, 1, 30)}


def _read(path: str) -> list[dict[str, str]]:
    text = resources.files("communique").joinpath(path).read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[OfficeTerm, ...]]:
    """Name key -> terms. The hand-curated leaders.tsv comes first; a person (full name) it
    lists is taken from it alone, so the generated files only fill gaps. A person's terms are
    kept in KB_FILES order, so where two files cover a day the earlier file's term is used;
    a converted file's terms end by its CONVERTED_UNTIL date."""
    idx: dict[str, list[OfficeTerm]] = {}
    curated: set[str] = set()
    for n, path in enumerate(KB_FILES):
        rows = _read(path)
        if n == 0:
            curated = {_key(r["name"]) for r in rows}
        until = CONVERTED_UNTIL.get(path)
        for row in rows:
            if n > 0 and _key(row["name"]) in curated:
                continue
            end = date.fromisoformat(row["end"]) if row["end"] else None
            open_end = until is not None and (end is None or end >= until)
            if until is not None:
                end = min(end or until, until)
            term = OfficeTerm(
                name=row["name"],
                country=row["country"],
                office=row["office"],
                sector=row["sector"] or "GOV",
                start=date.fromisoformat(row["start"]),
                end=end,
                source=row["source"],
                open_end=open_end,
            )
            aliases = {row["name"], *filter(None, (row["aliases"] or "").split(";"))}
            for key in {_key(a) for a in aliases}:
                if n > 0 and key in curated:
                    continue  # a surname the curated file uses for someone else
                idx.setdefault(key, []).append(term)
    return {k: tuple(v) for k, v in idx.items()}


def terms(name: str) -> tuple[OfficeTerm, ...]:
    """Every office term of the person so named (full name, surname or listed spelling)."""
    return _index().get(_key(name), ())


def holder_on(name: str, day: date | None) -> OfficeTerm | None:
    """The term the named person held on ``day`` (or their latest term when ``day`` is None)."""
    found = terms(name)
    if not found:
        return None
    if day is None:
        return max(found, key=lambda t: t.start)
    for t in found:
        if t.covers(day):
            return t
    return None
