"""The server's mirror of the database (communique.api.mirror / database): what it copies.

The server answers from an on-disk copy brought up to date with only the new rows; these
tests check that the copy equals the database after each kind of write the store makes
(new stories, a new mention joining a stored event, which changes its representative), after
a sync in many small steps, and after the database file is replaced; that a request reads a
DuckDB file attached read-only for a moment, not a copy in memory and not the database held
open; and, with a real server, that a page shows a story written by another process.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import Server, build_db, story  # noqa: E402

from communique.api.database import Database  # noqa: E402
from communique.api.mirror import Mirror  # noqa: E402
from communique.store import Store  # noqa: E402
from support import run_cli  # noqa: E402

TABLES = {"articles": "id", "mentions": "id", "events": "id"}


def same_rows(mirror: Mirror, db: Path) -> None:
    """Every mirrored table holds exactly the database's rows."""
    with Store(db, read_only=True) as src:
        for table, key in TABLES.items():
            want = src.con.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()
            got = mirror.con.execute(f"SELECT * FROM {table} ORDER BY {key}").fetchall()
            assert got == want, table


def more_stories(db: Path, n: int, tag: str, join_event: str | None = None) -> None:
    arts = [
        story(
            f"{tag}{i}",
            "2024-03-0" + str(1 + i % 9),
            [
                (
                    f"Chile accused Peru of fishing, note {tag}{i}.",
                    "accused",
                    "ACCUSE",
                    "CHL",
                    "PER",
                    "asserted",
                    "2024-03-01",
                    *([join_event] if join_event else []),
                ),
            ],
        )  # fmt: skip
        for i in range(n)
    ]
    with Store(db) as s:
        s.write_batch(arts, link=False)
        if join_event:  # as linking does when a new report becomes the event's best one
            rep = arts[-1].mentions[0].id
            s.con.execute(
                "UPDATE events SET rep_mention_id = ?, updated_at = now() WHERE id = ?",
                [rep, join_event],
            )


@pytest.fixture
def db(tmp_path) -> Path:
    return build_db(tmp_path / "m.duckdb")


def test_incremental_sync_copies_new_stories_and_changed_events(db, tmp_path):
    m = Mirror(db, tmp_path / "m.mirror")
    assert not m.ready()
    assert m.sync() and m.ready()
    same_rows(m, db)
    before = m.counts()
    more_stories(db, 3, "new")
    more_stories(db, 2, "join", join_event="ev-planned-visit")  # a stored event gains reports
    assert m.sync()
    same_rows(m, db)
    assert m.counts()["articles"] == before["articles"] + 5
    rep = m.con.execute("SELECT rep_mention_id FROM events WHERE id = 'ev-planned-visit'")
    assert (
        rep.fetchone()[0]
        == m.con.execute("SELECT id FROM mentions WHERE article_id = 'join1'").fetchone()[0]
    )
    m.close()


def test_sync_in_small_steps_and_a_replaced_file_rebuilds(db, tmp_path):
    more_stories(db, 40, "bulk")
    m = Mirror(db, tmp_path / "m.mirror", step_seconds=0.0, min_chunk=7)  # chunks of 7 rows
    m.chunks = dict.fromkeys(m.chunks, 7)
    steps = 0
    while not m.sync(budget=0):
        steps += 1
        assert not m.ready()  # a half-filled mirror is not served
    assert steps >= 3 and m.ready()
    same_rows(m, db)
    # The file is replaced by another database with fewer stories: rebuilt, not mixed.
    db.unlink()
    build_db(db)
    assert m.sync()
    same_rows(m, db)
    m.close()


def test_requests_read_the_mirror_file_and_leave_the_database_free(db, tmp_path):
    mirror = tmp_path / "elsewhere.mirror"
    database = Database(db, mirror=mirror, memory_limit="64MB", threads=1)
    with database.read() as store:
        attached = store.con.execute(
            "SELECT database_name, path, readonly FROM duckdb_databases() WHERE NOT internal"
        ).fetchall()
        assert [(Path(p), ro) for _, p, ro in attached] == [(mirror, False)]  # no :memory:
        limit = store.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        assert limit.replace(" ", "").upper().startswith(("64MB", "61.0MIB", "61MIB"))
        assert store.count("articles") == 12
        # the database itself is not held: another process could open it for writing now
        duckdb.connect(str(db)).close()
    more_stories(db, 1, "after")
    with database.read() as store:
        assert store.count("articles") == 13 and database.stale is None
    database.close()


WRITE = """
import sys
sys.path.insert(0, sys.argv[2])
from explorer_corpus import story
from communique.store import Store
with Store(sys.argv[1]) as s:
    s.write_batch([story("late", "2024-03-09", [("Chile accused Peru of overfishing the bay.",
                   "accused", "ACCUSE", "CHL", "PER", "asserted", "2024-03-09")])], link=False)
"""


def test_a_page_shows_a_story_another_process_wrote_while_serving(db):
    srv = Server(db)
    try:
        with srv.client() as c:
            assert "overfishing" not in c.get("/events?actor=CHL").text
            assert not list(db.parent.glob("*.mirror.tmp/*"))
            subprocess.run(
                [sys.executable, "-c", WRITE, str(db), str(Path(__file__).parent)], check=True
            )
            page = c.get("/events?actor=CHL")
            assert page.status_code == 200 and "overfishing" in page.text
            assert "x-communique-stale" not in page.headers
            assert c.get("/api/summary").json()["articles"] == 13
        assert (db.parent / (db.name + ".mirror")).exists()
    finally:
        srv.stop()


def test_serve_refuses_a_memory_limit_that_is_no_size(tmp_path):
    r = run_cli("serve", "--db", str(tmp_path / "n.duckdb"), "--memory-limit", "lots")
    assert r.returncode == 2 and "--memory-limit" in r.stderr and "'lots'" in r.stderr
    assert not (tmp_path / "n.duckdb").exists()
