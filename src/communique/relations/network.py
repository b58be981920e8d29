"""The actor network: who acts on whom, weighted by event count and Goldstein score.

One directed edge per (actor, recipient) pair of codes, at country level (``CUB``) or code
level (``CUBGOV``). An event with two actors and one recipient adds to two edges; events
with no recipient add to no edge (they are counted in ``no_recipient``). Edge and node
figures are those of ``scores`` (the same as every other page): ``out_events`` /
``in_events`` sum a node's drawn edges, ``as_actor`` / ``as_recipient`` are its figures.
"""

from __future__ import annotations

from typing import Any

from communique.relations.actors import ActorKey, BadActorKey, actor_name
from communique.relations.aggregate import tally
from communique.relations.scores import actor_figures, figures, group_pairs, relation_rows
from communique.relations.units import period_where
from communique.store import Store

LEVELS = ("country", "code")
MAX_TOP = 500  # the most nodes ``top`` may ask for


def busiest(edges: list[dict[str, Any]], top: int) -> set[str]:
    """The ``top`` nodes with the most events on their edges (ties by code)."""
    weight: dict[str, int] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            weight[end] = weight.get(end, 0) + e["events"]
    return set(sorted(weight, key=lambda n: (-weight[n], n))[:top])


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
    top: int | None = None,
) -> dict[str, Any]:
    """Nodes and weighted directed edges; ``actor`` keeps only edges touching it; ``top``
    keeps the ``top`` busiest nodes (events on their edges) and the edges between them."""
    if level not in LEVELS:
        raise ValueError(f"'level' must be country or code, not {level!r}")
    if top is not None and not 1 <= top <= MAX_TOP:
        raise ValueError(f"'top' must be from 1 to {MAX_TOP}, not {top}")
    where, params = period_where(date_from, date_to)
    if event_type:
        where += " AND m.event_type = ?"
        params.append(event_type.upper())
    focus = ActorKey.parse(actor) if actor else None
    rows = relation_rows(store, unit, where, params, include_unasserted)
    edges: dict[tuple[str, str], list[dict[str, Any]]] = {}
    no_recipient = 0
    for r in rows:
        if not r[f"recipient_{'countries' if level == 'country' else 'codes'}"]:
            no_recipient += 1
    for (a, b), erows in group_pairs(rows, level).items():
        if not focus or _hit(focus, a) or _hit(focus, b):
            edges[(a, b)] = erows
    out_edges = []
    for (a, b), erows in edges.items():
        if len(erows) < min_events:
            continue
        t = tally(erows, include_unasserted)
        out_edges.append({
            "source": a, "target": b, **figures(erows, include_unasserted),
            "by_quad": t["by_quad"], "top_type": next(iter(t["by_type"]), None),
        })  # fmt: skip
    out_edges.sort(key=lambda e: (-e["events"], e["source"], e["target"]))
    dropped_nodes = 0
    if top is not None:
        keep = busiest(out_edges, top)
        dropped_nodes = len({e[k] for e in out_edges for k in ("source", "target")}) - len(keep)
        out_edges = [e for e in out_edges if e["source"] in keep and e["target"] in keep]
    out_edges = out_edges[:limit]
    nodes: dict[str, dict[str, Any]] = {}
    touching = _rows_by_node(rows)  # each node's figures read only its own rows
    for e in out_edges:
        for end, key in ((e["source"], "out_events"), (e["target"], "in_events")):
            if end not in nodes:
                f = _actor_figures(touching.get(end, []), end, include_unasserted)
                nodes[end] = {"id": end, "name": actor_name(end), "out_events": 0,
                              "in_events": 0, "as_actor": f["as_actor"],
                              "as_recipient": f["as_recipient"]}  # fmt: skip
            nodes[end][key] += e["events"]
    node_list = sorted(nodes.values(), key=lambda n: -(n["out_events"] + n["in_events"]))
    return {
        "level": level, "unit": unit, "date_from": date_from, "date_to": date_to,
        "event_type": event_type, "actor": focus.code if focus else None,
        "include_unasserted": include_unasserted, "nodes": node_list, "edges": out_edges,
        "no_recipient": no_recipient, "top": top, "nodes_left_out": dropped_nodes,
        "notes": [
            "edge weight: events (count) and goldstein_sum / goldstein_mean "
            + ("(every modality)" if include_unasserted else "(asserted events only)"),
            f"{no_recipient} event(s) with no recipient are not edges",
            *([f"the {top} busiest actors only: {dropped_nodes} other(s) and their edges left "
               "out"] if top is not None and dropped_nodes else []),
        ],
    }  # fmt: skip


def _hit(focus: ActorKey, code: str) -> bool:
    return code == focus.code or (focus.is_country and code[:3] == focus.code)


def _rows_by_node(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Code -> the rows with it on either side, as a country or a full code: a superset of
    the rows ``actor_figures`` keeps for that code, so each node's figures are computed over
    its own rows rather than every row (the same figures, in a fraction of the time)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        keys: set[str] = set()
        for col in ("actor_countries", "recipient_countries", "actor_codes", "recipient_codes"):
            keys.update(r[col] or [])
        for code in keys:
            out.setdefault(code, []).append(r)
    return out


def _actor_figures(rows: list[dict[str, Any]], code: str, unasserted: bool) -> dict[str, Any]:
    try:
        return actor_figures(rows, code, unasserted)
    except BadActorKey:  # a code that is not country(+sector): no key to match it by
        return {"as_actor": None, "as_recipient": None}
