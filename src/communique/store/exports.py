"""Exports in the formats users already load: PLOVER-style JSON Lines, GDELT-2.0-like CSV, Parquet.

GDELT column names are used where GDELT 2.0's event table has the column. Actor country
codes are CAMEO's three-letter codes (ISO 3166 alpha-3), as in GDELT; the geography column
``ActionGeo_CountryCode`` is FIPS 10-4, as in GDELT (``export_fields.fips``);
GLOBALEVENTID is communique's stable string id. SQLDATE is always a valid YYYYMMDD date:
the first day of the event's period, with ``CqDatePrecision`` saying day, month, year or
``published`` (no date of its own: its story's publication day).
Columns GDELT lacks (PLOVER type, modality, evidence) come after GDELT's, prefixed Plover/Cq.
An unattributed event (violence, coercion or protest whose doer the story does not name) has
empty Actor1 columns and ``CqUnattributed`` 1: an event without a dyad.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from communique.safecsv import SafeDictWriter
from communique.store.db import Store, sql_literal
from communique.store.export_fields import event_date, fips, period_start
from communique.store.polecat import write_polecat
from communique.store.queries import EventFilter, get_article, list_events, list_mentions

EXPORT_FORMATS = ("plover", "gdelt", "polecat", "parquet")

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat",
    "ActionGeo_Long", "DATEADDED", "SOURCEURL",
    "PloverType", "PloverMode", "PloverContext", "CqModality", "CqDatePrecision", "CqConfidence",
    "CqEvidence", "CqTrigger", "CqExplanation", "CqUnattributed",
]  # fmt: skip


def _article_meta(
    store: Store, cache: dict[str, dict[str, Any]], article_id: str
) -> dict[str, Any]:
    if article_id not in cache:
        art = get_article(store, article_id) or {}
        cache[article_id] = {
            "url": art.get("url"),
            "publisher": art.get("publisher"),
            "published": art.get("published"),
            "ingested_at": art.get("ingested_at"),
            "language": art.get("language"),
        }
    return cache[article_id]


def _plover_actor(a: dict[str, Any]) -> dict[str, Any]:
    return {
        "actorText": a.get("text"),
        "name": a.get("name"),
        "code": a.get("code"),
        "country": a.get("country"),
        "sector": a.get("sector"),
    }


def plover_record(ev: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    """One event in the PLOVER gold-record shape (source/target/eventText/text/eventLoc)."""
    loc = ev.get("location")
    return {
        "id": ev["id"],
        "date": ev.get("date"),
        "date_precision": ev.get("date_precision"),
        "event": ev["event_type"],
        "mode": ev.get("mode"),
        "context": ev.get("context") or [],
        "modality": ev.get("modality"),
        "source": [_plover_actor(a) for a in ev.get("actor") or []],
        "target": [_plover_actor(a) for a in ev.get("recipient") or []],
        "eventText": ev["evidence"]["trigger"],
        "text": ev["evidence"]["sentence_text"],
        "eventLoc": loc,
        "cameo": ev.get("cameo"),
        "quad_class": ev.get("quad_class"),
        "goldstein": ev.get("goldstein"),
        "num_mentions": ev.get("num_mentions"),
        "num_sources": ev.get("num_sources"),
        "num_articles": ev.get("num_articles"),
        "mention_ids": ev.get("mention_ids"),
        "article_id": ev["article_id"],
        "publication": meta.get("publisher"),
        "url": meta.get("url"),
        "language": "en",
        "explanation": ev.get("explanation"),
        "confidence": ev.get("confidence"),
        "unattributed": bool(ev.get("unattributed")),
    }


def _first(actors: list[dict[str, Any]]) -> dict[str, Any]:
    return actors[0] if actors else {}


def gdelt_row(ev: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    day, precision = event_date(ev, meta.get("published"))
    year = f"{day.year:04d}" if day else ""
    frac = f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""
    a1, a2 = _first(ev.get("actor") or []), _first(ev.get("recipient") or [])
    cameo = ev.get("cameo") or ""
    loc = ev.get("location") or {}
    added = meta.get("ingested_at")
    return {
        "GLOBALEVENTID": ev["id"],
        "SQLDATE": day.strftime("%Y%m%d") if day else "",
        "MonthYear": day.strftime("%Y%m") if day else "",
        "Year": year,
        "FractionDate": frac,
        "Actor1Code": a1.get("code") or "",
        "Actor1Name": (a1.get("name") or a1.get("text") or "").upper(),
        "Actor1CountryCode": a1.get("country") or "",
        "Actor1Type1Code": a1.get("sector") or "",
        "Actor2Code": a2.get("code") or "",
        "Actor2Name": (a2.get("name") or a2.get("text") or "").upper(),
        "Actor2CountryCode": a2.get("country") or "",
        "Actor2Type1Code": a2.get("sector") or "",
        "IsRootEvent": 1 if ev.get("sentence") == 0 else 0,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": ev.get("quad_class") or "",
        "GoldsteinScale": ev.get("goldstein") if ev.get("goldstein") is not None else "",
        "NumMentions": ev.get("num_mentions") or 1,
        "NumSources": ev.get("num_sources") or 1,
        "NumArticles": ev.get("num_articles") or 1,
        "ActionGeo_Type": (1 if not loc.get("lat") else 4) if loc else 0,
        "ActionGeo_FullName": loc.get("name") or "",
        "ActionGeo_CountryCode": fips(loc.get("country")),
        "ActionGeo_Lat": loc.get("lat") if loc.get("lat") is not None else "",
        "ActionGeo_Long": loc.get("lon") if loc.get("lon") is not None else "",
        "DATEADDED": added.strftime("%Y%m%d%H%M%S") if added else "",
        "SOURCEURL": meta.get("url") or "",
        "PloverType": ev["event_type"],
        "PloverMode": ev.get("mode") or "",
        "PloverContext": ";".join(ev.get("context") or []),
        "CqModality": ev.get("modality") or "",
        "CqDatePrecision": precision or "",
        "CqConfidence": ev.get("confidence"),
        "CqEvidence": ev["evidence"]["sentence_text"],
        "CqTrigger": ev["evidence"]["trigger"],
        "CqExplanation": ev.get("explanation") or "",
        "CqUnattributed": 1 if ev.get("unattributed") else 0,
    }


def write_plover(events: Iterable[dict[str, Any]], store: Store, out: IO[str]) -> int:
    cache: dict[str, dict[str, Any]] = {}
    n = 0
    for ev in events:
        rec = plover_record(ev, _article_meta(store, cache, ev["article_id"]))
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_gdelt(events: Iterable[dict[str, Any]], store: Store, out: IO[str]) -> int:
    cache: dict[str, dict[str, Any]] = {}
    writer = SafeDictWriter(out, fieldnames=GDELT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(gdelt_row(ev, _article_meta(store, cache, ev["article_id"])))
        n += 1
    return n


def write_polecat_tsv(events: Iterable[dict[str, Any]], store: Store, out: IO[str]) -> int:
    cache: dict[str, dict[str, Any]] = {}
    return write_polecat(events, lambda aid: _article_meta(store, cache, aid), out)


def _typed_dates(rec: dict[str, Any]) -> dict[str, Any]:
    """``date`` as a DATE (first day of its period) beside ``date_precision``; first_seen and
    last_seen as DATEs."""
    day, precision = period_start(rec.get("date"))
    out = {**rec, "date": day, "date_precision": precision if day else rec.get("date_precision")}
    for k in ("first_seen", "last_seen"):
        if k in rec:
            out[k] = period_start(rec[k])[0]
    return out


def records_table(records: list[dict[str, Any]]) -> pa.Table:
    """Nested fields (actors, location, evidence) become Parquet lists and structs; dates
    are DATE columns."""
    return pa.Table.from_pylist([_typed_dates(r) for r in records])


def write_parquet(store: Store, path: Path, flt: EventFilter | None = None) -> dict[str, int]:
    """A file ``x.parquet`` gets the events; a folder gets events, mentions and articles."""
    events = list_events(store, flt)
    if path.suffix == ".parquet":
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(records_table(events), path)
        return {"events": len(events)}
    path.mkdir(parents=True, exist_ok=True)
    mentions = list_mentions(store, flt)
    pq.write_table(records_table(events), path / "events.parquet")
    pq.write_table(records_table(mentions), path / "mentions.parquet")
    target = sql_literal(path / "articles.parquet")
    store.con.execute(
        "COPY (SELECT *, TRY_CAST(left(published, 10) AS DATE) AS published_date FROM articles "
        f"ORDER BY id) TO {target} (FORMAT parquet)"
    )
    return {"events": len(events), "mentions": len(mentions), "articles": store.count("articles")}
