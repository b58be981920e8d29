"""The actor lexicon: every name, adjective, role and body from data/actors/*.tsv, indexed by tokens.

Phrases are tokenised with spaCy's English tokenizer (no model) so they line up with the tokens of
any parsed Doc; lookup is a dict keyed by normalised token tuples, indexed by the first token, so a
400-word story is scanned in well under a millisecond.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import spacy
from spacy.tokens import Doc, Token

# Entry kinds: what a matched phrase is.
COUNTRY_NAME = "name"  # "Russia", "the United States"
COUNTRY_ADJ = "adjective"  # "Russian", "U.S."
PEOPLE = "people"  # "Russians": the people of a country
CAPITAL = "capital"  # "Moscow": a capital, a metonym for the government when it acts
SEAT = "seat"  # "the Kremlin", "the State Duma": an institution of one state, with a sector
ROLE = "role"  # "president": a title a person holds
GROUP = "group"  # "troops", "officials"
BODY = "body"  # "government", "parliament": an institution of an unnamed state
COUNTERPART = "counterpart"
INTL = "intl"  # "United Nations", "NATO", "Amnesty International"

COUNTRY_KINDS = frozenset({COUNTRY_NAME, COUNTRY_ADJ, PEOPLE, CAPITAL, SEAT})
ROLE_KINDS = frozenset({ROLE, GROUP, BODY, COUNTERPART})


@dataclass(frozen=True)
class Entry:
    """One phrase of the lexicon and what it means."""

    text: str  # as written in the data file
    kind: str  # one of the kinds above
    country: str | None = None  # ISO alpha-3, UNO, EUR, IGO, NGO
    sector: str | None = None  # CAMEO sector code; "=" for counterpart, "~" inherit
    name: str | None = None  # canonical name ("Russia", "NATO")
    case: str = "any"  # any | cap (capitalised words must be capitalised) | upper (acronym)
    source: str = ""


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Token text as compared: accents stripped, lower case, curly quotes straightened."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def tokenizer() -> spacy.tokenizer.Tokenizer:
    """spaCy's English tokenizer without any model: cheap, and identical to the model's rules."""
    return spacy.blank("en").tokenizer


# Letters and single spaces only: spaCy's tokenizer splits such text at the spaces, unless a
# word is one of its special cases ("cannot"). Splitting them here is ~20x faster, which
# matters when the gazetteer's 50,000 names are indexed at start-up.
_PLAIN = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


@lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    return frozenset(tokenizer().rules or ())


def tokenize(text: str) -> list[str]:
    """Words as spaCy's English tokenizer splits them."""
    if _PLAIN.fullmatch(text):
        words = text.split(" ")
        if not _special_cases().intersection(words):
            return words
    return [t.text for t in tokenizer()(text) if not t.is_space]


def _case_rule(words: Sequence[str]) -> str:
    letters = "".join(c for c in "".join(words) if c.isalpha())
    if letters.isupper() and len(letters) <= 4 and "." not in "".join(words):
        return "upper"
    if any(w[:1].isupper() for w in words):
        return "cap"
    return "any"


def case_ok(entry_words: Sequence[str], rule: str, tokens: Sequence[str]) -> bool:
    """Whether document tokens are written the way the entry requires."""
    if rule == "any":
        return True
    if rule == "upper":
        return all(t.isupper() or not any(c.isalpha() for c in t) for t in tokens)
    return all(
        not e[:1].isupper() or t[:1].isupper() or not t[:1].isalpha()
        for e, t in zip(entry_words, tokens, strict=False)
    )


def _rows(path: str) -> Iterable[dict[str, str]]:
    text = resources.files("communique").joinpath(path).read_text("utf-8")
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
    yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


