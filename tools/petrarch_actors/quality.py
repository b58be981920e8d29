"""Quality filters and re-casing shared by the converters.

The rules (each dropped entry is counted under its rule's name in the generated file's header):

- ``common-word``: a one-word entry that is a common English word (wordfreq Zipf frequency at
  or above a threshold) is dropped: read in lower case it is usually not the actor ("boss",
  "native", "authority"; a company called "Target"), and news headlines capitalise every word.
- ``acronym-word``: a one-word acronym that spells an English word ("CARE", "AIM", "WHO") or has
  fewer than ``MIN_ACRONYM`` letters is dropped; acronyms match only in capitals.
- ``short``: entries of fewer than four letters in all.
- ``model-number``: designations with digits or slashes (weapon and aircraft models).
- ``mojibake``: entries with broken encoding.
- ``date``: an entry that is only a date, a month and a day number in either order ("May 15",
  "17 November"): in news it is nearly always the date, not the group named after it; the full
  names ("Revolutionary Organization 17 November") stay.
- ``excluded``: the small hand list in ``EXCLUDED`` (each with its reason).

wordfreq (``pip install wordfreq==3.1.1``) is needed to run the converter, not to use the data.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache


def words_of(text: str) -> frozenset[str]:
    """The set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


COMMON_ZIPF = 4.5  # one-word role words: at or above this they are everyday words
NAME_ZIPF = 4.0  # one-word organisation names: at or above this they are English words
MIN_ACRONYM = 3

# CAMEO primary and role codes communique uses as sectors; religion codes become REL.
SECTORS = words_of(
    "GOV MIL LEG JUD COP SPY REB OPP BUS MED CVL REF LAB AGR HLH ELI EDU REL CRM UAF RAD "
    "HRI ENV DEV PTY SET IGO NGO MNC"
)
RELIGIONS = words_of("MUS CHR BUD HIN JEW CTH PRO SHI SUN ORT CPT JAN SIK ZRO")
SMALL = words_of("of the for and on in at to de du la le des del da di al el van von")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), "en")


def broken(text: str) -> bool:
    return "\ufffd" in text or "Ã" in text or "Â" in text


def letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def recase_word(word: str, first: bool) -> str:
    """An upper-case dictionary word as the press writes it: a known English word or a long
    word title-cased, function words lower-cased, a short non-word kept as an acronym."""
    low = word.lower()
    if not first and low in SMALL:
        return low
    bare = re.sub(r"[^A-Za-z]", "", word)
    if "." in word and len(bare) <= 3:
        return word  # "U.N.", "U.S."
    if bare and len(bare) <= 5 and zipf(bare) < 3.0:
        return word  # "ICRC", "UNHCR", "ETA"
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def recase(text: str) -> str:
    words = text.split()
    out = [recase_word(w, i == 0) for i, w in enumerate(words)]
    return " ".join(out).replace(" 'S", "'s").replace("'S ", "'s ")


def is_acronym(word: str) -> bool:
    bare = word.replace(".", "")
    return bare.isalpha() and bare.isupper() and len(bare) <= 6


MONTHS = frozenset(calendar.month_name[1:]) | {m.lower() for m in calendar.month_name[1:]}


def date_shaped(text: str) -> bool:
    """'May 15', '17 November': a month and a day number, nothing else."""
    words = text.lower().split()
    return (
        len(words) == 2
        and sum(w in MONTHS for w in words) == 1
        and sum(w.isdigit() and 1 <= int(w) <= 31 for w in words) == 1
    )


def name_rule(text: str) -> str | None:
    """Why an organisation name (re-cased) is dropped, or None to keep it."""
    if broken(text):
        return "mojibake"
    if date_shaped(text):
        return "date"
    if letters(text) < 3:
        return "short"
    words = text.split()
    if len(words) == 1:
        w = words[0]
        if is_acronym(w):
            if len(w.replace(".", "")) < MIN_ACRONYM or zipf(w) >= NAME_ZIPF:
                return "acronym-word"
        elif zipf(w) >= NAME_ZIPF:
            return "common-word"
    return None


def split_code(code: str) -> list[str]:
    """A CAMEO code in three-letter parts ("IGOUNOKID" -> ["IGO", "UNO", "KID"])."""
    code = code.strip("~")
    return [code[i : i + 3] for i in range(0, len(code), 3)]


def sector_of(parts: list[str]) -> str | None:
    """The first part that is a sector; GOV followed by MIL/COP/SPY/JUD gives the latter (the
    defence ministry is MIL); a religion code gives REL."""
    for k, p in enumerate(parts):
        if p in SECTORS and p not in ("IGO", "NGO", "MNC"):
            if p == "GOV" and k + 1 < len(parts) and parts[k + 1] in ("MIL", "COP", "SPY", "JUD"):
                return parts[k + 1]
            return p
        if p in RELIGIONS:
            return "REL"
    return None
