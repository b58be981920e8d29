"""The PLOVER cooperation–conflict scale (data/relations/plover_scale.tsv) and score rules.

Each PLOVER type scores +1 (cooperative), −1 (conflictual) or 0 (REQUEST: appeals and
demands share it). Goldstein scores come with each event from the CAMEO code.

Scores count only **asserted** events by default: a planned visit (future), a denied attack
(negated), a hypothetical or a claim someone else made is not something that happened, so it
is counted (in ``events``) but not scored. Pass ``include_unasserted=True`` (CLI
``--include-unasserted``, API ``include_unasserted=true``) to score every modality.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

SCORED_BY_DEFAULT = ("asserted",)


@cache
def plover_scale() -> dict[str, int]:
    """PLOVER type -> +1 / 0 / −1."""
    text = (
        resources.files("communique")
        .joinpath("data/relations/plover_scale.tsv")
        .read_text(encoding="utf-8")
    )
    out: dict[str, int] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("event_type\t"):
            continue
        etype, score, *_ = line.split("\t")
        out[etype.strip()] = int(score)
    return out


def plover_score(event_type: str | None) -> int:
    return plover_scale().get((event_type or "").upper(), 0)


def is_scored(modality: str | None, include_unasserted: bool) -> bool:
    """Whether an event with this modality counts in score sums and means."""
    return include_unasserted or (modality or "asserted") in SCORED_BY_DEFAULT
