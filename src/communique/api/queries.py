"""The read queries behind the API and the web pages (one function per page or endpoint).

Built on ``communique.store.queries`` (EventFilter) and ``communique.relations``; each
returns a plain JSON-ready dict, which the page renders and ``?format=json`` returns as is.
"""

from __future__ import annotations

import json
from typing import Any

from communique.relations import ActorKey, actor_name, records_by_ids, spikes
from communique.relations.scores import actor_table, iter_relation_rows, partner_figures
from communique.relations.units import DATE_SQL, check_unit, uid_col, unit_from
from communique.store import Store
from communique.store.queries import EventFilter, list_articles, summary

# The largest offset a list accepts: far past any store, well inside DuckDB's 64-bit OFFSET.
MAX_OFFSET = 10**15
MAX_COUNT = 10**12  # the largest min_events or similar count a route accepts

SORTS = {
    "date": DATE_SQL,
    "type": "m.event_type",
    "goldstein": "m.goldstein",
    "confidence": "m.confidence",
    "published": "a.published",
    "mentions": "(SELECT count(*) FROM mentions mm WHERE mm.event_id = m.event_id)",
}


class NotFound(LookupError):
    pass


def search_events(
    store: Store,
    flt: EventFilter,
    *,
    sort: str = "date",
    order: str = "desc",
    unit: str = "event",
) -> dict[str, Any]:
    """A page of events (or mentions) matching the filter, sorted, with the total count."""
    total, ids = event_ids(store, flt, sort=sort, order=order, unit=unit)
    return {
        "total": total, "limit": flt.limit, "offset": flt.offset, "sort": sort,
        "order": order, "unit": unit, "items": records_by_ids(store, ids, unit),
    }  # fmt: skip


def event_ids(
    store: Store, flt: EventFilter, *, sort: str = "date", order: str = "desc",
    unit: str = "event",
) -> tuple[int, list[str]]:  # fmt: skip
    """(how many match the filter, the ids of its page of them in order): ``search_events``
    without the records (downloads fetch those a batch at a time)."""
    check_unit(unit)
    if sort not in SORTS:
        raise ValueError(f"'sort' must be one of {', '.join(SORTS)}, not {sort!r}")
    if order not in ("asc", "desc"):
        raise ValueError(f"'order' must be asc or desc, not {order!r}")
    where, params = flt.where()
    base = f"FROM {unit_from(unit)} WHERE {where}"
    total = store.con.execute(f"SELECT count(*) {base}", params).fetchone()[0]
    ids = [
        r[0]
        for r in store.con.execute(
            f"SELECT {uid_col(unit)} {base} ORDER BY {SORTS[sort]} {order.upper()} NULLS LAST, "
            f"{uid_col(unit)}" + flt.page(),
            params,
        ).fetchall()
    ]
    return int(total), ids


def articles_page(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    return {
        "total": store.count("articles"),
        "limit": limit,
        "offset": offset,
        "items": list_articles(store, limit=limit, offset=offset),
    }


def article_detail(store: Store, article_id: str) -> dict[str, Any]:
    rows = store.query(
        "SELECT id, title, url, publisher, published, published_source, published_precision, "
        "dateline, language, origin, format, notes, text, n_sentences, n_mentions, coder, "
        "ingested_at FROM articles WHERE id = ?",
        [article_id],
    )
    if not rows:
        raise NotFound(f"no article {article_id!r}")
    art = rows[0]
    art["notes"] = list(art["notes"] or [])
    ids = [
        r[0]
        for r in store.con.execute(
            "SELECT DISTINCT m.event_id, m.sentence FROM mentions m WHERE m.article_id = ? "
            "ORDER BY m.sentence, m.event_id",
            [article_id],
        ).fetchall()
    ]
    art["events"] = records_by_ids(store, list(dict.fromkeys(ids)), "event")
    return art


def highlight(text: str, evidence: dict[str, Any]) -> list[dict[str, str]]:
    """The story text cut into plain / evidence / trigger segments, from the offsets.

    Offsets are checked against the text; if the sentence is not where they say, it is
    looked up by its words, and if it is not found at all the text is returned unmarked.
    """
    s, e = evidence.get("start"), evidence.get("end")
    sent = evidence.get("sentence_text") or ""
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)) or (
        sent and text[s:e].strip() != sent.strip()
    ):
        found = text.find(sent.strip()) if sent.strip() else -1
        if found < 0:
            return [{"kind": "plain", "text": text}]
        s, e = found, found + len(sent.strip())
    ts, te = evidence.get("trigger_start"), evidence.get("trigger_end")
    trig = evidence.get("trigger") or ""
    if not (isinstance(ts, int) and isinstance(te, int) and s <= ts < te <= e):
        k = text.find(trig, s, e) if trig and "…" not in trig else -1
        ts, te = (k, k + len(trig)) if k >= 0 else (None, None)
    parts = [{"kind": "plain", "text": text[:s]}]
    if ts is None:
        parts.append({"kind": "evidence", "text": text[s:e]})
    else:
        parts += [
            {"kind": "evidence", "text": text[s:ts]},
            {"kind": "trigger", "text": text[ts:te]},
            {"kind": "evidence", "text": text[te:e]},
        ]
    parts.append({"kind": "plain", "text": text[e:]})
    return [p for p in parts if p["text"]]


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    """One event: its record, its story with the evidence marked, and every supporting mention.

    A mention id (``m…``) is accepted too and resolves to its event.
    """
    if event_id.startswith("m"):
        row = store.con.execute("SELECT event_id FROM mentions WHERE id = ?", [event_id]).fetchone()
        if row:
            event_id = row[0]
    recs = records_by_ids(store, [event_id], "event")
    if not recs:
        raise NotFound(f"no event {event_id!r}")
    event = recs[0]
    art = store.query(
        "SELECT id, title, url, publisher, published, dateline, text FROM articles WHERE id = ?",
        [event["article_id"]],
    )[0]
    mentions = []
    for r in store.query(
        "SELECT m.record, a.title, a.url, a.publisher, a.published FROM mentions m "
        "JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? "
        "ORDER BY a.published NULLS LAST, m.article_id, m.sentence",
        [event_id],
    ):
        rec = json.loads(r["record"])
        rec["article"] = {k: r[k] for k in ("title", "url", "publisher", "published")}
        rec["is_representative"] = rec["id"] == event["mention_id"]
        mentions.append(rec)
    return {
        "event": event,
        "article": {k: v for k, v in art.items() if k != "text"},
        "text": art["text"],
        "segments": highlight(art["text"], event["evidence"]),
        "mentions": mentions,
    }


