"""`ingest --dask` + `load` gives the events of a plain ingest of the same stories, one by one.

The corpus is the bundled examples with reports of one invented happening spread so that they
fall in different partitions and different linking batches; a second corpus is then loaded
into databases that already hold events, and must link against them.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from communique.distributed import distributed_ingest, load_dataset
from communique.model import Article
from communique.pipeline import ingest
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


def _reports(rows: list[tuple[str, str, str]], tag: str) -> list[Article]:
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


def _corpus() -> list[Article]:
    examples = resources.files("communique") / "data" / "examples"
    arts = [a for a in iter_articles([str(examples)]) if isinstance(a, Article)]
    assert len(arts) >= 20
    # positions 2, 5, 9, 13: partitions 0, 1, 3, 4 (of 3) and batches 0, 1, 2, 3 (of 4)
    for pos, report in zip((2, 5, 9, 13), _reports(SIGNING, "sign"), strict=True):
        arts.insert(pos, report)
    arts.append(_reports(SIGNING, "sign")[0])  # a duplicate: skipped by both
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


def _assert_same(plain: Store, dask: Store) -> None:
    a, b = _events(plain), _events(dask)
    assert len(a) == len(b)
    for x, y in zip(a, b, strict=True):  # one by one, so a failure names the event
        assert x == y
    assert _mentions(plain) == _mentions(dask)  # event ids, link reasons and scores too
    assert _articles(plain) == _articles(dask)


@pytest.mark.slow
def test_dask_ingest_and_load_give_the_events_of_a_plain_ingest(tmp_path: Path) -> None:
    plain = Store(tmp_path / "plain.duckdb")
    dask = Store(tmp_path / "dask.duckdb")
    ingest(_corpus(), plain, batch_size=BATCH)
    rep = distributed_ingest(
        _corpus(), tmp_path / "ds1", "local:1:threads", partition_size=PARTITION, batch_size=BATCH
    )
    assert rep.partitions >= 10 and rep.duplicates == 1
    loaded = load_dataset(tmp_path / "ds1", dask)
    assert loaded.added["articles"] == plain.count("articles")
    _assert_same(plain, dask)

    # the four reports, in four partitions, are one event (not four)
    signing = dask.query(
        "SELECT event_id, count(DISTINCT article_id) AS n FROM mentions "
        "WHERE article_id LIKE 'sign-%' AND event_type = 'SUPPORT' GROUP BY event_id"
    )
    assert [r["n"] for r in signing] == [4]
    first_event = signing[0]["event_id"]

    # a second corpus into databases that already hold events: it links against them
    ingest(_reports(LATER, "later"), plain, batch_size=BATCH)
    distributed_ingest(
        _reports(LATER, "later"), tmp_path / "ds2", "local:1:threads",
        partition_size=PARTITION, batch_size=BATCH,
    )  # fmt: skip
    loaded = load_dataset(tmp_path / "ds2", dask)
    assert loaded.added["articles"] == len(LATER)
    _assert_same(plain, dask)
    joined = dask.query(
        "SELECT DISTINCT article_id FROM mentions WHERE event_id = ? AND article_id LIKE 'later-%'",
        [first_event],
    )
    assert len(joined) == 2

    # loading again adds nothing
    again = load_dataset(tmp_path / "ds1", dask)
    assert sum(again.added.values()) == 0 and again.duplicates == plain.count("articles") - 3
    _assert_same(plain, dask)
    plain.close()
    dask.close()
