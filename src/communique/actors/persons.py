"""Persons: the bundled office-holder knowledge base and the people a story introduces.

Policy for office holders (documented for users): a name in data/actors/leaders.tsv resolves to the
country and sector of the term covering the story date. A person mentioned outside every term they
held keeps the country of their nearest term with sector ``ELI`` (CAMEO's "elites": former
officials and other prominent people), so "former president X" is not coded as the government.
Without a story date the latest term is used. A bare surname ("Khan") matches an office holder
only while they are in office on the story date. A term that was still open when its converted
source was made (leaders_phoenix.tsv, to 2014-01-30) says nothing about later dates: after it
the person keeps the country and gets no sector from the knowledge base (a title in the text,
"Foreign Minister X", gives it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from communique.actors.leaders import OfficeTerm, holder_on, terms
from communique.actors.lexicon import norm
from communique.model import Actor


def name_key(text: str) -> str:
    """A person's name as compared: normalised, hyphens without spaces ("Diaz - Canel")."""
    return re.sub(r"\s*-\s*", "-", " ".join(norm(text).split())).strip(" ,.")


def name_keys(full: str) -> list[str]:
    """Keys a later mention may use: full name, surname, two-word surname, first + last."""
    words = name_key(full).split()
    keys = [" ".join(words)]
    if len(words) >= 2:
        keys.append(words[-1])
        keys.append(" ".join((words[0], words[-1])))
    if len(words) >= 3:
        keys.append(" ".join(words[-2:]))
    return keys


def kb_actor(text: str, when: date | None) -> tuple[Actor, str] | None:
    """The knowledge-base reading of a name, with the rule in words; None when unknown."""
    key = name_key(text)
    found = terms(key)
    if not found:
        return None
    term = holder_on(key, when)
    if term is not None:
        rule = f"known {term.office.replace('_', ' ')} of {term.country}"
        if when:
            rule += f" on {when.isoformat()}"
        return _actor(text, term, term.sector), rule + f" ({term.source})"
    assert when is not None
    if len(key.split()) == 1 and len(found) > 0 and name_key(found[0].name) != key:
        return None  # a bare surname out of office is more likely someone else of that name
    nearest = min(found, key=lambda t: _distance(t, when))
    if nearest.open_end and nearest.end is not None and when > nearest.end:
        # in office when the converted source was made: whether they still are, it cannot say,
        # so the country stands and the sector is left to the text ("Foreign Minister X")
        rule = (
            f"known {nearest.office.replace('_', ' ')} of {nearest.country} until its source "
            f"ended on {nearest.end.isoformat()}; later office unknown ({nearest.source})"
        )
        return _actor(text, nearest, None), rule
    rule = f"known former {nearest.office.replace('_', ' ')} of {nearest.country}, not in office on {when.isoformat()} -> ELI"
    return _actor(text, nearest, "ELI"), rule


def _distance(term: OfficeTerm, day: date) -> int:
    if day < term.start:
        return (term.start - day).days
    end = term.end or day
    return max(0, (day - end).days)


def _actor(text: str, term: OfficeTerm, sector: str | None) -> Actor:
    return Actor(text=text, name=term.name, country=term.country, sector=sector)


# countries whose names the English-language press writes family name first, and shortens to
# it on later mention ("Xi Jinping ... Xi", "Moon Jae-in ... Moon", "Lee Hsien Loong ... Lee")
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP"})


@dataclass
class PersonRegistry:
    """People the story has introduced ("Russian Foreign Minister Serguei Lavrov"), by name key."""

    by_key: dict[str, tuple[Actor, str]] = field(default_factory=dict)

    def register(self, full_name: str, actor: Actor, rule: str) -> None:
        keys = name_keys(full_name)
        words = name_key(full_name).split()
        if actor.country in FAMILY_NAME_FIRST and 2 <= len(words) <= 3:
            keys.append(words[0])  # "Qin Gang ... Qin", "Moon Jae-in ... Moon"
        for key in keys:
            if key not in self.by_key or key == name_key(full_name):
                self.by_key[key] = (actor, rule)

    def lookup(self, text: str) -> tuple[Actor, str] | None:
        return self.by_key.get(name_key(text))

    def of_country(self, country: str) -> tuple[Actor, str] | None:
        """The most recently registered person of a country."""
        for actor, rule in reversed(list(self.by_key.values())):
            if actor.country == country:
                return actor, rule
        return None
