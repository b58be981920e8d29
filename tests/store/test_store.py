"""The DuckDB store: migrations, atomic idempotent writes, queries, exports, locking."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import textwrap

import duckdb
import pytest

from communique.model import Actor, Article, Evidence, Location, Mention, Sentence
from communique.store import CodedArticle, Store, StoreError
from communique.store.exports import GDELT_COLUMNS, write_gdelt, write_parquet, write_plover
from communique.store.queries import EventFilter, list_articles, list_events, list_mentions, summary
from communique.store.schema import LATEST_VERSION


def coded(
    text: str, *, url: str | None, published: str | None, events: list[tuple]
) -> CodedArticle:
    """An article with one sentence per event: (type, actor country, recipient country, date)."""
    art = Article(text=text, url=url, title=text[:30], publisher="Test Wire", published=published)
    art.ensure_id()
    sents, mentions = [], []
    pos = 0
    for i, (etype, a, r, date) in enumerate(events):
        s_text = f"Sentence {i} about {a} and {r}."
        sents.append(Sentence(art.id, i, pos, pos + len(s_text), s_text))
        mentions.append(
            Mention(
                article_id=art.id,
                sentence=i,
                event_type=etype,
                actor=[Actor(text=a, name=a, country=a, sector="GOV")],
                recipient=[Actor(text=r, name=r, country=r, sector="GOV")] if r else [],
                evidence=Evidence(s_text, pos, pos + len(s_text), "about", pos + 11, pos + 16),
                explanation="test",
                cameo="042",
                quad_class=1,
                goldstein=1.9,
                date=date,
                date_precision="day" if date and len(date) == 10 else "month",
                location=Location("Moscow", "RUS", 55.75, 37.62, "text") if i == 0 else None,
            )
        )
        pos += len(s_text) + 1
    return CodedArticle(art, sents, mentions, ["e" + m.id[1:] for m in mentions], "test")


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "t.duckdb")
    yield s
    s.close()


def test_fresh_database_is_migrated_and_reopening_keeps_it(tmp_path):
    path = tmp_path / "m.duckdb"
    with Store(path) as s:
        assert s.schema_version() == LATEST_VERSION
        s.write_batch([coded("A story.", url="u1", published="2020-01-01", events=[])])
    with Store(path) as s:
        assert s.schema_version() == LATEST_VERSION
        assert s.count("articles") == 1
        assert s.count("schema_migrations") == LATEST_VERSION


def test_read_only_open_of_missing_database_says_so(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_not_a_database_gives_a_clear_error(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError, match="bad.duckdb"):
        Store(bad)


def test_written_mentions_read_back_exactly(store):
    ca = coded(
        "Story one.",
        url="http://x/1",
        published="2018-11-02",
        events=[("CONSULT", "CUB", "RUS", "2018-11-02"), ("SANCTION", "USA", "CUB", "2018")],
    )
    store.write_batch([ca])
    back = list_mentions(store)
    assert back == sorted(
        [m.to_dict() for m in ca.mentions], key=lambda d: (d["date"] or "", d["sentence"])
    )
    evs = list_events(store)
    assert len(evs) == 2
    assert all(e["num_mentions"] == 1 and e["num_articles"] == 1 for e in evs)
    assert {e["id"] for e in evs} == set(ca.event_ids)
    assert all(e["first_seen"] == "2018-11-02" for e in evs)


def test_a_failing_batch_leaves_nothing_behind(store):
    good = coded(
        "Good story.",
        url="http://x/good",
        published="2020-01-01",
        events=[("AID", "RUS", "CUB", "2020-01-01")],
    )
    store.write_batch([good])
    a = coded(
        "Another story.",
        url="http://x/a",
        published="2020-02-02",
        events=[("AID", "CHN", "CUB", "2020-02-02")],
    )
    clash = coded("Good story.", url="http://x/good", published="2020-01-01", events=[])
    with pytest.raises(duckdb.Error):
        store.write_batch([a, clash])  # same article id as `good`: the whole batch must roll back
    assert store.count("articles") == 1
    assert store.count("mentions") == 1
    assert store.count("sentences") == 1


def test_existing_stories_found_by_url_and_by_text(store):
    ca = coded("Same words  here.", url="http://x/1", published=None, events=[])
    store.write_batch([ca])
    other = Article(text="Same words here.")  # whitespace differs: same normalised text
    urls, hashes = store.find_existing(["http://x/1", "http://x/2"], [other.hash, "nope"])
    assert urls == {"http://x/1"}
    assert hashes == {other.hash}


def test_filters(store):
    store.write_batch([
        coded("S1.", url="u1", published="2018-11-02",
              events=[("CONSULT", "CUB", "RUS", "2018-11-02"), ("SANCTION", "USA", "CUB", "2018-11")]),
        coded("S2.", url="u2", published="2024-02-19",
              events=[("CONSULT", "RUS", "CUB", "2024-02-19"), ("ACCUSE", "RUS", "USA", None)]),
    ])  # fmt: skip

    def types(**kw):
        return sorted(e["event_type"] for e in list_events(store, EventFilter(**kw)))

    assert types(actor_country="rus") == ["ACCUSE", "CONSULT"]
    assert types(recipient_country="CUB") == ["CONSULT", "SANCTION"]
    assert types(country="USA") == ["ACCUSE", "SANCTION"]
    assert types(event_type="consult") == ["CONSULT", "CONSULT"]
    # a month-precision date lies inside a day range that covers the month
    assert types(date_from="2018-11-15", date_to="2018-11-30") == ["SANCTION"]
    assert types(date_from="2019-01-01") == ["CONSULT"]
    assert types(text="about RUS") == ["ACCUSE", "CONSULT"]
    assert len(list_events(store, EventFilter(limit=1, offset=1))) == 1
    arts = list_articles(store)
    assert [a["n_events"] for a in arts] == [2, 2]
    s = summary(store)
    assert s["events_by_type"]["CONSULT"] == 2
    pairs = {(p["actor"], p["recipient"]): p for p in s["top_pairs"]}
    assert pairs[("CUB", "RUS")]["events"] == 1 and pairs[("CUB", "RUS")]["goldstein_sum"] == 1.9


def test_exports_plover_gdelt_parquet(store, tmp_path):
    store.write_batch(
        [
            coded(
                "S1.",
                url="https://news.example.org/1",
                published="2018-11-02",
                events=[
                    ("CONSULT", "CUB", "RUS", "2018-11-02"),
                    ("SANCTION", "USA", "CUB", "2018"),
                ],
            )
        ]
    )
    evs = list_events(store)
    buf = io.StringIO()
    assert write_plover(evs, store, buf) == 2
    recs = [json.loads(x) for x in buf.getvalue().splitlines()]
    consult = next(r for r in recs if r["event"] == "CONSULT")
    assert consult["source"][0]["code"] == "CUBGOV" and consult["target"][0]["country"] == "RUS"
    assert (
        consult["url"] == "https://news.example.org/1" and consult["eventLoc"]["name"] == "Moscow"
    )

    buf = io.StringIO()
    write_gdelt(evs, store, buf)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0].keys()) == GDELT_COLUMNS
    row = next(r for r in rows if r["PloverType"] == "CONSULT")
    assert row["SQLDATE"] == "20181102" and row["EventRootCode"] == "04"
    assert row["Actor1CountryCode"] == "CUB" and row["ActionGeo_FullName"] == "Moscow"
    year_only = next(r for r in rows if r["PloverType"] == "SANCTION")
    assert year_only["SQLDATE"] == "20180101" and year_only["CqDatePrecision"] == "year"

    counts = write_parquet(store, tmp_path / "ds")
    assert counts == {"events": 2, "mentions": 2, "articles": 1}
    con = duckdb.connect()
    n = con.execute(
        f"SELECT count(*) FROM '{tmp_path / 'ds' / 'events.parquet'}' "
        "WHERE actor[1].country = 'CUB'"
    ).fetchone()[0]
    assert n == 1


def test_second_writer_gets_a_clear_message(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            Store(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)


def test_negated_events_are_left_out_of_lists_unless_asked_for(store):
    art = coded("S3.", url="u3", published="2024-02-19",
                events=[("CONSULT", "RUS", "CUB", "2024-02-19"), ("ASSAULT", "RUS", "UKR", None)])  # fmt: skip
    art.mentions[1].modality = "negated"  # "Russia did not attack ..." (PLOVER: may be excluded)
    store.write_batch([art])

    def types(**kw):
        return sorted(e["event_type"] for e in list_events(store, EventFilter(**kw)))

    assert types() == ["CONSULT"]
    assert types(modality="negated") == ["ASSAULT"]
    assert types(modality="all") == ["ASSAULT", "CONSULT"]
