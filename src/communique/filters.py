"""Checked event filters: one place that turns what a user typed into an ``EventFilter``.

Used by the CLI (`events`, `export`: exit 2 with one line), the API (422 naming the parameter)
and the pages (the error beside the form). Countries may be codes or names ("Russia" -> RUS,
from the country lexicon's names and pycountry); an unknown one gets up to three suggestions.
"""

from __future__ import annotations

import difflib
import re
from functools import cache
from importlib import resources
from typing import Any

from communique.datafiles import read_tsv
from communique.model import ALL_MODALITIES, MODALITIES, PLOVER_TYPES
from communique.relations.actors import SPECIAL_NAMES, ActorKey, BadActorKey
from communique.relations.periods import BadDate, check_date
from communique.store.queries import EventFilter

NAME_KINDS = ("name", "adjective", "people")
_CODE = re.compile(r"^[A-Za-z]{3}$")
_SECTORS = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")


class BadFilter(ValueError):
    """A filter value that is not valid; ``param`` is the parameter's name as the user wrote it."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param
        self.message = message


def _rows(path: str) -> list[dict[str, str]]:
    return read_tsv(resources.files("communique").joinpath(path))


@cache
def country_codes() -> dict[str, str]:
    """Every country-like code an actor can have -> its display name."""
    import pycountry

    out = {c.alpha_3: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    out.update(SPECIAL_NAMES)
    # the press's short name where it is a form of the formal one ("Russia", not "Russian
    # Federation"), as the lexicon's display names do
    for row in _rows("data/actors/country_aliases.tsv"):
        code, text = row.get("country") or "", row["text"]
        short = row.get("kind") == "name" and text[:1].isupper() and len(text) > 4
        if short and text[:4].lower() in out.get(code, "").lower():
            out[code] = text
    for row in _rows("data/actors/countries.tsv"):
        if row.get("country") and row.get("kind") == "name":
            out.setdefault(row["country"], row["text"])
    return out


@cache
def country_names() -> dict[str, str]:
    """Lower-cased country names, adjectives and peoples -> code ("russia" -> "RUS")."""
    import pycountry

    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if v := getattr(c, attr, None):
                names.setdefault(v.lower(), c.alpha_3)
    for path in ("data/actors/country_aliases.tsv", "data/actors/countries.tsv"):
        for row in _rows(path):
            if row.get("country") and row.get("kind") in NAME_KINDS:
                names.setdefault(row["text"].lower().removeprefix("the "), row["country"])
    for code, name in SPECIAL_NAMES.items():
        names.setdefault(name.lower(), code)
    return names


def suggest_countries(text: str, n: int = 3) -> list[str]:
    """Up to ``n`` codes close to ``text`` (as a code or a name), as 'RUS (Russia)'."""
    codes, names = country_codes(), country_names()
    found: list[str] = []
    if len(text) == 3:  # a mistyped code: codes first
        found += _close_codes(text.upper(), codes, n)
    for m in difflib.get_close_matches(text.lower(), list(names), n=n * 2, cutoff=0.6):
        found.append(names[m])
    unique = list(dict.fromkeys(found))[:n]
    return [f"{c} ({codes.get(c, c)})" for c in unique]


def _close_codes(code: str, codes: dict[str, str], n: int) -> list[str]:
    """Codes like ``code``, those sharing its first letters first (CUZ: CUB before UZB)."""

    def rank(c: str) -> tuple[float, int, str]:
        same = next((i for i, (x, y) in enumerate(zip(code, c, strict=False)) if x != y), 3)
        return (-difflib.SequenceMatcher(None, code, c).ratio(), -same, c)

    close = sorted((c for c in codes if len(c) == 3), key=rank)
    return [c for c in close if -rank(c)[0] >= 0.6][:n]


def _unknown_country(param: str, text: str) -> BadFilter:
    hints = suggest_countries(text)
    tail = f"; did you mean {', '.join(hints)}?" if hints else "; use a code such as RUS"
    return BadFilter(param, f"'{param}': unknown country {text[:40]!r}{tail}")


def country(param: str, value: str | None) -> str | None:
    """A country code (any case) or name -> its code; unknown -> BadFilter with suggestions."""
    text = (value or "").strip()
    if not text:
        return None
    if _CODE.match(text) and text.upper() in country_codes():
        return text.upper()
    code = country_names().get(text.lower().removeprefix("the "))
    if code:
        return code
    raise _unknown_country(param, text)


def actor_key(param: str, value: str) -> str:
    """A path actor key (CUB, CUBGOV) whose country part is known; else BadFilter (unknown:
    a 404 in paths) or BadActorKey (not shaped like a code: a 400), both with suggestions."""
    text = (value or "").strip()
    key = text.upper()
    named = country_names().get(text.lower().removeprefix("the "))
    if named and named != key:  # a name ("Russia"), not a code: say which code
        raise BadFilter(param, f"unknown actor code {text[:40]!r}; did you mean {named}?")
    if not _SECTORS.match(key):  # not shaped like a code: a bad request, with suggestions
        hints = suggest_countries(text)
        try:
            ActorKey.parse(text)
        except BadActorKey as exc:
            tail = f"; did you mean {', '.join(hints)}?" if hints else ""
            raise BadActorKey(f"{exc}{tail}") from None
    if key[:3] in country_codes():
        return key
    hints = suggest_countries(text[:3])
    tail = f"; did you mean {', '.join(hints)}?" if hints else "; use a code such as RUS or RUSGOV"
    raise BadFilter(param, f"unknown actor code {text[:40]!r}{tail}")


def plover_type(param: str, value: str | None) -> str | None:
    text = (value or "").strip().upper()
    if not text:
        return None
    if text in PLOVER_TYPES:
        return text
    hints = difflib.get_close_matches(text, PLOVER_TYPES, n=3, cutoff=0.5)
    tail = f"; did you mean {', '.join(hints)}?" if hints else ""
    return _fail(
        param, f"must be a PLOVER type ({', '.join(PLOVER_TYPES)}), not {text[:40]!r}{tail}"
    )


def _fail(param: str, message: str) -> Any:
    raise BadFilter(param, f"'{param}' {message}")


@cache
def cameo_codes() -> frozenset[str]:
    codes = {r["cameo"] for r in _rows("data/coding/cameo.tsv")}
    return frozenset(codes | {c[:2] for c in codes})


def cameo(param: str, value: str | None) -> str | None:
    """A CAMEO code ('042') or root ('04'); a root matches every code under it."""
    text = (value or "").strip()
    if not text:
        return None
    if text in cameo_codes():
        return text
    return _fail(
        param, f"must be a CAMEO code such as 042 or a root from 01 to 20, not {text[:40]!r}"
    )


def quad_class(param: str, value: str | int | None) -> int | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    if text in ("1", "2", "3", "4"):
        return int(text)
    return _fail(param, f"must be a quad class from 1 to 4, not {text[:40]!r}")


def modality(param: str, value: str | None) -> str | None:
    text = (value or "").strip().lower()
    if not text:
        return None
    if text in MODALITIES or text == ALL_MODALITIES:
        return text
    choices = ", ".join((*MODALITIES, ALL_MODALITIES))
    return _fail(param, f"must be one of {choices}, not {text[:40]!r}")


def confidence(param: str, value: str | float | None) -> float | None:
    text = str(value if value is not None else "").strip()
    if not text:
        return None
    try:
        num = float(text)
    except ValueError:
        num = float("nan")
    if not 0.0 <= num <= 1.0:  # NaN fails too
        return _fail(param, f"must be a number from 0 to 1, not {text[:40]!r}")
    return num


def publisher(param: str, value: str | None) -> str | None:
    text = (value or "").strip()
    if not text:
        return None
    if len(text) > 200 or any(ord(ch) < 32 for ch in text):
        return _fail(param, "must be a publisher's name (at most 200 characters, one line)")
    return text


def language(param: str, value: str | None) -> str | None:
    """An ISO 639-1 code ('en') or an English language name ('English') -> the code."""
    text = (value or "").strip()
    if not text:
        return None
    import pycountry

    lang = None
    if len(text) == 2:
        lang = pycountry.languages.get(alpha_2=text.lower())
    if lang is None:
        lang = next((la for la in pycountry.languages if la.name.lower() == text.lower()), None)
    if lang is None or not getattr(lang, "alpha_2", None):
        return _fail(param, f"must be a language code such as en or fr, not {text[:40]!r}")
    return str(lang.alpha_2)


def date(param: str, value: str | None) -> str | None:
    try:
        return check_date(param, (value or "").strip() or None)
    except BadDate as exc:
        raise BadFilter(param, str(exc)) from None


# EventFilter field -> checker; ``names`` maps a field to what the caller calls it.
CHECKS: dict[str, Any] = {
    "actor_country": country, "recipient_country": country, "country": country,
    "event_type": plover_type, "cameo": cameo, "quad_class": quad_class,
    "modality": modality, "min_confidence": confidence, "publisher": publisher,
    "language": language, "date_from": date, "date_to": date,
}  # fmt: skip


def event_filter(
    values: dict[str, Any], names: dict[str, str] | None = None, **rest: Any
) -> EventFilter:
    """An EventFilter from raw ``values`` keyed by EventFilter field, each checked; ``names``
    gives the parameter names used in messages (``{"actor_country": "--actor"}``). Fields
    without a checker (text, article_id, limit, offset) pass through in ``rest``."""
    names = names or {}
    checked = {
        field: CHECKS[field](names.get(field, field), raw)
        for field, raw in values.items()
        if field in CHECKS
    }
    return EventFilter(**checked, **rest)
