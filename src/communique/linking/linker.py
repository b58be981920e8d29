"""Incremental linking: new mentions join existing events or found new ones.

Each new mention, taken in a canonical order (story publication date, story id, sentence,
mention id), is compared with the mentions of every candidate event: events already
stored and events founded earlier in the same batch. It joins the event where its best
comparison scores highest, provided no mention of that event vetoes it (complete-link
vetoes keep chains such as day 3 - month - day 5 from forming); otherwise it founds a new
event whose id comes from its own mention id. Events are never merged or split later, so
an event keeps its id for good.

Determinism: the same batches in the same order give the same ids. Within a batch the
result does not depend on the order of the input (the canonical order is used); across
batches it can: a report that would have bridged two events that were already stored
joins one of them instead of merging them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.linking.compare import Comparison, Report, compare
from communique.linking.rules import LinkRules, load_rules


@dataclass
class Link:
    """Where one mention went, and why."""

    mention_id: str
    event_id: str
    score: float | None  # the score against the mention it matched; None for a new event
    matched: str | None  # that mention's id
    reason: str  # readable: "new event" or "joined m... (2.80): same type CONSULT; ..."


@dataclass
class EventState:
    """An event touched by a linking run: its members and representative mention."""

    id: str
    rep_mention_id: str
    is_new: bool
    mention_ids: list[str]


@dataclass
class Linking:
    links: list[Link]  # one per new report, in the order given
    events: list[EventState]  # events founded or joined in this run, by id

    def event_ids(self) -> list[str]:
        return [lk.event_id for lk in self.links]


def event_id_for(mention_id: str) -> str:
    """A new event's id: its founding mention's id with the prefix 'e'."""
    return "e" + mention_id[1:]


def completeness(r: Report) -> int:
    """How much a mention says about its happening (who, to whom, when, where, asserted)."""
    m = r.mention
    return (
        bool(r.actors)
        + bool(r.recipients)
        + (r.precision == "day")
        + r.explicit
        + bool(m.location and m.location.source == "text")
        + (m.modality == "asserted")
    )


def representative(members: Iterable[Report]) -> Report:
    """The mention that stands for the event: the most complete, then most confident,
    then earliest reported. Depends on the members only, not on the order they came in."""
    return min(
        members,
        key=lambda r: (-completeness(r), -round(float(r.mention.confidence), 3), *r.sort_key()),
    )


class _Index:
    """Events by type, by participant and by story, to find candidates fast."""

    def __init__(self) -> None:
        self.members: dict[str, list[Report]] = {}
        self.by_type: dict[str, set[str]] = defaultdict(set)
        self.by_key: dict[str, set[str]] = defaultdict(set)
        self.by_article: dict[str, set[str]] = defaultdict(set)

    def add(self, event_id: str, r: Report) -> None:
        self.members.setdefault(event_id, []).append(r)
        self.by_type[r.mention.event_type].add(event_id)
        for k in r.everyone:
            self.by_key[k].add(event_id)
        self.by_article[r.mention.article_id].add(event_id)

    def candidates(self, r: Report, rules: LinkRules) -> list[str]:
        typed: set[str] = set()
        for t in rules.family(r.mention.event_type):
            typed |= self.by_type.get(t, set())
        near = set(self.by_article.get(r.mention.article_id, set()))
        for k in r.everyone:
            near |= self.by_key.get(k, set())
        return sorted(typed & near)


def _best_against(
    r: Report, members: list[Report], rules: LinkRules
) -> tuple[Comparison, Report] | None:
    """The best comparison of ``r`` with an event's mentions; None if any of them vetoes."""
    best: tuple[Comparison, Report] | None = None
    for other in members:
        c = compare(r, other, rules)
        if c.veto:
            return None
        if best is None or c.score > best[0].score:
            best = (c, other)
    return best


def link_reports(
    new: Sequence[Report], existing: Sequence[Report] = (), rules: LinkRules | None = None
) -> Linking:
    """Link ``new`` reports to the events of ``existing`` ones (which carry ``event_id``)
    and to each other. Returns one ``Link`` per new report and the events touched; each
    new report's ``event_id`` is set too."""
    rules = rules or load_rules()
    index = _Index()
    for r in sorted(existing, key=Report.sort_key):
        if r.event_id is None:
            raise ValueError(f"existing mention {r.id} has no event_id")
        index.add(r.event_id, r)
    stored = set(index.members)
    links: dict[str, Link] = {}
    touched: set[str] = set()
    for r in sorted(new, key=Report.sort_key):
        if r.id in links:
            continue
        pick: tuple[float, str, Comparison, Report] | None = None
        for eid in index.candidates(r, rules):
            got = _best_against(r, index.members[eid], rules)
            if got is None or got[0].score < rules.threshold:
                continue
            c, other = got
            if pick is None or c.score > pick[0]:  # ties: the smallest event id
                pick = (c.score, eid, c, other)
        if pick is None:
            eid = event_id_for(r.id)
            links[r.id] = Link(r.id, eid, None, None, "new event")
        else:
            score, eid, c, other = pick
            links[r.id] = Link(
                r.id, eid, round(score, 3), other.id,
                f"joined {other.id} ({score:.2f}): " + "; ".join(c.reasons),
            )  # fmt: skip
        r.event_id = eid
        index.add(eid, r)
        touched.add(eid)
    events = []
    for eid in sorted(touched):
        members = index.members[eid]
        events.append(
            EventState(
                eid,
                representative(members).id,
                eid not in stored,
                sorted(m.id for m in members),
            )
        )
    return Linking([links[r.id] for r in new], events)
