"""ActorSpan: one actor mention in a parsed Doc, with the rule that resolved it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from communique.model import Actor
from communique.vocabulary import words

KINDS: tuple[str, ...] = ("country", "person", "body", "role", "group", "reference")
# the rule id of a span whose adjective shares the role noun after it ("X *and* Y ministers")
SHARED_ROLE = "mention.shared_role"
NON_STATE = words("non_state_codes")
# international bodies and NGOs: the codes of a party that speaks on a dispute or observes a
# vote without being a state (UN organs, the EU, other IGOs, NGOs)
BODY_AND_NGO_CODES = frozenset({"UNO", "EUR", "IGO", "NGO"})


def compound_head(tok: Token) -> Token:
    """The noun a compound modifier helps name ("*Geneva* talks" -> "talks", "*Saudi* Arabia"
    -> "Arabia"): up the compound links that point to a later word."""
    while tok.dep_ == "compound" and tok.head.i > tok.i:
        tok = tok.head
    return tok


def is_state(code: str | None) -> bool:
    """A state's ISO 3166 alpha-3 code (not UNO, EUR, IGO, IMG, NGO, MNC)."""
    return bool(code) and code not in NON_STATE and len(code) == 3  # type: ignore[arg-type]


@dataclass
class ActorSpan:
    """An actor mention: tokens ``doc[start:end]`` name ``actor``.

    ``kind`` is one of KINDS: "country" (a state by name, adjective or capital), "person",
    "body" (an institution: the UN, the State Duma, the government), "role" (a title without a
    name: "the Cuban president"), "group" (troops, protesters, Russians) or "reference" (a pronoun
    or a description: "he", "the Caribbean country", "the two countries").

    A mention can stand for more than one actor ("the two countries", "both sides"): then ``actor``
    is the first and ``also`` holds the others; ``actors`` gives them all. Code that wants every
    participant should read ``actors``.

    ``is_location`` is True when the mention is the object of a place preposition ("in Moscow",
    "at the Kremlin"): the words name where something happened, not who acted.
    """

    start: int  # token index in the Doc (inclusive)
    end: int  # token index (exclusive)
    actor: Actor
    kind: str
    rule: str  # why it resolved so, in words
    head: int  # token index of the span's syntactic head
    also: list[Actor] = field(default_factory=list)
    is_location: bool = False
    rule_id: str = ""  # the id (data/coding/rules.tsv) of the rule that made the span
    country_guessed: bool = False  # no country named: the story's most frequent one was taken
    country_inferred: bool = False  # no country named: one was taken from the context
    country_from_dateline: bool = False  # ... and that was the dateline's: where it was filed

    @property
    def rule_of_span(self) -> str:
        """The id (rules.tsv) of the rule that made the span: ``mention.<kind>`` unless set."""
        return self.rule_id or f"mention.{self.kind}"

    @property
    def actors(self) -> list[Actor]:
        """Every actor the mention stands for (usually one)."""
        return [self.actor, *self.also]

    def __repr__(self) -> str:
        codes = "+".join(a.code or "?" for a in self.actors)
        loc = " loc" if self.is_location else ""
        return f"ActorSpan({self.start}:{self.end} {self.actor.text!r} {codes} {self.kind}{loc})"
