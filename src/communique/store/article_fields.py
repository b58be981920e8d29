"""The story fields a downloaded event carries: its story's ``title``, ``publisher`` and ``url``.

One definition for `communique events --format csv|jsonl` and the explorer's downloads (CSV,
JSON Lines, Parquet), so a row read back anywhere says where the event was reported.
"""

from __future__ import annotations

from typing import Any

from communique.store.db import Store

ARTICLE_FIELDS = ("title", "publisher", "url")


def with_article_fields(store: Store, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``records`` (events or mentions, each with ``article_id``) with their story's title,
    publisher and url added (None where the story has none). The page-only copies
    ``article_title`` and ``article_publisher`` are dropped."""
    ids = sorted({r["article_id"] for r in records if r.get("article_id")})
    meta: dict[str, dict[str, Any]] = {}
    if ids:
        for row in store.query(
            "SELECT id, title, publisher, url FROM articles WHERE id IN (SELECT unnest(?))",
            [ids],
        ):
            meta[row["id"]] = row
    out = []
    for r in records:
        art = meta.get(r.get("article_id") or "", {})
        rec = {k: v for k, v in r.items() if k not in ("article_title", "article_publisher")}
        rec.update({k: art.get(k) for k in ARTICLE_FIELDS})
        out.append(rec)
    return out
