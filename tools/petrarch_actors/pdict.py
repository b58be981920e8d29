"""Reading the PETRARCH-2 ``.actors.txt`` format (our own parser of the documented format).

An entry is a line ``NAME_ [CODE]`` (code optional), followed by ``+ALIAS_`` lines and by
tab-indented ``[CODE DATE-DATE]`` restrictions; ``#`` starts a comment. Words are joined by
``_``; dates are YYMMDD or YYYYMMDD with ``>`` (from), ``<`` (until) or ``A-B``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

SOURCE_REPO = "openeventdata/petrarch2"
SOURCE_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"
SOURCE_DIR = "petrarch2/data/dictionaries"
DEFAULT_DIR = Path(__file__).resolve().parents[3] / "shared" / "reference" / "petrarch2"

_CODE = re.compile(r"\[([^\]]*)\]")


@dataclass
class Restriction:
    code: str
    start: date | None = None  # None: open (or undated)
    end: date | None = None
    dated: bool = False


@dataclass
class ActorEntry:
    names: list[str]  # primary first, then the + aliases; words joined by single spaces
    codes: list[Restriction] = field(default_factory=list)
    comment: str = ""


def phrase(raw: str) -> str:
    """``ADEN_ABYAN_ISLAMIC_ARMY_`` -> ``ADEN ABYAN ISLAMIC ARMY`` (gaps also become spaces)."""
    return " ".join(raw.replace("_", " ").split())


def parse_date(s: str, pivot: int = 14) -> date | None:
    """YYMMDD (two-digit years up to ``pivot`` are 20YY, the rest 19YY) or YYYYMMDD."""
    import calendar

    if len(s) == 6:
        yy = int(s[:2])
        y = 2000 + yy if yy <= pivot else 1900 + yy
        m, d = int(s[2:4]), int(s[4:6])
    elif len(s) == 8:
        y, m, d = int(s[:4]), int(s[4:6]), int(s[6:8])
    else:
        return None
    if not 1 <= m <= 12:
        return None
    d = min(max(d, 1), calendar.monthrange(y, m)[1])
    return date(y, m, d)


def restriction(body: str) -> Restriction | None:
    parts = body.split()
    if not parts:
        return None
    code = parts[0]
    if len(parts) == 1:
        return Restriction(code)
    when = "".join(parts[1:])
    if when.startswith(">"):
        start = parse_date(when[1:])
        return Restriction(code, start, None, True) if start else None
    if when.startswith("<"):
        end = parse_date(when[1:])
        return Restriction(code, None, end, True) if end else None
    a, _, b = when.partition("-")
    start, end = parse_date(a), parse_date(b)
    if start is None or end is None:
        return None
    return Restriction(code, start, end, True)


def read_entries(path: Path) -> list[ActorEntry]:
    """Every entry of an ``.actors.txt`` file, in file order."""
    entries: list[ActorEntry] = []
    cur: ActorEntry | None = None
    for line in path.read_text("utf-8", errors="replace").splitlines():
        text, _, comment = line.partition("#")
        if not text.strip():
            continue
        if line[:1] in ("\t", " ") and text.strip().startswith("["):
            if cur is not None:
                cur.codes += [r for r in map(restriction, _CODE.findall(text)) if r]
            continue
        stripped = text.strip()
        if stripped.startswith("+"):
            if cur is not None:
                name = phrase(_CODE.sub("", stripped[1:]))
                if name:
                    cur.names.append(name)
                cur.codes += [r for r in map(restriction, _CODE.findall(stripped)) if r]
            continue
        name = phrase(_CODE.sub("", stripped))
        cur = ActorEntry([name] if name else [], comment=comment.strip())
        cur.codes += [r for r in map(restriction, _CODE.findall(stripped)) if r]
        entries.append(cur)
    return [e for e in entries if e.names]


def current_code(entry: ActorEntry) -> str | None:
    """The code an organisation carries now: the undated default, else the latest dated one."""
    undated = [r.code for r in entry.codes if not r.dated and r.code not in ("---", "")]
    if undated:
        return undated[0]
    dated = [r for r in entry.codes if r.code not in ("---", "")]
    if not dated:
        return None
    return max(dated, key=lambda r: (r.end or date.max, r.start or date.min)).code