class Lexicon:
    """Phrase -> entries, keyed by normalised token tuples."""

    def __init__(self) -> None:
        self.by_first: dict[str, dict[tuple[str, ...], list[tuple[tuple[str, ...], Entry]]]] = {}
        self.max_len: dict[str, int] = {}
        self.country_names: dict[str, str] = {}  # ISO3 -> display name

    def add(self, entry: Entry, if_new: bool = False) -> None:
        """Index ``entry`` under its phrase; with ``if_new``, only when no earlier file has
        the phrase (converted rows never join or override a hand-written phrase)."""
        words = tokenize(entry.text)
        if not words:
            return
        if words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        key = tuple(norm(w) for w in words)
        bucket = self.by_first.setdefault(key[0], {})
        if if_new and key in bucket:
            return
        entry = Entry(**{**entry.__dict__, "case": _case_rule(words)})
        items = bucket.setdefault(key, [])
        if all(e != entry for _, e in items):
            items.append((tuple(words), entry))
        self.max_len[key[0]] = max(self.max_len.get(key[0], 0), len(key))

    def entries(self, key: tuple[str, ...]) -> list[Entry]:
        """The entries of exactly the phrase ``key`` (normalised tokens), whatever their case."""
        return [e for _, e in self.by_first.get(key[0], {}).get(key, [])] if key else []

    def match_at(
        self, keys: Sequence[str], texts: Sequence[str], i: int
    ) -> tuple[int, Entry] | None:
        """The longest entry starting at token ``i``: (end, entry), or None."""
        bucket = self.by_first.get(keys[i])
        if not bucket:
            return None
        for n in range(min(self.max_len[keys[i]], len(keys) - i), 0, -1):
            items = bucket.get(tuple(keys[i : i + n]))
            if not items:
                continue
            for words, entry in items:
                if case_ok(words, entry.case, texts[i : i + n]):
                    return i + n, entry
        return None


# Role words and bodies: hand-written, then converted from PETRARCH-2 by
# tools/convert_petrarch_actors.py. Precedence: a phrase any earlier file has (the hand-written
# files, country names and adjectives included) is taken from there alone; a converted row for it
# is ignored, and among the converted files the first in CONVERTED_FILES order wins.
HAND_FILES = ("data/actors/peoples.tsv", "data/actors/roles.tsv", "data/actors/bodies.tsv")
PEOPLES_FILE = "data/actors/peoples.tsv"  # indigenous peoples: no country by their name
CONVERTED = "converted"  # Entry.source of a converted row
CONVERTED_FILES = (
    "data/actors/roles_petrarch.tsv",
    "data/actors/groups_petrarch.tsv",
    "data/actors/bodies_petrarch.tsv",
)

# Everyday people named by their work or place in life ("fishermen", "nurses", "truckers"):
# hand-written, then converted from PETRARCH-2. Not actors of the lexicon: the coder reads them
# only as the doers of a protest and as those arrested or attacked (coding/resolver.py).
PEOPLE_FILES = ("data/actors/people.tsv", "data/actors/people_petrarch.tsv")


@lru_cache(maxsize=1)
def everyday_people() -> dict[str, tuple[str, str]]:
    """Word -> (sector, file) of the everyday people words that no actor file already has."""
    lex = lexicon()
    out: dict[str, tuple[str, str]] = {}
    for path in PEOPLE_FILES:
        for row in _rows(path):
            key = norm(row["text"])
            if (key,) in lex.by_first.get(key, {}):
                continue  # a role word of the lexicon: a general actor already
            out.setdefault(key, (row["sector"], path.rsplit("/", 1)[-1]))
    return out


