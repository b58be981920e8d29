"""The story-level gold file of `communique eval --stories`: reading and checking it.

Format (``{"stories": {"<file name>": story, ...}}``), field by field, in ``FORMAT_HELP``
below and in `communique eval --help`. Every problem is one ``GoldError`` line naming the file,
the story and the entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from communique.model import MODALITIES, PLOVER_TYPES

# PLOVER's historical mode is accepted in gold files too (events the story reports as history).
GOLD_MODALITIES = frozenset(MODALITIES) | {"historical"}
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")

Interval = tuple[date, date]


class GoldError(ValueError):
    """A gold file that cannot be used; the message is one line naming file and problem."""


@dataclass(frozen=True)
class GoldEntry:
    """A gold event (or a forbidden reading) of one story."""

    id: str
    types: frozenset[str]
    actor: frozenset[str] = frozenset()
    recipient: frozenset[str] = frozenset()
    symmetric: bool = False
    modality: frozenset[str] | None = None  # None: any but negated or hypothetical
    inside: Interval | None = None  # "date": the coded date must lie inside
    window: Interval | None = None  # "date_from"/"date_to": the coded date must overlap
    required: bool = False

    @property
    def dated(self) -> bool:
        return self.inside is not None or self.window is not None


@dataclass
class GoldStory:
    name: str  # the file name the story is paired with
    url: str | None = None
    title: str | None = None
    published: str | None = None
    noise: bool = False
    events: list[GoldEntry] = field(default_factory=list)
    forbidden: list[GoldEntry] = field(default_factory=list)

    @property
    def required(self) -> list[GoldEntry]:
        return [e for e in self.events if e.required]


def interval(value: Any) -> Interval | None:
    """The days a date names: 'YYYY' a year, 'YYYY-MM' a month, 'YYYY-MM-DD' (or a longer ISO
    datetime) a day; None when it is none of these."""
    if not value:
        return None
    parts = str(value)[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            return date(year, month, 1), date.fromordinal(following.toordinal() - 1)
        day = date(year, month, int(parts[2]))
        return day, day
    except (ValueError, IndexError):
        return None


def load_gold(path: Path) -> dict[str, GoldStory]:
    """The stories of a gold file, keyed by file name; GoldError for anything unusable."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    stories = raw.get("stories") if isinstance(raw, dict) else None
    if not isinstance(stories, dict) or not stories:
        raise GoldError(f'{path}: no "stories" object mapping file names to stories')
    return {name: _story(path, name, s) for name, s in stories.items()}


def _story(path: Path, name: str, raw: Any) -> GoldStory:
    where = f"{path}: story {name!r}"
    if not isinstance(raw, dict):
        raise GoldError(f"{where}: must be an object")
    events = raw.get("events")
    if not isinstance(events, list):
        raise GoldError(f'{where}: "events" must be a list (empty for a noise page)')
    forbidden = raw.get("forbidden", [])
    if not isinstance(forbidden, list):
        raise GoldError(f'{where}: "forbidden" must be a list')
    published = raw.get("published")
    if published is not None and interval(published) is None:
        raise GoldError(f'{where}: "published" {published!r} is not a YYYY-MM-DD date')
    story = GoldStory(
        name=name,
        url=_text(where, raw, "url"),
        title=_text(where, raw, "title"),
        published=str(published)[:10] if published else None,
        noise=bool(raw.get("noise", False)),
        events=[_entry(where, i, e, forbidden=False) for i, e in enumerate(events)],
        forbidden=[_entry(where, i, e, forbidden=True) for i, e in enumerate(forbidden)],
    )
    if not story.url and not story.title:
        raise GoldError(f'{where}: needs a "url" or a "title" to find its article')
    return story


def _text(where: str, raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is not None and not isinstance(value, str):
        raise GoldError(f"{where}: {key!r} must be a string")
    return value.strip() if value else None


def _entry(where: str, i: int, raw: Any, *, forbidden: bool) -> GoldEntry:
    kind = "forbidden" if forbidden else "event"
    if not isinstance(raw, dict):
        raise GoldError(f"{where}: {kind} {i + 1} must be an object")
    ident = str(raw.get("id") or f"{kind}{i + 1}")
    where = f"{where}, {kind} {ident!r}"
    types = raw.get("types")
    if not isinstance(types, list) or not types:
        raise GoldError(f'{where}: "types" must be a non-empty list of PLOVER types')
    bad = [t for t in types if t not in PLOVER_TYPES]
    if bad:
        raise GoldError(f"{where}: {bad[0]!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
    if not forbidden and not isinstance(raw.get("required"), bool):
        raise GoldError(f'{where}: "required" must be true or false')
    modality = raw.get("modality")
    if modality is not None:
        if not isinstance(modality, list) or not set(modality) <= GOLD_MODALITIES:
            raise GoldError(
                f'{where}: "modality" must be a list of {", ".join(sorted(GOLD_MODALITIES))}'
            )
        modality = frozenset(modality)
    inside = window = None
    if "date" in raw:
        inside = _date(where, raw, "date")
    elif "date_from" in raw or "date_to" in raw:
        lo = _date(where, raw, "date_from") if "date_from" in raw else interval("1900")
        hi = _date(where, raw, "date_to") if "date_to" in raw else interval("2100")
        assert lo is not None and hi is not None
        window = (lo[0], hi[1])
    return GoldEntry(
        id=ident,
        types=frozenset(types),
        actor=_codes(where, raw, "actor"),
        recipient=_codes(where, raw, "recipient"),
        symmetric=bool(raw.get("symmetric", False)),
        modality=modality,
        inside=inside,
        window=window,
        required=bool(raw.get("required", False)),
    )


def _date(where: str, raw: dict[str, Any], key: str) -> Interval:
    value = raw.get(key)
    found = interval(value) if isinstance(value, str) and _DATE.match(value) else None
    if found is None:
        raise GoldError(f"{where}: {key!r} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return found


def _codes(where: str, raw: dict[str, Any], key: str) -> frozenset[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(c, str) for c in value):
        raise GoldError(f'{where}: "{key}" must be a list of country codes such as ["USA"]')
    return frozenset(c.strip().upper() for c in value if c.strip())
