"""The actor network: who acts on whom, weighted by event count and Goldstein score.

One directed edge per (actor, recipient) pair of codes, at country level (``CUB``) or code
level (``CUBGOV``). An event with two actors and one recipient adds to two edges; events
with no recipient add to no edge (they are counted in ``no_recipient``). Edge and node
figures are those of ``scores`` (the same as every other page): ``out_events`` /
``in_events`` sum a node's drawn edges, ``as_actor`` / ``as_recipient`` are its figures.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from communique.relations.actors import ActorKey, BadActorKey, actor_name
from communique.relations.aggregate import Tally
from communique.relations.scores import ActorTally, iter_relation_rows, links, tally_figures
from communique.relations.units import period_where
from communique.store import Store

LEVELS = ("country", "code")


def network(
    store: Store,
    *,
    level: str = "country",
    date_from: str | None = None,
    date_to: str | None = None,
    event_type: str | None = None,
    actor: str | None = None,
    unit: str = "event",
    include_unasserted: bool = False,
    min_events: int = 1,
    limit: int = 200,
) -> dict[str, Any]:
    """Nodes and weighted directed edges; ``actor`` keeps only edges touching it."""
    if level not in LEVELS:
        raise ValueError(f"'level' must be country or code, not {level!r}")
    where, params = period_where(date_from, date_to)
    if event_type:
        where += " AND m.event_type = ?"
        params.append(event_type.upper())
    focus = ActorKey.parse(actor) if actor else None
    # Two streamed passes, so memory grows with the number of pairs, not of events: the
    # edges are counted, then the kept edges and their ends are scored.
    side = "countries" if level == "country" else "codes"
    counts: Counter[tuple[str, str]] = Counter()
    no_recipient = 0
    for r in iter_relation_rows(store, unit, where, params, include_unasserted):
        if not r[f"recipient_{side}"]:
            no_recipient += 1
        for a, b in links(r, level):
            if not focus or _hit(focus, a) or _hit(focus, b):
                counts[(a, b)] += 1
    kept = sorted(
        ((pair, n) for pair, n in counts.items() if n >= min_events),
        key=lambda kv: (-kv[1], kv[0][0], kv[0][1]),
    )[:limit]
    del counts
    edge_t = {pair: Tally(include_unasserted) for pair, _ in kept}
    ends = {end for pair in edge_t for end in pair}
    node_t: dict[str, ActorTally | None] = {}
    for end in ends:
        try:
            node_t[end] = ActorTally(end, include_unasserted)
        except BadActorKey:  # a code that is not country(+sector): no key to match it by
            node_t[end] = None
    if edge_t:
        for r in iter_relation_rows(store, unit, where, params, include_unasserted):
            for pair in links(r, level):
                if pair in edge_t:
                    edge_t[pair].add(r)
            for end in ends.intersection(_side_codes(r, "actor") + _side_codes(r, "recipient")):
                if (t := node_t[end]) is not None:
                    t.add(r)
    out_edges = []
    for (a, b), t in edge_t.items():
        res = t.result()
        out_edges.append({
            "source": a, "target": b, **tally_figures(t),
            "by_quad": res["by_quad"], "top_type": next(iter(res["by_type"]), None),
        })  # fmt: skip
    nodes: dict[str, dict[str, Any]] = {}
    for e in out_edges:
        for end, key in ((e["source"], "out_events"), (e["target"], "in_events")):
            if end not in nodes:
                t = node_t[end]
                f = t.result() if t else {"as_actor": None, "as_recipient": None}
                nodes[end] = {"id": end, "name": actor_name(end), "out_events": 0,
                              "in_events": 0, "as_actor": f["as_actor"],
                              "as_recipient": f["as_recipient"]}  # fmt: skip
            nodes[end][key] += e["events"]
    node_list = sorted(nodes.values(), key=lambda n: -(n["out_events"] + n["in_events"]))
    return {
        "level": level, "unit": unit, "date_from": date_from, "date_to": date_to,
        "event_type": event_type, "actor": focus.code if focus else None,
        "include_unasserted": include_unasserted, "nodes": node_list, "edges": out_edges,
        "no_recipient": no_recipient,
        "notes": [
            "edge weight: events (count) and goldstein_sum / goldstein_mean "
            + ("(every modality)" if include_unasserted else "(asserted events only)"),
            f"{no_recipient} event(s) with no recipient are not edges",
        ],
    }  # fmt: skip


def _hit(focus: ActorKey, code: str) -> bool:
    return code == focus.code or (focus.is_country and code[:3] == focus.code)


def _side_codes(r: dict[str, Any], side: str) -> list[str]:
    """Every country and code on one side of a row: the node ids it can count for."""
    return list(r[f"{side}_countries"] or []) + list(r[f"{side}_codes"] or [])
