"""A fact check that rates a claim false: what the claim says happened is no event.

A fact-check page (its text says "fact check" or sets out a "Rating:" / "Verdict:" label) whose
ruling is false ("Rating: False", "the claim is false", "we rate this claim misleading", "This is
fabricated") tells the claim it checks as a claim: an event the coder reads as claimed there
("posts say that X expelled Y") is the claim rated false, not a claim of the news, and is
dropped (rule ``filter.false_claim``), and so is a telling read as done of an act the page
tells as claimed or denies ("Fact check: X did not expel Y ... posts say X expelled Y", the
model not reading "posts" as the subject of "say"): the same event type by the same states. Words: vocabulary.tsv ``fact_check_markers``, ``rating_labels``, ``false_rating_words``,
``checked_claim_nouns``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communique.coding.rules import explain
from communique.model import Dropped, Mention
from communique.vocabulary import words


def _alt(name: str) -> str:
    return "|".join(
        sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words(name)), key=len, reverse=True)
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]:
    false = _alt("false_rating_words")
    marker = re.compile(
        rf"\b(?:{_alt('fact_check_markers')})\b|\b(?:{_alt('rating_labels')})\s*:", re.IGNORECASE
    )
    rulings = (
        # "Rating: False", "Our verdict: mostly false", "Verdict - Misleading"
        re.compile(
            rf"\b(?:{_alt('rating_labels')})\s*[:\-\u2013\u2014]\s*(?:[a-z]+\s+){{0,2}}(?:{false})\b",
            re.IGNORECASE,
        ),
        # "The claim is false", "these posts are misleading", "the video has been doctored"
        re.compile(
            rf"\b(?:{_alt('checked_claim_nouns')})\b[^.;]{{0,80}}?\b(?:is|are|was|were|has\s+been|"
            rf"have\s+been)\s+(?:\w+\s+)?(?:{false})\b",
            re.IGNORECASE,
        ),
        # "We rate this claim false", "we rated the posts misleading"
        re.compile(
            rf"\bwe\s+rate[ds]?\s+(?:the|this|these|that|those)\s+\w+\s+(?:as\s+)?(?:{false})\b",
            re.IGNORECASE,
        ),
        # "This is false.", "That is fabricated."
        re.compile(rf"\b(?:this|that)\s+is\s+(?:{false})\b", re.IGNORECASE),
    )
    return marker, rulings


def rates_false(text: str, title: str | None = None) -> str | None:
    """The words by which a fact-check page rates the claim it checks false, or None when the
    page is no fact check or rates no claim false."""
    marker, rulings = _patterns()
    whole = f"{title or ''}\n{text}"
    if marker.search(whole) is None and rulings[2].search(whole) is None:
        return None  # ("we rate this claim false" says it is a fact check by itself)
    for ruling in rulings:
        if (m := ruling.search(whole)) is not None:
            return " ".join(m.group(0).split())
    return None


def _act(m: Mention) -> tuple[str, frozenset[str], frozenset[str]]:
    return (
        m.event_type,
        frozenset(a.country for a in m.actor if a.country),
        frozenset(a.country for a in m.recipient if a.country),
    )


def _same_act(
    one: tuple[str, frozenset[str], frozenset[str]],
    other: tuple[str, frozenset[str], frozenset[str]],
) -> bool:
    """The same type of act by the same states, on the same states or with no target named on
    one side ("X did not meet a cartel leader", "X met a cartel leader")."""
    return (
        one[0] == other[0]
        and bool(one[1])
        and one[1] == other[1]
        and (one[2] == other[2] or not one[2] or not other[2])
    )


def drop_false_claims(
    mentions: list[Mention], rating: str | None, dropped: list[Dropped]
) -> list[Mention]:
    """``mentions`` less the claim a fact check rates false (``rating``, from ``rates_false``):
    the claimed events, and the tellings read as done of an act the page tells as claimed or
    denies ("Fact check: X did not expel Y ... Claim: X has expelled Y"); each one left out is
    added to ``dropped`` (rule filter.false_claim)."""
    if not rating:
        return mentions
    checked = [_act(m) for m in mentions if m.modality in ("claimed", "negated")]
    kept: list[Mention] = []
    for m in mentions:
        act = _act(m)
        if m.modality == "claimed" or (
            m.modality == "asserted" and any(_same_act(act, c) for c in checked)
        ):
            why = explain("filter.false_claim", word=m.evidence.trigger, rating=rating)
            dropped.append(Dropped.of(m, "filter.false_claim", why))
            continue
        kept.append(m)
    return kept
