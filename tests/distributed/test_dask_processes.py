"""Real processes: `dask scheduler` and two `dask worker` processes on 127.0.0.1 code into a
real S3-compatible server; one worker is killed mid-run and the job finishes on the other,
no partition lost or written twice; a rerun resumes; the loaded events equal a plain ingest's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from communique.pipeline import ingest
from communique.sources import iter_articles
from communique.store import Store
from real_services import S3Server, dask_cluster
from signing_corpus import BATCH, PARTITION, assert_same_events, corpus

DS = "news/ds-processes"


def _write_corpus(path: Path) -> int:
    fields = ("id", "title", "url", "publisher", "published", "language", "text")
    with path.open("w", encoding="utf-8") as fh:
        for a in corpus():
            fh.write(json.dumps({f: getattr(a, f) for f in fields if getattr(a, f)}) + "\n")
    return len({a.id for a in corpus()})


def _ingest(stories: Path, address: str, s3: S3Server) -> subprocess.Popen[str]:
    env = dict(os.environ, **s3.env(), PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.Popen(
        [sys.executable, "-m", "communique", "ingest", str(stories), "--dask", address,
         "--out", f"s3://{DS}", "--partition-size", str(PARTITION), "--batch-size", str(BATCH),
         "--quiet"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


@pytest.mark.slow
def test_two_worker_processes_survive_a_killed_worker_and_resume(
    s3: S3Server, tmp_path: Path
) -> None:
    stories = tmp_path / "stories.jsonl"
    n_articles = _write_corpus(stories)
    fs = s3.fs()

    def markers() -> list[str]:
        fs.invalidate_cache()
        return fs.glob(f"{DS}/part-*/_SUCCESS")

    with dask_cluster(tmp_path) as cluster:
        run = _ingest(stories, cluster.address, s3)
        deadline = time.monotonic() + 240
        while not markers() and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert run.poll() is None, "finished before a worker could be killed:\n" + (
            run.stdout.read() if run.stdout else ""
        )
        cluster.kill_worker(0)  # mid-run: partitions are still queued on it
        fs.pipe(f"{DS}/.tmp-0000-deadhost-1-x/mentions.parquet", b"half written")  # a leftover
        said, _ = run.communicate(timeout=240)
        assert run.returncode == 0, said
        assert cluster.workers[0].poll() is not None and cluster.workers[1].poll() is None

        manifest = json.loads(fs.cat(f"{DS}/_dataset.json"))
        keys = manifest["partitions"]
        assert len(keys) == len(markers()) >= 10  # no partition lost
        for key in keys:  # each written once: exactly its tables and one marker
            files = sorted(p.rsplit("/", 1)[1] for p in fs.find(f"{DS}/part-{key}"))
            assert files == ["_SUCCESS", "articles.parquet", "mentions.parquet",
                             "sentences.parquet"]  # fmt: skip
        fs.invalidate_cache()
        fs.invalidate_cache()
        assert not [p for p in fs.find(DS) if "/.tmp-" in p], said  # leftovers removed
        assert "removed" in said and "unfinished attempt" in said
        assert f"{n_articles} articles coded" in said  # each article once

        # a partition lost after the run: the rerun codes that one only
        lost = keys[4]
        fs.rm(f"{DS}/part-{lost}", recursive=True)
        rerun = _ingest(stories, cluster.address, s3)
        said, _ = rerun.communicate(timeout=240)
        assert rerun.returncode == 0, said
        assert f"in 1 partitions, {len(keys) - 1} partitions already finished" in said
        assert len(markers()) == len(keys)

    db = tmp_path / "dask.duckdb"
    loaded = subprocess.run(
        [sys.executable, "-m", "communique", "load", f"s3://{DS}", "--db", str(db)],
        env=dict(os.environ, **s3.env()), capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert loaded.returncode == 0, loaded.stderr
    plain = Store(tmp_path / "plain.duckdb")
    ingest(iter_articles([str(stories)]), plain, batch_size=BATCH)
    with Store(db) as dask:
        assert dask.count("articles") == n_articles
        assert_same_events(plain, dask)
    plain.close()