def overview(store: Store, recent: int = 15, include_unasserted: bool = False) -> dict[str, Any]:
    s = summary(store, top=15, include_unasserted=include_unasserted)
    for p in s["top_pairs"]:
        p["actor_name"] = actor_name(p["actor"])
        p["recipient_name"] = actor_name(p["recipient"])
    latest = search_events(store, EventFilter(limit=recent), sort="date", order="desc")
    sp = spikes(store, limit=10)
    return {
        **s,
        "recent_events": latest["items"],
        "spikes": sp,
        "top_actors": actors_list(store, limit=15, include_unasserted=include_unasserted)["items"],
    }


def actors_list(
    store: Store, unit: str = "event", limit: int = 200, include_unasserted: bool = False
) -> dict[str, Any]:
    """Every country seen as actor or recipient, with its figures (``relations.scores``)."""
    rows = actor_table(store, limit, include_unasserted, unit)
    for r in rows:
        r["name"] = actor_name(r["code"])
    return {"unit": unit, "include_unasserted": include_unasserted, "items": rows}


def actor_profile(
    store: Store, code: str, unit: str = "event", recent: int = 30,
    include_unasserted: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """An actor's activity: its figures as actor and recipient, partners (each way, with the
    pair figures of ``relations.scores``), types, recent events."""
    key = ActorKey.parse(code)
    src = unit_from(unit)
    on_a, on_r = key.on("actor"), key.on("recipient")
    rows = iter_relation_rows(store, unit, f"{on_a} OR {on_r}", [key.code, key.code],
                              include_unasserted)  # fmt: skip
    own, pairs = partner_figures(rows, key.code, include_unasserted)
    partners = []
    for c in sorted(pairs):
        out, back = pairs[c]
        if out["events"] or back["events"]:
            partners.append({
                "partner": c, "name": actor_name(c), "acts_on": out["events"],
                "acted_on_by": back["events"], "total": out["events"] + back["events"],
                "out": out, "in": back,
            })  # fmt: skip
    partners.sort(key=lambda p: (-p["total"], p["partner"]))
    by_type = store.query(
        f"SELECT m.event_type, count(*) FILTER (WHERE {on_a}) AS as_actor, "
        f"count(*) FILTER (WHERE {on_r}) AS as_recipient FROM {src} "
        f"WHERE {on_a} OR {on_r} GROUP BY 1 ORDER BY count(*) DESC, 1",
        [key.code] * 4,
    )
    ids = [
        r[0]
        for r in store.con.execute(
            f"SELECT {uid_col(unit)} FROM {src} WHERE {on_a} OR {on_r} "
            f"ORDER BY {DATE_SQL} DESC NULLS LAST, {uid_col(unit)} LIMIT ?",
            [key.code, key.code, recent],
        ).fetchall()
    ]
    return {
        "code": key.code, "name": key.name, "unit": unit,
        "include_unasserted": include_unasserted,
        "as_actor": own["as_actor"]["events"], "as_recipient": own["as_recipient"]["events"],
        "figures": own, "partners": partners[:50], "by_type": by_type,
        "recent_events": records_by_ids(store, ids, unit),
    }  # fmt: skip


def search(store: Store, q: str, limit: int = 30) -> dict[str, Any]:
    """Words in evidence sentences, article titles and texts, and actor codes or names."""
    q = (q or "").strip()
    out: dict[str, Any] = {"q": q, "actors": [], "articles": [], "events": []}
    if not q:
        return out
    like = f"%{q}%"
    out["articles"] = store.query(
        "SELECT id, title, publisher, published, url FROM articles "
        "WHERE title ILIKE ? OR text ILIKE ? ORDER BY published DESC NULLS LAST, id LIMIT ?",
        [like, like, limit],
    )
    out["events"] = search_events(store, EventFilter(text=q, limit=limit), order="desc")["items"]
    known = actors_list(store, limit=1000)["items"]
    ql = q.lower()
    out["actors"] = [
        a for a in known if ql == a["code"].lower() or ql in (a["name"] or "").lower()
    ][:20]
    return out
