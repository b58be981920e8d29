"""A list view's events as a file: CSV, JSON Lines or Parquet, for the pages and the API.

Every list (events, a pair, an actor, search results, a map selection) answers
``?format=csv|jsonl|parquet`` with all the events its filters select (not one page of them),
each with its story's ``title``, ``publisher`` and ``url``. CSV rows are flattened as
`communique events --format csv` writes them and go through ``communique.safecsv``; JSON
Lines records are `communique events --format jsonl` records; Parquet keeps actors, location
and evidence as lists and structs and has DATE columns (as `communique export --to parquet`).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from fastapi.responses import Response

from communique.api.queries import event_ids
from communique.filters import BadFilter
from communique.relations import ActorKey, records_by_ids
from communique.relations.units import DATE_SQL, uid_col, unit_from
from communique.render import flat, to_json
from communique.safecsv import SafeDictWriter
from communique.store import Store
from communique.store.article_fields import with_article_fields
from communique.store.exports import records_table
from communique.store.queries import EventFilter

# format -> (media type, file extension); ``ndjson`` is another name for JSON Lines
DOWNLOAD_FORMATS: dict[str, tuple[str, str]] = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "jsonl": ("application/x-ndjson", "jsonl"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}
ALIASES = {"ndjson": "jsonl", "json-lines": "jsonl"}
FORMAT_HELP = (
    "json (default): a page of results; csv, jsonl or parquet: every event the filters "
    "select, as a file, with its story's title, publisher and url."
)


PAGE_FORMATS = ("", "html", "json")


def requested(params: Mapping[str, str]) -> str | None:
    """The download format asked for with ``format=``, or None (a page or JSON); any other
    value is a BadFilter naming ``format`` (a 422)."""
    raw = (params.get("format") or "").strip().lower()
    fmt = ALIASES.get(raw, raw)
    if fmt in DOWNLOAD_FORMATS:
        return fmt
    if fmt in PAGE_FORMATS:
        return None
    raise BadFilter(
        "format", f"'format' must be json, csv, jsonl or parquet, not {params['format'][:40]!r}"
    )


def is_download(params: Mapping[str, str]) -> bool:
    try:
        return requested(params) is not None
    except BadFilter:
        return True  # a bad file format: answered as an API error, not a page


# the columns of an empty CSV download: an event record's fields (GUIDE.md section 3)
EMPTY_RECORD = dict.fromkeys((
    "id", "article_id", "sentence", "event_type", "mode", "context", "cameo", "quad_class",
    "goldstein", "actor", "recipient", "modality", "date", "date_precision", "date_text",
    "location", "evidence", "explanation", "confidence", "title", "publisher", "url",
))  # fmt: skip
BATCH = 5000  # records built and encoded at a time: a download holds its bytes, not its dicts

Batches = Iterable[list[dict[str, Any]]]


def _csv(batches: Batches) -> Iterator[bytes]:
    """CSV rows flattened as `communique events --format csv` writes them; the header is the
    first batch's columns (an empty download: an event record's)."""
    buf = io.StringIO()
    writer: SafeDictWriter | None = None
    for recs in batches:
        rows = [flat(r) for r in recs]
        if writer is None:
            fields: list[str] = []
            for r in rows or [flat(EMPTY_RECORD)]:
                fields += [k for k in r if k not in fields]
            writer = SafeDictWriter(
                buf, fieldnames=fields, lineterminator="\n", restval="", extrasaction="ignore"
            )
            writer.writeheader()
        writer.writerows(rows)
        yield buf.getvalue().encode("utf-8")
        buf.seek(0)
        buf.truncate()
    if writer is None:
        yield from _csv([[]])


def _jsonl(batches: Batches) -> Iterator[bytes]:
    for recs in batches:
        yield "".join(to_json(r) + "\n" for r in recs).encode("utf-8")


def _parquet(batches: Batches) -> Iterator[bytes]:
    """One Parquet file: each batch becomes an Arrow table (compact), joined at the end with
    their types unified (a batch whose locations are all empty has a null column)."""
    tables = [records_table(recs) for recs in batches if recs] or [records_table([])]
    buf = io.BytesIO()
    pq.write_table(pa.concat_tables(tables, promote_options="permissive"), buf)
    yield buf.getvalue()


def encode(batches: Batches, fmt: str) -> bytes:
    """Batches of records in ``fmt`` (csv, jsonl or parquet), as one file."""
    return b"".join({"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt](batches))


def batches(
    store: Store, *, ids: list[str] | None = None, unit: str = "event",
    records: list[dict[str, Any]] | None = None,
) -> Iterator[list[dict[str, Any]]]:  # fmt: skip
    """The download's records, ``BATCH`` at a time, each with its story's title, publisher
    and url: fetched by ``ids`` (events or mentions per ``unit``), or the ``records`` given."""
    if ids is not None:
        for i in range(0, len(ids), BATCH):
            yield with_article_fields(store, records_by_ids(store, ids[i : i + BATCH], unit))
    for i in range(0, len(records or []), BATCH):
        yield with_article_fields(store, (records or [])[i : i + BATCH])


def filename(stem: str, fmt: str) -> str:
    """A safe file name: 'communique-pair-CUB-RUS.csv'."""
    clean = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-")[:80] or "events"
    return f"communique-{clean}.{DOWNLOAD_FORMATS[fmt][1]}"


def respond(
    store: Store, fmt: str, stem: str, *, ids: list[str] | None = None, unit: str = "event",
    records: list[dict[str, Any]] | None = None,
) -> Response:  # fmt: skip
    """The download of ``ids`` (or ``records``) with the format's media type and a
    Content-Disposition naming the file."""
    body = encode(batches(store, ids=ids, unit=unit, records=records), fmt)
    n = len(ids) if ids is not None else len(records or [])
    return Response(
        body,
        media_type=DOWNLOAD_FORMATS[fmt][0],
        headers={
            "Content-Disposition": f'attachment; filename="{filename(stem, fmt)}"',
            "X-Communique-Records": str(n),
        },
    )


def download_links(path: str, params: Mapping[str, str]) -> list[dict[str, str]]:
    """Links that download what a page shows: its filters kept, paging dropped."""
    from urllib.parse import urlencode

    keep = {k: v for k, v in params.items() if k not in ("format", "offset", "limit") and v}
    return [
        {"format": fmt, "href": f"{path}?{urlencode({**keep, 'format': fmt})}"}
        for fmt in DOWNLOAD_FORMATS
    ]


# --- the full lists behind the views (their pages show one page or a few of them) ------------
def unpaged(flt: EventFilter, params: Mapping[str, str]) -> EventFilter:
    """``flt`` without the page size a page or the API put on it, unless ``limit`` was given:
    a download has every event the filters select."""
    return flt if params.get("limit") else replace(flt, limit=None)


def filtered_ids(
    store: Store, flt: EventFilter, params: Mapping[str, str], *, sort: str = "date",
    order: str = "desc", unit: str = "event",
) -> list[str]:  # fmt: skip
    """What /events and /api/events list, all of it, in their order."""
    return event_ids(store, unpaged(flt, params), sort=sort, order=order, unit=unit)[1]


def actor_ids(store: Store, code: str, unit: str = "event") -> list[str]:
    """Every event (or mention) in which the actor (CUB, CUBGOV) is actor or recipient,
    newest first: the actor page's list, whole."""
    key = ActorKey.parse(code)
    return [
        r[0]
        for r in store.con.execute(
            f"SELECT {uid_col(unit)} FROM {unit_from(unit)} "
            f"WHERE {key.on('actor')} OR {key.on('recipient')} "
            f"ORDER BY {DATE_SQL} DESC NULLS LAST, {uid_col(unit)}",
            [key.code, key.code],
        ).fetchall()
    ]


def search_ids(store: Store, q: str) -> list[str]:
    """Every event whose evidence sentence or story title has the words (search's list)."""
    if not (q or "").strip():
        return []
    return event_ids(store, EventFilter(text=q.strip()), order="desc")[1]
