"""What is counted: linked events (default) or coded mentions, and fetching their records.

``unit="event"`` counts each linked event once, through its representative mention (the
``events`` table joined to ``rep_mention_id``), however many stories reported it.
``unit="mention"`` counts every coded sentence mention: an event reported by five stories
counts five times. An event's date is its representative mention's date, else the date its
article was published.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from communique.relations.periods import check_date
from communique.store import Store
from communique.store.queries import EVENT_AGGREGATES_SQL

UNITS = ("event", "mention")


class BadUnit(ValueError):
    pass


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise BadUnit(f"'unit' must be 'event' or 'mention', not {unit!r}")
    return unit


def unit_from(unit: str) -> str:
    """FROM clause giving aliases ``m`` (mention), ``a`` (article) and column ``uid``."""
    check_unit(unit)
    if unit == "event":
        return (
            "events e JOIN mentions m ON m.id = e.rep_mention_id "
            "JOIN articles a ON a.id = m.article_id"
        )
    return "mentions m JOIN articles a ON a.id = m.article_id"


def uid_col(unit: str) -> str:
    return "e.id" if unit == "event" else "m.id"


# The date an event is placed at: its own, else its story's publication date.
DATE_SQL = "coalesce(m.date, left(a.published, 10))"

ROW_COLUMNS = (
    "uid", "date", "event_type", "quad_class", "goldstein", "modality", "actor_countries",
    "recipient_countries", "actor_codes", "recipient_codes", "article_id",
)  # fmt: skip


def rows_sql(unit: str, where: str = "TRUE", history: bool = True) -> str:
    """The query behind ``select_rows`` (columns ``ROW_COLUMNS``)."""
    if not history:
        where = f"({where}) AND m.modality <> 'historical'"
    return (
        f"SELECT {uid_col(unit)} AS uid, {DATE_SQL} AS date, m.event_type, m.quad_class, "
        "m.goldstein, m.modality, m.actor_countries, m.recipient_countries, m.actor_codes, "
        f"m.recipient_codes, m.article_id FROM {unit_from(unit)} WHERE {where}"
    )


def select_rows(store: Store, unit: str, where: str = "TRUE", params: list[Any] | None = None,
                history: bool = True) -> list[dict[str, Any]]:  # fmt: skip
    """The plain columns the relations functions aggregate, one dict per unit; without
    ``history``, events of modality "historical" (the story's background) are left out."""
    return store.query(rows_sql(unit, where, history), params or [])


def iter_rows(store: Store, unit: str, where: str = "TRUE", params: list[Any] | None = None,
              history: bool = True, batch: int = 10_000) -> Iterator[dict[str, Any]]:  # fmt: skip
    """``select_rows`` streamed a batch at a time (on a cursor of its own), for figures over
    the whole store: memory stays the size of a batch, whatever the size of the store."""
    cur = store.con.cursor()
    try:
        cur.execute(rows_sql(unit, where, history), params or [])
        names = [d[0] for d in cur.description]
        while chunk := cur.fetchmany(batch):
            for row in chunk:
                yield dict(zip(names, row, strict=True))
    finally:
        cur.close()


def period_where(date_from: str | None, date_to: str | None) -> tuple[str, list[Any]]:
    """Events whose date (of whatever precision) overlaps [date_from, date_to].

    Raises BadDate for a bound that is not a date in MIN_YEAR..MAX_YEAR."""
    check_date("date_from", date_from)
    check_date("date_to", date_to)
    clauses, params = [], []
    if date_from:
        clauses.append(f"{DATE_SQL} >= left(?, length({DATE_SQL}))")
        params.append(date_from)
    if date_to:
        clauses.append(f"{DATE_SQL} <= left(?, length({DATE_SQL}))")
        params.append(date_to)
    return (" AND ".join(clauses) or "TRUE"), params


def _event_aggregates(store: Store, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    rows = store.query(
        f"{EVENT_AGGREGATES_SQL} WHERE m.event_id IN (SELECT unnest(?)) GROUP BY m.event_id",
        [event_ids],
    )
    return {r.pop("event_id"): r for r in rows}


def records_by_ids(store: Store, ids: list[str], unit: str = "event") -> list[dict[str, Any]]:
    """Full records for these ids, in the order given, with their article's title.

    Events come as `communique events` prints them (the representative mention's fields,
    ``mention_id``, and num_mentions, num_sources, num_articles, mention_ids, first_seen,
    last_seen); mentions exactly as `communique code` prints them.
    """
    check_unit(unit)
    if not ids:
        return []
    if unit == "event":
        # Two steps: the representatives first, then only their mentions' records (one
        # join over events let DuckDB read every record of a large store: 5 s for 50 events).
        rep_of = {
            mid: eid
            for eid, mid in store.con.execute(
                "SELECT id, rep_mention_id FROM events WHERE id IN (SELECT unnest(?))", [ids]
            ).fetchall()
        }
        rows = store.query(
            "SELECT m.id AS mid, m.record, a.title, a.publisher FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.id IN (SELECT unnest(?))",
            [list(rep_of)],
        )
        for r in rows:
            r["uid"] = rep_of[r.pop("mid")]
        aggs = _event_aggregates(store, ids)
    else:
        rows = store.query(
            "SELECT m.id AS uid, m.record, a.title, a.publisher FROM mentions m "
            "JOIN articles a ON a.id = m.article_id WHERE m.id IN (SELECT unnest(?))",
            [ids],
        )
        aggs = {}
    by_id: dict[str, dict[str, Any]] = {}
    for r in rows:
        rec = json.loads(r["record"])
        if unit == "event":
            rec["mention_id"] = rec.pop("id")
            rec = {"id": r["uid"], **rec, **aggs.get(r["uid"], {})}
            rec["mention_ids"] = list(rec.get("mention_ids") or [])
        rec["article_title"] = r["title"]
        rec["article_publisher"] = r["publisher"]
        by_id[r["uid"]] = rec
    return [by_id[i] for i in ids if i in by_id]


def stories_per_bucket(store: Store, by: str) -> dict[str, int]:
    """How many stories were published in each bucket (the normalising denominator)."""
    from communique.relations.periods import bucket_of

    rows = store.con.execute(
        "SELECT left(published, 10) AS d, count(*) FROM articles GROUP BY 1"
    ).fetchall()
    out: dict[str, int] = {}
    for d, n in rows:
        key = bucket_of(d, by)
        if key is not None:
            out[key] = out.get(key, 0) + int(n)
    return out
