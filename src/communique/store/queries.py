"""Read queries over the store, shared by the CLI, the exports and the API.

Every function returns plain dicts shaped as the output contract (GUIDE.md section 3).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from communique.articles.language import NOT_CODED_PREFIX
from communique.model import ALL_MODALITIES, HIDDEN_MODALITIES
from communique.store.db import Store

# How often each event was reported: one definition for the CLI, the exports and the API.
# Callers add a WHERE (optional) and ``GROUP BY m.event_id``.
EVENT_AGGREGATES_SQL = """
    SELECT m.event_id,
           count(*) AS num_mentions,
           count(DISTINCT coalesce(a.publisher, a.url, a.id)) AS num_sources,
           count(DISTINCT m.article_id) AS num_articles,
           list(m.id ORDER BY m.id) AS mention_ids,
           min(coalesce(a.published, strftime(a.ingested_at, '%Y-%m-%d'))) AS first_seen,
           max(coalesce(a.published, strftime(a.ingested_at, '%Y-%m-%d'))) AS last_seen
    FROM mentions m JOIN articles a ON a.id = m.article_id
"""


@dataclass
class EventFilter:
    """What `communique events` and the API can filter on; None means no filter."""

    actor_country: str | None = None
    recipient_country: str | None = None
    country: str | None = None  # actor or recipient
    event_type: str | None = None
    modality: str | None = None  # None: all but negated and hypothetical; "all": every modality
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None  # ISO date, inclusive
    text: str | None = None  # words in the evidence sentence or the article title
    cameo: str | None = None  # a CAMEO code, or a root ("04") matching every code under it
    quad_class: int | None = None
    min_confidence: float | None = None
    publisher: str | None = None  # words in the publisher's name
    language: str | None = None  # the story's ISO 639-1 language
    article_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def where(self, m: str = "m", a: str = "a") -> tuple[str, list[Any]]:
        """SQL WHERE clause over mention alias ``m`` and article alias ``a``."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor_country:
            clauses.append(f"list_contains({m}.actor_countries, ?)")
            params.append(self.actor_country.upper())
        if self.recipient_country:
            clauses.append(f"list_contains({m}.recipient_countries, ?)")
            params.append(self.recipient_country.upper())
        if self.country:
            clauses.append(
                f"(list_contains({m}.actor_countries, ?) OR list_contains({m}.recipient_countries, ?))"
            )
            params += [self.country.upper()] * 2
        if self.event_type:
            clauses.append(f"{m}.event_type = ?")
            params.append(self.event_type.upper())
        if self.modality and self.modality.lower() != ALL_MODALITIES:
            clauses.append(f"{m}.modality = ?")
            params.append(self.modality.lower())
        elif not self.modality:
            # By default what happened, is planned or is claimed: the PLOVER manual lets a coder
            # leave out what the text says did not happen (negated) and what it only supposes
            # might happen ("if X, Y could ..."): ask for them by name or with "all".
            clauses.append(f"{m}.modality NOT IN ({', '.join(map(repr, HIDDEN_MODALITIES))})")
        # Dates are ISO strings of varying precision; compare on their common prefix so that
        # an event known only to the month "2018-11" falls inside 2018-11-01..2018-11-30.
        if self.date_from:
            clauses.append(f"{m}.date IS NOT NULL AND {m}.date >= left(?, length({m}.date))")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{m}.date IS NOT NULL AND {m}.date <= left(?, length({m}.date))")
            params.append(self.date_to)
        if self.text:
            clauses.append(
                f"(json_extract_string({m}.evidence, '$.sentence_text') ILIKE ? "
                f"OR {a}.title ILIKE ?)"
            )
            params += [f"%{self.text}%"] * 2
        if self.article_id:
            clauses.append(f"{m}.article_id = ?")
            params.append(self.article_id)
        if self.cameo:
            clauses.append(f"starts_with({m}.cameo, ?)")
            params.append(self.cameo)
        if self.quad_class is not None:
            clauses.append(f"{m}.quad_class = ?")
            params.append(int(self.quad_class))
        if self.min_confidence is not None:
            clauses.append(f"{m}.confidence >= ?")
            params.append(float(self.min_confidence))
        if self.publisher:
            clauses.append(f"{a}.publisher ILIKE ?")
            params.append(f"%{self.publisher}%")
        if self.language:
            clauses.append(f"lower({a}.language) = ?")
            params.append(self.language.lower())
        return (" AND ".join(clauses) or "TRUE"), params

    def page(self) -> str:
        if self.limit is None:
            return f" OFFSET {int(self.offset)}" if self.offset else ""
        return f" LIMIT {int(self.limit)} OFFSET {int(self.offset)}"


