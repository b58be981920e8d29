"""One definition of a pair's and an actor's figures, used by every face.

The overview's top pairs and top actors, the actor page, the pair page (``dyad``), the
network, spikes, `communique summary` / `dyad` / `network` / `spikes` and the API all take
their numbers from these functions, so the same pair has the same figures everywhere:

* **Which events.** Linked events (or mentions, with ``unit="mention"``) read by
  ``relation_rows``: every modality except ``historical`` (background a story recalls: it
  keeps its own date but is not news of the relation); with ``include_unasserted`` the
  historical ones come in too.
* **A → B** (directed): A is among the event's actors and B among its recipients
  (``directed``). An event with two actors and one recipient is in two directed pairs.
* **A – B** (either way): A → B, B → A, or A and B acting together ("Cuba and Russia met";
  ``joint``), each event once.
* **An actor's figures**: events with the actor among the actors (``as_actor``) and among
  the recipients (``as_recipient``).
* **Scores** (``figures``): ``events`` counts every row; ``scored`` and the Goldstein and
  PLOVER sums and means count the **asserted** rows only (``scale.is_scored``); with
  ``include_unasserted`` every modality is scored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from communique.relations.actors import ActorKey, BadActorKey
from communique.relations.aggregate import Tally, sums_sql, tally
from communique.relations.units import iter_rows, rows_sql, select_rows
from communique.store import Store

Row = dict[str, Any]
SCORE_FIELDS = (
    "events", "scored", "goldstein_sum", "goldstein_mean", "plover_sum", "plover_mean",
)  # fmt: skip


def relation_rows(
    store: Store,
    unit: str = "event",
    where: str = "TRUE",
    params: list[Any] | None = None,
    include_unasserted: bool = False,
) -> list[Row]:
    """The rows every relation figure is computed from (historical ones only on request)."""
    return select_rows(store, unit, where, params, history=include_unasserted)


def iter_relation_rows(
    store: Store,
    unit: str = "event",
    where: str = "TRUE",
    params: list[Any] | None = None,
    include_unasserted: bool = False,
) -> Iterator[Row]:
    """``relation_rows`` streamed: for figures over the whole store in bounded memory."""
    return iter_rows(store, unit, where, params, history=include_unasserted)


def figures(rows: Iterable[Row], include_unasserted: bool = False) -> dict[str, Any]:
    """The score figures of a set of rows: events, scored, Goldstein and PLOVER sums/means."""
    t = tally(rows, include_unasserted)
    return {k: t[k] for k in SCORE_FIELDS}


def tally_figures(t: Tally) -> dict[str, Any]:
    """``figures`` of the rows added to a Tally."""
    r = t.result()
    return {k: r[k] for k in SCORE_FIELDS}


def _side(r: Row, side: str, level: str) -> list[str]:
    return list(r.get(f"{side}_{'countries' if level == 'country' else 'codes'}") or [])


def on_side(r: Row, key: ActorKey, side: str) -> bool:
    """Whether the actor key is among the row's actors (side 'actor') or recipients."""
    return key.matches(_side(r, side, "country"), _side(r, side, "code"))


def directed(r: Row, a: ActorKey, b: ActorKey) -> bool:
    """A → B: A among the actors, B among the recipients (never a pair with itself)."""
    return a != b and on_side(r, a, "actor") and on_side(r, b, "recipient")


def joint(r: Row, a: ActorKey, b: ActorKey) -> bool:
    """A and B both among the actors, and neither acts on the other."""
    return (
        a != b
        and on_side(r, a, "actor")
        and on_side(r, b, "actor")
        and not (directed(r, a, b) or directed(r, b, a))
    )


def either_way(r: Row, a: ActorKey, b: ActorKey) -> bool:
    """A – B: A → B, B → A or joint."""
    return directed(r, a, b) or directed(r, b, a) or joint(r, a, b)


def links(r: Row, level: str = "country") -> set[tuple[str, str]]:
    """Every directed (actor, recipient) pair of codes a row adds to, at country or code level."""
    return {
        (a, b) for a in _side(r, "actor", level) for b in _side(r, "recipient", level) if a != b
    }


def undirected_links(r: Row, level: str = "country") -> set[tuple[str, str]]:
    """Every unordered pair a row belongs to either way (directed or joint), sorted codes."""
    acts = _side(r, "actor", level)
    others = acts + _side(r, "recipient", level)
    return {(min(a, b), max(a, b)) for a in acts for b in others if a != b}


def pair_figures(
    rows: Iterable[Row], a: str, b: str, include_unasserted: bool = False,
    direction: str = "ab",
) -> dict[str, Any]:  # fmt: skip
    """Figures of pair A → B (``ab``), B → A (``ba``) or either way (``both``)."""
    ka, kb = ActorKey.parse(a), ActorKey.parse(b)
    test = {
        "ab": lambda r: directed(r, ka, kb),
        "ba": lambda r: directed(r, kb, ka),
        "both": lambda r: either_way(r, ka, kb),
    }[direction]
    return figures((r for r in rows if test(r)), include_unasserted)


