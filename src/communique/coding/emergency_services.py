"""Emergency services of two states helping each other are no acts of those states.

Rescuers, firefighters, paramedics, mountain guides and ambulance or lifeboat crews are no
political actors: an Italian rescue team asking a Swiss helicopter crew for help, the crew
lifting climbers off a ridge, or thanks to colleagues across the border are no request,
concession, aid or support between Italy and Switzerland (rule ``filter.emergency_service``).
The words are in ``data/actors/emergency_services.tsv``. Only cooperative and diplomatic types
are set aside (a strike or protest of firefighters stays an event), only when every doer is a
service and no recipient is a state organ named by other words than a service's, and never in
a sentence that makes it an act of state ("the government sent rescuers", "army units").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from communique.datafiles import read_tsv

PATH = resources.files("communique") / "data" / "actors" / "emergency_services.tsv"
# the types of help, requests and diplomacy a service's work is mistaken for
COOPERATIVE = frozenset(
    {"AID", "SUPPORT", "REQUEST", "CONCEDE", "COOPERATE", "CONSULT", "AGREE", "RETREAT"}
)
_NEEDS_MODIFIER = frozenset({"guide", "guides"})  # a *mountain* guide, not a tour guide
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


@dataclass(frozen=True)
class ServiceWords:
    head: frozenset[str]
    modifier: frozenset[str]
    unit: frozenset[str]
    state: frozenset[str]


@lru_cache(maxsize=1)
def service_words() -> ServiceWords:
    kinds: dict[str, set[str]] = {"head": set(), "modifier": set(), "unit": set(), "state": set()}
    for row in read_tsv(PATH):
        if row["kind"] not in kinds:
            raise ValueError(f"emergency_services.tsv: unknown kind {row['kind']!r}")
        kinds[row["kind"]].add(row["word"].strip().lower())
    return ServiceWords(*(frozenset(kinds[k]) for k in ("head", "modifier", "unit", "state")))


def _modified(tok: Token) -> bool:
    words = service_words()
    return any(c.dep_ in _MODIFIER_DEPS and c.lower_ in words.modifier for c in tok.children)


def is_service(tok: Token) -> bool:
    """``tok`` names an emergency service or its people ("rescuers", "the rescue crew", "a crew
    *with a rescuer*", "mountain guides")."""
    words = service_words()
    low = tok.lower_
    if low in words.head:
        return low not in _NEEDS_MODIFIER or _modified(tok)
    if low in words.unit:
        if _modified(tok):
            return True
        for prep in tok.children:  # "a helicopter crew with a paramedic aboard"
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "with"
                and any(p.dep_ == "pobj" and p.lower_ in words.head for p in prep.children)
            ):
                return True
    return False


def service_help(plover: str, doers: list[Token], recipients: list, sent: Span) -> str | None:
    """The doer's words when a service's help or thanks would be read as an act of state."""
    if plover not in COOPERATIVE or not doers:
        return None
    if not all(is_service(d) for d in doers):
        return None
    words = service_words()
    if any(t.lower_ in words.state for t in sent):
        return None  # "rescuers sent by the government": an act of state
    for actor in recipients:
        text = actor.text.lower().split()
        if actor.sector and not any(w in words.head or w in words.unit for w in text):
            return None  # a state organ as recipient: "rescuers asked the ministry"
    return doers[0].text