_KIND_ORDER = {SEAT: 0, COUNTRY_NAME: 1, COUNTRY_ADJ: 2, PEOPLE: 3, CAPITAL: 4}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon built from the bundled data files (once per process)."""
    lex = Lexicon()
    names: dict[str, str] = {}
    # Hand-written aliases first: where a phrase has two readings, the curated one is tried first.
    alias_rows = list(_rows("data/actors/country_aliases.tsv"))
    gen_rows = list(_rows("data/actors/countries.tsv"))
    for row in alias_rows + sorted(gen_rows, key=lambda r: _KIND_ORDER.get(r["kind"], 9)):
        iso = row["country"]
        lex.add(
            Entry(
                text=row["text"],
                kind=row["kind"],
                country=iso,
                sector=row.get("sector") or None,
                name=row["text"] if row["kind"] == SEAT else None,
                source=row.get("source") or "",
            )
        )
    # hand-written files first; then the converted ones, each phrase from the first file that
    # has it (CONVERTED_FILES order): a hand-written phrase is never overridden
    for path, if_new in [*((p, False) for p in HAND_FILES), *((p, True) for p in CONVERTED_FILES)]:
        for row in _rows(path):
            src = CONVERTED if if_new else path
            if "kind" in row:  # role words
                entry = Entry(row["text"], row["kind"], sector=row["sector"] or None, source=src)
            else:  # bodies and groups
                sector = row["sector"] or None
                entry = Entry(
                    text=row["text"], kind=INTL, country=row["country"], sector=sector,
                    name=row["name"], source=src,
                )  # fmt: skip
            lex.add(entry, if_new=if_new)
    # the ISO and the press's names, not CountryInfo's spellings ("Mianmar", "Uraguay")
    _add_state_forms(lex, alias_rows + [r for r in gen_rows if r["source"] == "pycountry"])
    import pycountry

    # an alias names a country better than pycountry's formal name ("Russia", "Bolivia"), as
    # long as it is a form of that name and not a region of it ("Kurdistan" is not Iraq's name)
    formal = {
        c.alpha_3: f"{c.name} {getattr(c, 'official_name', '')} {getattr(c, 'common_name', '')}"
        for c in pycountry.countries
    }
    for row in alias_rows:
        text, iso = row["text"], row["country"]
        if row["kind"] == COUNTRY_NAME and text[:1].isupper() and len(text) > 4:
            if iso in formal and text[:4].lower() not in formal[iso].lower():
                continue
            names.setdefault(iso, text)
    for c in pycountry.countries:
        names.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)
    lex.country_names = names
    return lex


def _add_state_forms(lex: Lexicon, rows: list[dict[str, str]]) -> None:
    """ "the Republic of Ireland", "the Kingdom of the Netherlands", "the Socialist Republic of
    Vietnam": a state's name after a word of its form of state (vocabulary state_form_prefixes)
    names that state, as its plain name does; a phrase some file already has keeps its entry,
    and the phrases of vocabulary state_form_exceptions name another state or none."""
    from communique.vocabulary import words as vocabulary_words

    prefixes = sorted(vocabulary_words("state_form_prefixes"))
    skip = {tuple(norm(w) for w in tokenize(t)) for t in vocabulary_words("state_form_exceptions")}
    for row in rows:
        text = row["text"]
        if row["kind"] != COUNTRY_NAME or not text[:1].isupper() or len(text) < 4:
            continue
        if " of " in text or text.isupper():  # a formal name already, or an abbreviation
            continue
        for prefix in prefixes:
            for phrase in (f"{prefix} {text}", f"{prefix} the {text}"):
                if tuple(norm(w) for w in tokenize(phrase)) in skip:
                    continue
                entry = Entry(
                    text=phrase, kind=COUNTRY_NAME, country=row["country"],
                    source="state form + name (vocabulary state_form_prefixes)",
                )  # fmt: skip
                lex.add(entry, if_new=True)


def country_name(iso3: str | None) -> str | None:
    """A short display name for a country code ("RUS" -> "Russia")."""
    if not iso3:
        return None
    name = lexicon().country_names.get(iso3)
    if name:
        return name
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=iso3)
    except (KeyError, LookupError):
        c = None
    return (getattr(c, "common_name", None) or c.name) if c else iso3


@dataclass(frozen=True)
class Region:
    description: tuple[str, ...]  # normalised tokens ("caribbean",)
    countries: frozenset[str]


@lru_cache(maxsize=1)
def regions() -> dict[tuple[str, ...], Region]:
    """Descriptions ("Caribbean", "Gulf", "island") -> the countries they can refer to."""
    out: dict[tuple[str, ...], Region] = {}
    for row in _rows("data/actors/regions.tsv"):
        key = tuple(norm(w) for w in tokenize(row["description"]))
        countries = frozenset(row["countries"].split())
        if key in out:
            countries |= out[key].countries
        out[key] = Region(key, countries)
    return out


@lru_cache(maxsize=1)
def state_forms() -> dict[tuple[str, ...], frozenset[str] | None]:
    """Forms of government ("kingdom", "emirate", "republic") -> the states of that form (None:
    every state not a monarchy), from data/actors/state_forms.tsv."""
    rows = {
        tuple(norm(w) for w in tokenize(r["form"])): frozenset(r["countries"].split())
        for r in _rows("data/actors/state_forms.tsv")
    }
    monarchies = rows.get(("monarchy",), frozenset())
    return {k: (None if v == {"~"} else v) for k, v in rows.items()} | {("~",): monarchies}


def doc_keys(doc: Doc | Sequence[Token]) -> tuple[list[str], list[str]]:
    """Normalised keys and original texts of a Doc's tokens."""
    texts = [t.text for t in doc]
    return list(map(norm, texts)), texts


@lru_cache(maxsize=1)
def _people_names() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(norm(w) for w in tokenize(row["text"])) for row in _rows(PEOPLES_FILE))


def is_people_name(words: Sequence[str]) -> bool:
    """Whether the words hold the name of an indigenous people (data/actors/peoples.tsv:
    "Native American protesters", "First Nations chiefs")."""
    keys = [norm(w) for w in words]
    names = _people_names()
    return any(tuple(keys[i : i + n]) in names for i in range(len(keys)) for n in (1, 2, 3, 4))
