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
    edge_sql = (
        f"WITH r AS ({rows}), ra AS (SELECT event_type, quad_class, modality, goldstein, "
        f"recipient_{side}, unnest(list_distinct(actor_{side})) AS a FROM r), "
        "l AS MATERIALIZED (SELECT event_type, quad_class, modality, goldstein, a, "
        f"unnest(list_distinct(recipient_{side})) AS b FROM ra), "
        f"k AS (SELECT a, b, count(*) AS n FROM l WHERE a <> b AND {hit} GROUP BY a, b "
        "HAVING count(*) >= ? ORDER BY n DESC, a, b LIMIT ?) "
        f"SELECT l.a, l.b, l.event_type, l.quad_class, {sums_sql(include_unasserted)} "
        "FROM l JOIN k ON l.a = k.a AND l.b = k.b WHERE l.a <> l.b GROUP BY ALL ORDER BY ALL"
    )
    edge_t: dict[tuple[str, str], Tally] = {}
    for a, b, etype, quad, *sums in con.execute(
        edge_sql, [*params, *fparams, min_events, limit]
    ).fetchall():
        edge_t.setdefault((a, b), Tally(include_unasserted)).add_sums(*sums, etype, quad)
    edge_t = dict(sorted(edge_t.items(), key=lambda kv: (-kv[1].n, kv[0][0], kv[0][1])))
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
        "no_recipient": no_recipient,
        "notes": [
            "edge weight: events (count) and goldstein_sum / goldstein_mean "
            + ("(every modality)" if include_unasserted else "(asserted events only)"),
            f"{no_recipient} event(s) with no recipient are not edges",
        ],
    }  # fmt: skip
