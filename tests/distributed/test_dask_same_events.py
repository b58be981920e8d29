"""`ingest --dask` + `load` gives the events of a plain ingest of the same stories, one by one
(corpus in ``tests/signing_corpus.py``); a second corpus is then loaded into databases that
already hold events, and must link against them."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.distributed import distributed_ingest, load_dataset
from communique.pipeline import ingest
from communique.store import Store
from signing_corpus import BATCH, LATER, PARTITION, assert_same_events, corpus, reports


@pytest.mark.slow
def test_dask_ingest_and_load_give_the_events_of_a_plain_ingest(tmp_path: Path) -> None:
    plain = Store(tmp_path / "plain.duckdb")
    dask = Store(tmp_path / "dask.duckdb")
    ingest(corpus(), plain, batch_size=BATCH)
    rep = distributed_ingest(
        corpus(),
        tmp_path / "ds1",
        "local:2:threads",
        partition_size=PARTITION,
        batch_size=BATCH,
        in_flight=3,  # more partitions than in flight: submitted as others end
    )  # fmt: skip  (two threads of one worker: they must not code at once)
    assert rep.partitions >= 10 and rep.duplicates == 1 and rep.done == rep.partitions
    loaded = load_dataset(tmp_path / "ds1", dask)
    assert loaded.added["articles"] == plain.count("articles")
    assert_same_events(plain, dask)

    # the four reports, in four partitions, are one event (not four)
    signing = dask.query(
        "SELECT event_id, count(DISTINCT article_id) AS n FROM mentions "
        "WHERE article_id LIKE 'sign-%' AND event_type = 'SUPPORT' GROUP BY event_id"
    )
    assert [r["n"] for r in signing] == [4]
    first_event = signing[0]["event_id"]

    # a second corpus into databases that already hold events: it links against them
    ingest(reports(LATER, "later"), plain, batch_size=BATCH)
    distributed_ingest(
        reports(LATER, "later"), tmp_path / "ds2", "local:1:threads",
        partition_size=PARTITION, batch_size=BATCH,
    )  # fmt: skip
    loaded = load_dataset(tmp_path / "ds2", dask)
    assert loaded.added["articles"] == len(LATER)
    assert_same_events(plain, dask)
    joined = dask.query(
        "SELECT DISTINCT article_id FROM mentions WHERE event_id = ? AND article_id LIKE 'later-%'",
        [first_event],
    )
    assert len(joined) == 2

    # loading again adds nothing
    again = load_dataset(tmp_path / "ds1", dask)
    assert sum(again.added.values()) == 0 and again.duplicates == plain.count("articles") - 3
    assert_same_events(plain, dask)
    plain.close()
    dask.close()
