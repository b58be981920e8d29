"""A corpus for comparing distributed and plain ingest: the bundled examples with reports of
one invented happening spread so that they fall in different partitions and linking batches,
and helpers that compare two stores event by event."""

from __future__ import annotations

from importlib import resources
from typing import Any

from communique.model import Article
from communique.sources import iter_articles
from communique.store import Store

PARTITION = 3
BATCH = 4

# Reports of one invented signing, by invented outlets, worded differently.
SIGNING = [
    ("Lakeside Wire", "2023-06-14", "NAIROBI, June 14 (Lakeside Wire) -- Kenya and Ghana signed "
     "a trade and investment agreement in Nairobi on Wednesday, the Kenyan foreign ministry said."),
    ("Coastline Daily", "2023-06-14", "NAIROBI, June 14 -- Ghana's foreign minister signed a trade "
     "agreement with Kenya in Nairobi on Wednesday. Officials said the deal covers cocoa and tea."),
    ("Savanna Times", "2023-06-15", "ACCRA, June 15 -- Ghana and Kenya on Wednesday signed a trade "
     "pact in Nairobi, the Ghanaian government said on Thursday."),
    ("Highland Post", "2023-06-15", "The governments of Kenya and Ghana signed a trade agreement "
     "in Nairobi on June 14, according to a statement released on Thursday."),
]  # fmt: skip
LATER = [
    ("Rift Valley Herald", "2023-06-16", "NAIROBI, June 16 -- Kenya and Ghana signed a trade "
     "agreement in Nairobi on June 14, and both cabinets must now approve it."),
    ("Gulf of Guinea News", "2023-06-16", "ACCRA, June 16 -- Ghanaian officials said the trade "
     "agreement that Ghana signed with Kenya in Nairobi on June 14 would take effect next year."),
    ("Lakeside Wire", "2023-06-16", "LUSAKA, June 16 (Lakeside Wire) -- Zambia's president met "
     "Malawi's president in Lusaka on Friday to discuss electricity exports."),
]  # fmt: skip


def reports(rows: list[tuple[str, str, str]], tag: str) -> list[Article]:
    return [
        Article(
            text=text,
            id=f"{tag}-{i}",
            publisher=pub,
            published=day,
            url=f"https://{tag}{i}.example.org/story",
        )  # fmt: skip
        for i, (pub, day, text) in enumerate(rows)
    ]


def corpus() -> list[Article]:
    examples = resources.files("communique") / "data" / "examples"
    arts = [a for a in iter_articles([str(examples)]) if isinstance(a, Article)]
    assert len(arts) >= 20
    # positions 2, 5, 9, 13: partitions 0, 1, 3, 4 (of 3) and batches 0, 1, 2, 3 (of 4)
    for pos, report in zip((2, 5, 9, 13), reports(SIGNING, "sign"), strict=True):
        arts.insert(pos, report)
    arts.append(reports(SIGNING, "sign")[0])  # a duplicate: skipped by both
    return arts


def _events(store: Store) -> list[dict[str, Any]]:
    return store.query(
        "SELECT e.id, e.rep_mention_id, list(m.id ORDER BY m.id) AS mentions "
        "FROM events e JOIN mentions m ON m.event_id = e.id GROUP BY ALL ORDER BY e.id"
    )


def _mentions(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT * FROM mentions ORDER BY id")


def _articles(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY id")


def assert_same_events(plain: Store, dask: Store) -> None:
    a, b = _events(plain), _events(dask)
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):  # one by one, so a failure names the event
        assert x == y
    assert _mentions(plain) == _mentions(dask)  # event ids, link reasons and scores too
    assert _articles(plain) == _articles(dask)
