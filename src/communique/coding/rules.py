"""The coder's rule registry: every rule has a stable id, and its explanation is made from the id.

The rules are listed, with what each does and an example written for the project, in
``communique/data/coding/rules.tsv`` (the reference in ``data/coding/README.md`` is made from
it). Code names a rule by its id (``rule("actor.nsubj")`` checks at import time that the id is
registered) and never reads explanation text back: an explanation is the rule's template
filled with its slots, followed by the id in brackets, so a reader goes from an event's
explanation to its rule in one step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from communique.coding.lexicon import DATA_DIR, read_tsv

STAGES = (
    "trigger",  # which words name an event
    "filter",  # triggers that are no event of their own (content, aims, idioms)
    "actor",  # who did it: parse patterns and functions over the parse
    "recipient",  # to whom
    "resolve",  # from argument words to actors (references, groups, fall-backs)
    "recode",  # a CAMEO code other than the lexicon's, from the context
    "modality",  # asserted, future, hypothetical, negated, claimed
    "date",  # the event's own date
    "mention",  # which words name an actor (the actor finder)
    "link",  # which coded mentions are one event (communique.linking vetoes)
    "confidence",  # how likely the event is to be right (coding.calibration)
)


@dataclass(frozen=True)
class Rule:
    id: str
    stage: str
    template: str  # explanation text, with {slots}
    summary: str  # what the rule does
    example: str  # a sentence written for the project, the rule's words in *stars*


@lru_cache(maxsize=1)
def registry() -> dict[str, Rule]:
    out: dict[str, Rule] = {}
    for row in read_tsv(DATA_DIR / "rules.tsv"):
        if row["id"] in out:
            raise ValueError(f"rules.tsv: rule id {row['id']!r} is listed twice")
        if row["stage"] not in STAGES:
            raise ValueError(f"rules.tsv: rule {row['id']!r} has unknown stage {row['stage']!r}")
        out[row["id"]] = Rule(
            row["id"], row["stage"], row["template"], row["summary"], row["example"]
        )
    return out


def rule(rule_id: str) -> str:
    """``rule_id``, after checking that it is registered (use at module level)."""
    if rule_id not in registry():
        raise KeyError(f"rule {rule_id!r} is not listed in data/coding/rules.tsv")
    return rule_id


def explain(rule_id: str, /, **slots: object) -> str:
    """The rule's explanation: its template with ``slots`` filled in, then ``[rule_id]``."""
    template = registry()[rule_id].template
    return f"{template.format(**slots)} [{rule_id}]" if template else f"[{rule_id}]"


@dataclass(frozen=True)
class Because:
    """One applied rule with its slots: a piece of an explanation."""

    rule: str
    slots: tuple[tuple[str, str], ...] = field(default=())

    @classmethod
    def of(cls, rule_id: str, /, **slots: object) -> Because:
        return cls(rule(rule_id), tuple((k, str(v)) for k, v in slots.items()))

    def text(self) -> str:
        return explain(self.rule, **dict(self.slots))

    def slots_dict(self) -> dict[str, str]:
        return dict(self.slots)

    @property
    def stage(self) -> str:
        return registry()[self.rule].stage
