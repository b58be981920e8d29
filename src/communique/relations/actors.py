"""Actor keys: a country (``CUB``) or a country plus sector code (``CUBGOV``).

A three-letter key matches an event side whose actors include that country (ISO 3166
alpha-3, or UNO / EUR / IGO / NGO / MNC / IMG); a longer key matches the exact CAMEO-style code
(``CUBGOV`` matches Cuba's government, not its people).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_KEY = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
SPECIAL_NAMES = {
    "UNO": "United Nations",
    "EUR": "European Union",
    "IGO": "Intergovernmental organisations",
    "NGO": "Non-governmental organisations",
    "MNC": "Multinational corporations",
    "IMG": "International militarised groups",
}
SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "LEG": "legislature", "JUD": "judiciary",
    "COP": "police", "SPY": "intelligence", "OPP": "opposition", "REB": "rebels",
    "CVL": "civilians", "BUS": "business", "MED": "media", "UNO": "UN", "ELI": "elites",
    "EDU": "education", "HLH": "health", "LAB": "labour", "REF": "refugees", "IGO": "IGO",
    "NGO": "NGO", "RAD": "radicals", "CRM": "criminals", "REL": "religious", "PTY": "party",
    "UAF": "armed gangs", "HRI": "human rights", "ENV": "environment",
}  # fmt: skip


class BadActorKey(ValueError):
    """An actor key that is not a country or country+sector code."""


@dataclass(frozen=True)
class ActorKey:
    code: str

    @classmethod
    def parse(cls, text: str) -> ActorKey:
        code = (text or "").strip().upper()
        if not _KEY.match(code):
            raise BadActorKey(
                f"{text!r} is not an actor code: use a country code such as CUB, or a country "
                "plus sector such as CUBGOV"
            )
        return cls(code)

    @property
    def is_country(self) -> bool:
        return len(self.code) == 3

    def column(self, side: str, m: str = "m") -> str:
        """The mention list column this key is looked up in, for side 'actor' or 'recipient'."""
        return f"{m}.{side}_countries" if self.is_country else f"{m}.{side}_codes"

    def on(self, side: str, m: str = "m") -> str:
        """SQL test (one ? parameter: the code) that this key is on the given side."""
        return f"list_contains({self.column(side, m)}, ?)"

    def matches(self, countries: list[str], codes: list[str]) -> bool:
        return self.code in (countries if self.is_country else codes)

    @property
    def name(self) -> str:
        return actor_name(self.code)


@cache
def country_name(code: str) -> str | None:
    if code in SPECIAL_NAMES:
        return SPECIAL_NAMES[code]
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
    except (ImportError, LookupError, KeyError):
        return None
    return getattr(c, "common_name", None) or (c.name if c else None)


def actor_name(code: str) -> str:
    """A readable name for a code: 'Cuba', 'Cuba: government'."""
    code = code.upper()
    country = country_name(code[:3]) or code[:3]
    if len(code) == 3:
        return country
    sector = code[3:]
    return f"{country}: {SECTOR_NAMES.get(sector, sector)}"
