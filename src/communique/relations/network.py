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
from communique.relations.aggregate import Tally, sums_sql
from communique.relations.scores import tally_figures
from communique.relations.units import period_where, rows_sql
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
    # Summed by DuckDB (``aggregate.sums_sql``; edges are ``scores.links`` as SQL, node
    # figures ``scores.actor_figures``' sides), so neither time nor memory goes through
    # Python per event; tests/relations checks them against the list-based definitions.
    side = "countries" if level == "country" else "codes"
    rows = rows_sql(unit, where, history=include_unasserted)
    hit, fparams = "TRUE", []
    if focus:
        hit = "(a = ? OR b = ?" + (
            " OR left(a, 3) = ? OR left(b, 3) = ?)" if focus.is_country else ")"
        )
        fparams = [focus.code] * (4 if focus.is_country else 2)
    con = store.con
    no_recipient = con.execute(
        f"SELECT count(*) FILTER (WHERE coalesce(len(recipient_{side}), 0) = 0) FROM ({rows})",
        params,
    ).fetchone()[0]
    pairs_sql = (
        f"WITH r AS ({rows}), ra AS (SELECT event_type, quad_class, modality, goldstein, "
        f"recipient_{side}, unnest(list_distinct(actor_{side})) AS a FROM r), "
        "l AS (SELECT event_type, quad_class, modality, goldstein, a, "
        f"unnest(list_distinct(recipient_{side})) AS b FROM ra) "
    )
    counts = con.execute(
        f"{pairs_sql} SELECT a, b, count(*) FROM l WHERE a <> b AND {hit} GROUP BY a, b",
        [*params, *fparams],
    ).fetchall()  # one row per pair: memory follows the number of pairs, not of events
    kept = sorted(
        ({"source": a, "target": b, "events": n} for a, b, n in counts if n >= min_events),
        key=lambda e: (-e["events"], e["source"], e["target"]),
    )
    dropped_nodes = 0
    if top is not None:
        keep = busiest(kept, top)
        dropped_nodes = len({e[k] for e in kept for k in ("source", "target")}) - len(keep)
        kept = [e for e in kept if e["source"] in keep and e["target"] in keep]
    kept = kept[:limit]
    edge_t: dict[tuple[str, str], Tally] = {
        (e["source"], e["target"]): Tally(include_unasserted) for e in kept
    }
    if edge_t:
        sums = con.execute(
            f"{pairs_sql}, k AS (SELECT unnest(?) AS a, unnest(?) AS b) "
            f"SELECT l.a, l.b, l.event_type, l.quad_class, {sums_sql(include_unasserted)} "
            "FROM l JOIN k ON l.a = k.a AND l.b = k.b GROUP BY ALL ORDER BY ALL",
            [*params, [a for a, _ in edge_t], [b for _, b in edge_t]],
        ).fetchall()
        for a, b, etype, quad, *rest in sums:
            edge_t[(a, b)].add_sums(*rest, etype, quad)
    node_t: dict[str, dict[str, Any] | None] = {}
    ends = sorted({end for pair in edge_t for end in pair})
    for end in ends:
        try:
            ActorKey.parse(end)
            node_t[end] = {}
        except BadActorKey:  # a code that is not country(+sector): no key to match it by
            node_t[end] = None
    keyed = [e for e in ends if node_t[e] is not None]
    if keyed:
        on = {s: f"CASE WHEN length(c) = 3 THEN list_contains(r.{s}_countries, c) "
                 f"ELSE list_contains(r.{s}_codes, c) END" for s in ("actor", "recipient")}  # fmt: skip
        node_sql = (
            f"WITH r AS ({rows}), u AS (SELECT *, unnest(list_distinct(list_concat("
            "actor_countries, recipient_countries, actor_codes, recipient_codes))) AS c "
            "FROM r), c AS (SELECT * FROM u WHERE c IN (SELECT unnest(?))) "
            f"SELECT c, {sums_sql(include_unasserted, on['actor'])}, "
            f"{sums_sql(include_unasserted, on['recipient'])} FROM c r GROUP BY c"
        )
        for code, *sums in con.execute(node_sql, [*params, keyed]).fetchall():
            node_t[code] = {
                "as_actor": tally_figures(Tally.of_sums(*sums[:5], include_unasserted)),
                "as_recipient": tally_figures(Tally.of_sums(*sums[5:], include_unasserted)),
            }
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
                f = node_t[end] or {"as_actor": None, "as_recipient": None}
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