class ActorTally:
    """An actor's figures as actor and as recipient, and over both (each event once), added
    a row at a time (``actor_figures``)."""

    def __init__(self, code: str, include_unasserted: bool = False) -> None:
        self.key = ActorKey.parse(code)
        self.as_actor = Tally(include_unasserted)
        self.as_recipient = Tally(include_unasserted)
        self.total = Tally(include_unasserted)

    def add(self, r: Row) -> None:
        act, rec = on_side(r, self.key, "actor"), on_side(r, self.key, "recipient")
        if act:
            self.as_actor.add(r)
        if rec:
            self.as_recipient.add(r)
        if act or rec:
            self.total.add(r)

    def result(self) -> dict[str, Any]:
        return {
            "as_actor": tally_figures(self.as_actor),
            "as_recipient": tally_figures(self.as_recipient),
            "total": tally_figures(self.total),
        }


def actor_figures(
    rows: Iterable[Row], code: str, include_unasserted: bool = False
) -> dict[str, Any]:
    """An actor's figures as actor and as recipient, and over both (each event once)."""
    t = ActorTally(code, include_unasserted)
    for r in rows:
        t.add(r)
    return t.result()


def partner_figures(
    rows: Iterable[Row], code: str, include_unasserted: bool = False
) -> tuple[dict[str, Any], dict[str, tuple[dict[str, Any], dict[str, Any]]]]:
    """An actor's own figures (``actor_figures``) and, for every country it is paired with,
    the pair figures each way (``pair_figures`` code → partner, partner → code), in one pass
    over the rows. Codes that are no country key are not partners."""
    own = ActorTally(code, include_unasserted)
    key, skip = own.key, own.key.code[:3]
    keys: dict[str, ActorKey | None] = {}
    out: dict[str, tuple[Tally, Tally]] = {}
    for r in rows:
        own.add(r)
        for c in set(_side(r, "actor", "country") + _side(r, "recipient", "country")):
            if c == skip:
                continue
            if c not in keys:
                try:
                    keys[c] = ActorKey.parse(c)
                except BadActorKey:
                    keys[c] = None
            kc = keys[c]
            if kc is None:
                continue
            ab, ba = directed(r, key, kc), directed(r, kc, key)
            if ab or ba:
                t = out.setdefault(c, (Tally(include_unasserted), Tally(include_unasserted)))
                if ab:
                    t[0].add(r)
                if ba:
                    t[1].add(r)
    return own.result(), {c: (tally_figures(a), tally_figures(b)) for c, (a, b) in out.items()}


def group_pairs(rows: Iterable[Row], level: str = "country") -> dict[tuple[str, str], list[Row]]:
    """Rows by the directed pairs they add to (see ``links``)."""
    out: dict[tuple[str, str], list[Row]] = {}
    for r in rows:
        for pair in links(r, level):
            out.setdefault(pair, []).append(r)
    return out


def top_pairs(
    store: Store, top: int = 10, include_unasserted: bool = False, unit: str = "event"
) -> list[dict[str, Any]]:
    """The busiest directed country pairs, with their figures.

    Counted and summed by DuckDB over the store (``links`` as SQL: each actor country with
    each other recipient country of a row; ``aggregate.sums_sql`` for the figures), so memory
    and time do not go through Python per event; ``tests/relations`` checks it against
    ``group_pairs`` and ``figures``."""
    sql = (  # unnest in the select list: much faster in DuckDB than a lateral join
        f"WITH r AS ({rows_sql(unit, history=include_unasserted)}), "
        "ra AS (SELECT event_type, modality, goldstein, recipient_countries, "
        "unnest(list_distinct(actor_countries)) AS a FROM r), "
        "l AS (SELECT event_type, modality, goldstein, a, "
        "unnest(list_distinct(recipient_countries)) AS b FROM ra) "
        f"SELECT a, b, {sums_sql(include_unasserted)} FROM l WHERE a <> b "
        "GROUP BY a, b ORDER BY count(*) DESC, a, b LIMIT ?"
    )
    return [
        {"actor": a, "recipient": b,
         **tally_figures(Tally.of_sums(*sums, include_unasserted=include_unasserted))}
        for a, b, *sums in store.con.execute(sql, [top]).fetchall()
    ]  # fmt: skip


def actor_table(
    store: Store, limit: int = 200, include_unasserted: bool = False, unit: str = "event"
) -> list[dict[str, Any]]:
    """Every country seen as actor or recipient, with its figures, busiest first.

    Summed by DuckDB (``actor_figures``'s sides as SQL: the country among a row's actors,
    among its recipients, either); ``tests/relations`` checks it against ``actor_figures``."""
    u = include_unasserted
    sql = (
        f"WITH r AS ({rows_sql(unit, history=u)}), "
        "c AS (SELECT event_type, modality, goldstein, actor_countries, recipient_countries, "
        "unnest(list_distinct(list_concat(actor_countries, recipient_countries))) AS c FROM r) "
        f"SELECT c, {sums_sql(u, 'list_contains(actor_countries, c)')}, "
        f"{sums_sql(u, 'list_contains(recipient_countries, c)')}, {sums_sql(u)} "
        "FROM c GROUP BY c"
    )
    out = []
    for code, *sums in store.con.execute(sql).fetchall():
        f = {
            side: tally_figures(Tally.of_sums(*sums[5 * i : 5 * i + 5], include_unasserted=u))
            for i, side in enumerate(("as_actor", "as_recipient", "total"))
        }
        out.append({
            "code": code, "as_actor": f["as_actor"]["events"],
            "as_recipient": f["as_recipient"]["events"], "total": f["total"]["events"],
            "goldstein_sum": f["total"]["goldstein_sum"], "figures": f,
        })  # fmt: skip
    out.sort(key=lambda x: (-x["total"], x["code"]))
    return out[:limit]
