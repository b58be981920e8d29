"""`communique serve` and `communique ingest` on one database at once, in real processes.

The server reads from its on-disk mirror of the database, brought up to date after the file
changes (see communique.api.database): an idle server holds no lock, so an ingest can always
start; while the ingest holds the file the server answers from the mirror, marked stale; a
server with no mirror yet answers 503 "database busy" within the busy timeout. Nothing
hangs, nothing is corrupted. The tests run in file order (the first needs a fresh server).
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import Server, build_db  # noqa: E402

from communique.store import Store  # noqa: E402
from support import run_cli  # noqa: E402

BUSY_TIMEOUT = 1.0

STORIES = {
    "one.txt": "Chile and Argentina sign border pact\n\nSANTIAGO, March 3 (Test Wire) - Chile "
    "and Argentina signed a border agreement on Monday.\n",
    "two.txt": "Kenya hosts Uganda for talks\n\nNAIROBI, March 4 (Test Wire) - Kenyan "
    "President met Ugandan President in Nairobi on Tuesday to discuss fishing rights.\n",
    "three.txt": "Peru protests to Bolivia\n\nLIMA, March 5 (Test Wire) - Peru accused "
    "Bolivia of violating the border on Wednesday.\n",
}


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("conc")
    db = build_db(tmp / "shared.duckdb")
    srv = Server(db, busy_timeout=BUSY_TIMEOUT)
    yield tmp, db, srv
    srv.stop()


HOLD = """
import sys, time
from communique.store import Store
s = Store(sys.argv[1])
if sys.argv[2] == "write":
    s.con.execute("INSERT INTO articles (id, content_hash, text, n_sentences, n_mentions, "
                  "ingested_at) VALUES ('held', 'h', 'held text', 0, 0, now())")
print("holding", flush=True)
sys.stdin.readline()
s.close()
"""


class Holder:
    """Another process holding the database read-write until released."""

    def __init__(self, db: Path, mode: str = "hold") -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(db), mode],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.proc.stdout.readline().strip() == "holding"  # type: ignore[union-attr]

    def release(self) -> None:
        self.proc.communicate("\n", timeout=30)


def test_busy_without_snapshot_then_stale_snapshot_while_another_process_writes(setup):
    _, db, srv = setup
    # 1. Fresh server, file held by another process: 503 "database busy", quickly.
    holder = Holder(db)
    try:
        t0 = time.monotonic()
        r = httpx.get(srv.url + "/api/summary", timeout=30)
        assert time.monotonic() - t0 < BUSY_TIMEOUT + 2
        assert r.status_code == 503 and r.headers["retry-after"]
        assert "database busy" in r.json()["detail"] and "ingest" in r.json()["detail"]
        page = httpx.get(srv.url + "/", timeout=30)
        assert page.status_code == 503 and "Database busy" in page.text
    finally:
        holder.release()
    # 2. Free again: served, and the server keeps a snapshot.
    before = httpx.get(srv.url + "/api/summary").json()["articles"]
    # 3. Another process writes and keeps the file: answers come from the snapshot, marked.
    holder = Holder(db, "write")
    try:
        r = httpx.get(srv.url + "/api/summary", timeout=30)
        assert r.status_code == 200 and r.json()["articles"] == before
        assert "an ingest is writing" in r.headers["x-communique-stale"]
        page = httpx.get(srv.url + "/articles", timeout=30)
        assert page.status_code == 200 and "showing the data as of" in page.text
    finally:
        holder.release()
    # 4. Released: the new row is served and the mark is gone.
    r = httpx.get(srv.url + "/api/summary")
    assert r.json()["articles"] == before + 1 and "x-communique-stale" not in r.headers


def test_ingest_endpoint_is_off_without_a_token(setup):
    _, _, srv = setup
    r = httpx.post(srv.url + "/api/ingest", content=b'{"text": "x"}')
    assert r.status_code == 403
    assert "--token-file" in r.json()["detail"] and "read-only" in r.json()["detail"]


def test_serve_and_ingest_at_once_neither_hang_nor_corrupt(setup):
    tmp, db, srv = setup
    folder = tmp / "stories"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    before = httpx.get(srv.url + "/api/summary").json()["articles"]

    seen: list[tuple[int, float, str, dict]] = []
    stop = threading.Event()

    def poll() -> None:
        with httpx.Client(base_url=srv.url, timeout=30) as c:
            while not stop.is_set():
                for url in ("/api/articles?limit=1", "/events?limit=5"):
                    t0 = time.monotonic()
                    r = c.get(url)
                    seen.append((r.status_code, time.monotonic() - t0, r.text, dict(r.headers)))
                time.sleep(0.2)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    try:
        # An idle server holds no lock: the ingest opens the file at the first try.
        r = run_cli("ingest", str(folder), "--db", str(db), timeout=300)
        assert r.returncode == 0, r.stderr
        time.sleep(0.3)
    finally:
        stop.set()
        poller.join(30)

    assert seen, "the poller made no request"
    assert {s for s, *_ in seen} == {200}  # the server had a snapshot: never busy
    assert max(t for _, t, *_ in seen) < BUSY_TIMEOUT + 3, "a request hung"
    after = httpx.get(srv.url + "/api/summary")
    assert after.status_code == 200 and after.json()["articles"] == before + len(STORIES)
    with Store(db, read_only=True) as s:  # the file is intact and consistent
        assert s.count("articles") == before + len(STORIES)
        orphans = s.query(
            "SELECT count(*) AS n FROM mentions m LEFT JOIN articles a ON a.id = m.article_id "
            "WHERE a.id IS NULL"
        )[0]["n"]
        assert orphans == 0


def test_cli_can_read_the_file_while_the_server_is_idle(setup):
    _, db, _ = setup
    # An idle server holds no connection, so other processes can read (or write) the file.
    r = run_cli("dyad", "CUB", "RUS", "--db", str(db), "--format", "jsonl")
    assert r.returncode == 0 and "2018-11" in r.stdout
