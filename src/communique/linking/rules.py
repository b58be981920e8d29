"""The linking rule, read from data/linking/: weights, windows, type compatibility."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any


def _tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("communique").joinpath(f"data/linking/{name}").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _strip_notes(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


@dataclass(frozen=True, eq=False)  # hashed by identity, so methods can be cached
class LinkRules:
    """Everything the linker weighs; see data/linking/rules.json for what each number means."""

    threshold: float
    type: dict[str, float]
    participants: dict[str, float]
    date: dict[str, float]
    place: dict[str, float]
    story: dict[str, float]
    modality_groups: dict[str, str]
    directed: dict[tuple[str, str], bool] = field(default_factory=dict)  # (type, cameo prefix)
    compatible: dict[frozenset[str], float] = field(default_factory=dict)

    @lru_cache(maxsize=4096)  # noqa: B019  (rules live as long as the process)
    def is_directed(self, event_type: str, cameo: str | None) -> bool:
        """Do actor and recipient roles tell two happenings of this type apart?"""
        best: tuple[int, bool] = (-1, True)
        for (t, prefix), directed in self.directed.items():
            if t != event_type:
                continue
            if prefix == "*":
                n = 0
            elif cameo and cameo.startswith(prefix):
                n = len(prefix)
            else:
                continue
            if n > best[0]:
                best = (n, directed)
        return best[1]

    def type_score(self, a: str, b: str) -> float | None:
        """Score of two types for one happening, None when they cannot be one."""
        if a == b:
            return self.type["same"]
        return self.compatible.get(frozenset((a, b)))

    @lru_cache(maxsize=64)  # noqa: B019
    def family(self, event_type: str) -> frozenset[str]:
        """The types a mention of ``event_type`` may be linked with (itself included)."""
        out = {event_type}
        for pair in self.compatible:
            if event_type in pair:
                out |= pair
        return frozenset(out)

    def modality_group(self, modality: str) -> str:
        return self.modality_groups.get(modality, modality)


@lru_cache(maxsize=1)
def load_rules() -> LinkRules:
    """The packaged rule (cached)."""
    raw = json.loads(
        resources.files("communique").joinpath("data/linking/rules.json").read_text("utf-8")
    )
    directed = {
        (r["event_type"], r["cameo"]): r["directed"].strip().lower() == "yes"
        for r in _tsv("types.tsv")
    }
    compatible = {
        frozenset((r["type_a"], r["type_b"])): float(r["score"])
        for r in _tsv("compatible_types.tsv")
    }
    return LinkRules(
        threshold=float(raw["threshold"]),
        type=_strip_notes(raw["type"]),
        participants=_strip_notes(raw["participants"]),
        date=_strip_notes(raw["date"]),
        place=_strip_notes(raw["place"]),
        story=_strip_notes(raw["story"]),
        modality_groups=_strip_notes(raw["modality_groups"]),
        directed=directed,
        compatible=compatible,
    )
