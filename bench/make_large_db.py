"""Build a large communique database quickly, for serving benchmarks (`bench/serve_large.py`).

    python bench/make_large_db.py /tmp/large.duckdb --size-gb 1.0 [--seed 7]

No story is coded: the bundled examples are ingested once (the real pipeline, ~10 s) into a
template database, and their rows are then multiplied in DuckDB SQL into the target file,
which is created through the project's own store (``communique.store.Store``, so it has the
schema and migrations of a real one). Each synthetic article is a template story with a unique
paragraph appended (so evidence offsets stay valid and no two texts are equal), a publisher
out of 60, a publication date spread over six years with more stories in later years; each of
its mentions is the template mention with the actor and recipient replaced by countries drawn
from a skewed (Zipf-like) distribution over all ISO 3166 countries, each with a sector, and
dated on or a few days before publication. Mentions of the same type, pair and day across
stories link to one event, as the linker would join them, so events have 1..n mentions.
Batches are added until the file reaches ``--size-gb``. About 1 GB takes a few minutes on 2
cores.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import pycountry

from communique.store import Store

SECTORS = ["GOV", "GOV", "GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "CVL", "BUS", "MED", ""]
PUBLISHERS = [f"{a} {b}" for a in ("Northern", "Coastal", "Capital", "Evening", "Daily", "Global")
              for b in ("Wire", "Herald", "Dispatch", "Courier", "Ledger", "Monitor", "Post",
                        "Tribune", "Observer", "Bulletin")]  # fmt: skip


def build_template(folder: Path) -> Path:
    """The bundled examples, coded by the real pipeline into a small database."""
    from importlib import resources

    from communique.pipeline import ingest
    from communique.sources import iter_articles

    path = folder / "template.duckdb"
    examples = resources.files("communique").joinpath("data/examples")
    with resources.as_file(examples) as ex, Store(path) as store:
        ingest(list(iter_articles([str(ex)])), store)
    return path


def countries(seed: int) -> list[tuple[str, str]]:
    """(code, name) for every ISO 3166 country, in a seeded order: rank = how busy."""
    rows = sorted(
        (c.alpha_3, getattr(c, "common_name", None) or c.name) for c in pycountry.countries
    )
    random.Random(seed).shuffle(rows)
    return rows


def setup(store: Store, template: Path, seed: int) -> None:
    con = store.con
    con.execute("ATTACH ? AS tpl (READ_ONLY)", [str(template)])
    con.execute(
        "CREATE TEMP TABLE t_art AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, * "
        "FROM tpl.articles WHERE n_mentions > 0"
    )
    con.execute(
        "CREATE TEMP TABLE t_ment AS SELECT t.k, m.* FROM tpl.mentions m "
        "JOIN t_art t ON t.id = m.article_id"
    )
    con.execute(
        "CREATE TEMP TABLE t_sent AS SELECT t.k, s.* FROM tpl.sentences s "
        "JOIN t_art t ON t.id = s.article_id"
    )
    con.execute("DETACH tpl")
    cs = countries(seed)
    con.execute("CREATE TEMP TABLE t_cty (rank INTEGER, code VARCHAR, name VARCHAR)")
    con.executemany(
        "INSERT INTO t_cty VALUES (?, ?, ?)", [(i, c, n) for i, (c, n) in enumerate(cs)]
    )
    con.execute("CREATE TEMP TABLE t_sec (i INTEGER, sector VARCHAR)")
    con.executemany("INSERT INTO t_sec VALUES (?, ?)", list(enumerate(SECTORS)))
    con.execute("CREATE TEMP TABLE t_pub (i INTEGER, name VARCHAR)")
    con.executemany("INSERT INTO t_pub VALUES (?, ?)", list(enumerate(PUBLISHERS)))
    con.execute("SELECT setseed(?)", [(seed % 1000) / 1000])


def add_batch(store: Store, start: int, n: int) -> None:
    """Articles start..start+n, their sentences and mentions (events are made at the end)."""
    con = store.con
    n_tpl = con.execute("SELECT count(*) FROM t_art").fetchone()[0]
    n_cty = con.execute("SELECT count(*) FROM t_cty").fetchone()[0]
    now = datetime.now(UTC).replace(tzinfo=None)
    con.execute("BEGIN TRANSACTION")
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE b_art AS
        SELECT i, 'syn-' || lpad(i::VARCHAR, 9, '0') AS id, hash(i, 'tpl') % {n_tpl} AS k,
               -- 2019-01-01 + sqrt-skewed day: later years busier
               (DATE '2019-01-01' + CAST(floor(sqrt(random()) * 2190) AS INTEGER)) AS pub,
               hash(i, 'pub') % {len(PUBLISHERS)} AS p
        FROM range(?, ?) r(i)
        """,
        [start, start + n],
    )
    con.execute(
        """
        INSERT INTO articles
        SELECT b.id, md5(b.id), 'https://news.example.org/' || b.id, t.title || ' (' || b.i || ')',
               p.name, strftime(b.pub, '%Y-%m-%d'), 'metadata', 'day', t.dateline,
               t.dateline_date, 'en', 'synthetic:' || b.i, 'jsonl', t.notes,
               t.text || chr(10) || chr(10) || 'Filed as item ' || b.i || ' by ' || p.name
                 || ' on ' || strftime(b.pub, '%A %d %B %Y') || ', reference '
                 || md5(b.id) || '.',
               t.n_sentences, t.n_mentions, t.coder, ?
        FROM b_art b JOIN t_art t ON t.k = b.k JOIN t_pub p ON p.i = b.p
        """,
        [now],
    )
    con.execute(
        "INSERT INTO sentences SELECT b.id, s.idx, s.start_char, s.end_char, s.text "
        "FROM b_art b JOIN t_sent s ON s.k = b.k"
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE b_ment AS
        WITH x AS (
            SELECT b.id AS art_id, b.pub, m.*, 'm' || left(md5(b.id || m.id), 16) AS mid,
                   CAST(floor(pow(random(), 2.2) * {n_cty}) AS INTEGER) AS ra,
                   CAST(floor(pow(random(), 2.2) * {n_cty}) AS INTEGER) AS rr,
                   CAST(floor(random() * {len(SECTORS)}) AS INTEGER) AS sa,
                   CAST(floor(random() * {len(SECTORS)}) AS INTEGER) AS sr,
                   CAST(floor(pow(random(), 3) * 4) AS INTEGER) AS back
            FROM b_art b JOIN t_ment m ON m.k = b.k
        )
        SELECT x.*, ca.code AS a, ca.name AS aname, sa.sector AS asec,
               CASE WHEN cr.code = ca.code THEN c2.code ELSE cr.code END AS r,
               CASE WHEN cr.code = ca.code THEN c2.name ELSE cr.name END AS rname,
               sr.sector AS rsec, strftime(x.pub - x.back, '%Y-%m-%d') AS d
        FROM x JOIN t_cty ca ON ca.rank = x.ra JOIN t_cty cr ON cr.rank = x.rr
        JOIN t_cty c2 ON c2.rank = (x.rr + 1) % {n_cty}
        JOIN t_sec sa ON sa.i = x.sa JOIN t_sec sr ON sr.i = x.sr
        """
    )
    con.execute(
        """
        INSERT INTO mentions (id, event_id, article_id, sentence, event_type, mode, context,
            cameo, quad_class, goldstein, actor, recipient, actor_countries,
            recipient_countries, actor_codes, recipient_codes, modality, date, date_precision,
            date_text, location, evidence, explanation, confidence, record, link_reason,
            link_score, unattributed)
        WITH y AS (
            SELECT *,
                json_array(json_object('text', aname, 'name', aname, 'country', a,
                    'sector', nullif(asec, ''), 'code', a || asec)) AS actor_j,
                CASE WHEN json_array_length(recipient) = 0 THEN '[]'::JSON ELSE
                    json_array(json_object('text', rname, 'name', rname, 'country', r,
                        'sector', nullif(rsec, ''), 'code', r || rsec)) END AS recip_j,
                json_array_length(recipient) > 0 AS has_r,
                CASE WHEN modality = 'historical' THEN date ELSE d END AS d2
            FROM b_ment
        )
        SELECT mid, 'e' || left(md5(event_type || a || CASE WHEN has_r THEN r ELSE '' END
                                    || coalesce(d2, '')), 15),
               art_id, sentence, event_type, mode, context, cameo, quad_class, goldstein,
               actor_j, recip_j, [a], CASE WHEN has_r THEN [r] ELSE [] END,
               [a || asec], CASE WHEN has_r THEN [r || rsec] ELSE [] END,
               modality, d2, CASE WHEN d2 IS NULL THEN NULL ELSE 'day' END, date_text,
               location, evidence, explanation, confidence,
               json_merge_patch(record, json_object('id', mid, 'article_id', art_id,
                   'actor', actor_j, 'recipient', recip_j, 'date', d2,
                   'date_precision', CASE WHEN d2 IS NULL THEN NULL ELSE 'day' END)),
               'synthetic', 1.0, false
        FROM y
        """
    )
    con.execute("COMMIT")


def make_events(store: Store) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    store.con.execute(
        "INSERT INTO events (id, rep_mention_id, created_at, updated_at) "
        "SELECT event_id, min(id), ?, ? FROM mentions WHERE event_id NOT IN "
        "(SELECT id FROM events) GROUP BY event_id",
        [now, now],
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--size-gb", type=float, default=1.0)
    ap.add_argument("--batch", type=int, default=20_000, help="articles per batch")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--template", type=Path, help="an existing coded database to multiply")
    args = ap.parse_args(argv)
    if args.db.exists():
        print(f"{args.db}: exists; remove it first", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        template = args.template or build_template(Path(tmp))
        with Store(args.db) as store:
            setup(store, template, args.seed)
            target = args.size_gb * 1024**3
            done = 0
            while True:
                add_batch(store, done, args.batch)
                done += args.batch
                store.con.execute("CHECKPOINT")
                size = args.db.stat().st_size
                print(f"{done:>9,} articles  {size / 1024**2:8.0f} MB  "
                      f"{time.perf_counter() - started:6.1f} s", file=sys.stderr)  # fmt: skip
                if size >= target:
                    break
            make_events(store)
            store.con.execute("CHECKPOINT")
            counts = {t: store.count(t) for t in ("articles", "sentences", "mentions", "events")}
    size = args.db.stat().st_size
    print(
        f"{args.db}: {size / 1024**3:.2f} GB, "
        + ", ".join(f"{v:,} {k}" for k, v in counts.items())
        + f" in {time.perf_counter() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