def list_articles(store: Store, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Stored articles; ``note`` is the reason a story was not coded (its language), or None."""
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    rows = store.query(
        "SELECT a.id, a.title, a.url, a.publisher, a.published, a.published_source, "
        "a.published_precision, a.dateline, a.language, a.n_sentences, a.origin, "
        "(SELECT count(DISTINCT m.event_id) FROM mentions m WHERE m.article_id = a.id) AS n_events, "
        "a.notes FROM articles a ORDER BY a.published NULLS LAST, a.id" + page
    )
    for r in rows:
        r["notes"] = list(r["notes"] or [])
        r["note"] = next((n for n in r["notes"] if n.startswith(NOT_CODED_PREFIX)), None)
    return rows


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    rows = store.query("SELECT * FROM articles WHERE id = ?", [article_id])
    return rows[0] if rows else None


def list_mentions(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """One record per coded mention, exactly the fields `communique code` prints."""
    flt = flt or EventFilter()
    where, params = flt.where()
    rows = store.con.execute(
        "SELECT m.record FROM mentions m JOIN articles a ON a.id = m.article_id "
        f"WHERE {where} ORDER BY m.date NULLS LAST, m.article_id, m.sentence, m.id" + flt.page(),
        params,
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


def list_events(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """One record per linked event: its representative mention plus how often it was reported."""
    flt = flt or EventFilter()
    where, params = flt.where()
    rows = store.con.execute(
        f"""
        WITH agg AS ({EVENT_AGGREGATES_SQL} GROUP BY m.event_id)
        SELECT e.id, m.record, agg.num_mentions, agg.num_sources, agg.num_articles,
               agg.mention_ids, agg.first_seen, agg.last_seen
        FROM events e
        JOIN mentions m ON m.id = e.rep_mention_id
        JOIN articles a ON a.id = m.article_id
        JOIN agg ON agg.event_id = e.id
        WHERE {where}
        ORDER BY m.date NULLS LAST, m.article_id, m.sentence, e.id
        """
        + flt.page(),
        params,
    ).fetchall()
    out = []
    for eid, record, n_m, n_s, n_a, mids, first, last in rows:
        rec = json.loads(record)
        rec["mention_id"] = rec.pop("id")
        out.append({
            "id": eid, **rec, "num_mentions": n_m, "num_sources": n_s, "num_articles": n_a,
            "mention_ids": list(mids), "first_seen": first, "last_seen": last,
        })  # fmt: skip
    return out


def list_one_a_day(store: Store, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """The classic one-a-day filter, for comparison with older event datasets: coded mentions
    (matching ``flt``) with duplicates of the same (date, actor codes, recipient codes, event
    type) dropped. The date is the mention's, else its story's publication day. Each record
    has the fields `communique code` prints plus ``num_mentions``, the mentions it stands for
    (the first by story and sentence)."""
    flt = flt or EventFilter()
    where, params = flt.where()
    rows = store.con.execute(
        f"""
        WITH base AS (
            SELECT m.record, m.id, m.article_id, m.sentence, m.date,
                   coalesce(m.date, left(a.published, 10)) AS day,
                   array_to_string(list_sort(m.actor_codes), '+') AS actors,
                   array_to_string(list_sort(m.recipient_codes), '+') AS recipients,
                   m.event_type
            FROM mentions m JOIN articles a ON a.id = m.article_id
            WHERE {where}
        ), ranked AS (
            SELECT *, count(*) OVER w AS n,
                   row_number() OVER (w ORDER BY article_id, sentence, id) AS rn
            FROM base
            WINDOW w AS (PARTITION BY day, actors, recipients, event_type)
        )
        SELECT record, n FROM ranked WHERE rn = 1
        ORDER BY date NULLS LAST, article_id, sentence, id
        """
        + flt.page(),
        params,
    ).fetchall()
    return [{**json.loads(rec), "num_mentions": n} for rec, n in rows]


def summary(store: Store, top: int = 10, include_unasserted: bool = False) -> dict[str, Any]:
    """Counts for the overview: articles, events by type, top country pairs.

    Top pairs are directed (actor → recipient) with the figures of
    ``communique.relations.scores`` (historical events left out, asserted ones scored).
    """
    con = store.con
    n_articles = store.count("articles")
    n_mentions = store.count("mentions")
    n_events = store.count("events")
    by_type = dict(
        con.execute(
            "SELECT m.event_type, count(*) FROM events e JOIN mentions m ON m.id = e.rep_mention_id "
            "GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
    )
    from communique.relations.scores import top_pairs  # relations import this module

    pairs = top_pairs(store, top, include_unasserted=include_unasserted)
    by_modality = dict(
        con.execute(
            "SELECT m.modality, count(*) FROM events e JOIN mentions m ON m.id = e.rep_mention_id "
            "GROUP BY 1 ORDER BY 2 DESC"
        ).fetchall()
    )
    return {
        "articles": n_articles,
        "mentions": n_mentions,
        "events": n_events,
        "events_by_type": by_type,
        "events_by_modality": by_modality,
        "include_unasserted": include_unasserted,
        "top_pairs": pairs,
    }
