"""POST /api/ingest reports a changed story under a stored id as a conflict (issue #13, item 5)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from explorer_corpus import Server  # noqa: E402

from communique.store.db import Store  # noqa: E402

TOKEN = "conflict-token-7"
FIRST = "Nairobi, July 8 -- Kenya accused Uganda of shelling a border village."
CHANGED = "Nairobi, July 8 -- Kenya accused Uganda of shelling two border villages."


@pytest.mark.slow
def test_api_ingest_lists_conflicts_and_keeps_the_stored_story(tmp_path):
    db = tmp_path / "api.duckdb"
    Store(db).close()
    server = Server(db, token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    try:
        with server.client() as http:
            first = http.post("/api/ingest", headers=auth,
                              content=json.dumps({"id": "ke1", "text": FIRST}).encode())  # fmt: skip
            assert first.status_code == 200 and first.json()["stored"] == 1, first.text
            again = http.post("/api/ingest", headers=auth,
                              content=json.dumps({"id": "ke1", "text": FIRST}).encode())  # fmt: skip
            assert again.json()["duplicates"] == 1 and again.json()["conflicts"] == []
            changed = http.post("/api/ingest", headers=auth,
                                content=json.dumps({"id": "ke1", "text": CHANGED}).encode())  # fmt: skip
            report = changed.json()
            assert changed.status_code == 200 and report["stored"] == 0
            assert [(c["origin"], c["key"], c["value"]) for c in report["conflicts"]] == [
                ("stdin:1", "id", "ke1")
            ]
            assert "already stored with different text" in report["conflicts"][0]["reason"]
            stored = http.get("/api/articles/ke1").json()
    finally:
        server.stop()
    assert "shelling a border village" in json.dumps(stored)
    assert "two border villages" not in json.dumps(stored)
