"""`ingest --dask --out s3://…` and `load s3://…` against a real S3-compatible server: the
partitions, markers and manifest live in the bucket, and the loaded events are those of a
plain ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.pipeline import ingest
from communique.sources import iter_articles
from communique.store import Store
from real_services import S3Server
from signing_corpus import SIGNING, assert_same_events, reports


def _write(path: Path) -> Path:
    import json

    with path.open("w", encoding="utf-8") as fh:
        for a in reports(SIGNING, "s3"):
            fh.write(json.dumps({"id": a.id, "text": a.text, "publisher": a.publisher,
                                 "published": a.published, "url": a.url}) + "\n")  # fmt: skip
    return path


@pytest.mark.slow
def test_dask_ingest_writes_to_s3_and_load_reads_it_back(s3: S3Server, tmp_path: Path) -> None:
    stories = _write(tmp_path / "stories.jsonl")
    url = "s3://news/ds-threads"
    runner = CliRunner()
    # endpoint and credentials from the environment
    said = runner.invoke(
        app,
        ["ingest", str(stories), "--dask", "local:1:threads", "--out", url,
         "--partition-size", "2", "--batch-size", "3", "--quiet"],
        env=s3.env(),
    )  # fmt: skip
    assert said.exit_code == 0, said.output
    assert "4 articles coded" in said.output and "2 partitions" in said.output
    fs = s3.fs()
    keys = sorted(p.removeprefix("news/ds-threads/") for p in fs.find("news/ds-threads"))
    parts = sorted({k.split("/")[0] for k in keys if k.startswith("part-")})
    assert len(parts) == 2
    for part in parts:
        assert {k.split("/")[1] for k in keys if k.startswith(part)} == {
            "_SUCCESS", "articles.parquet", "sentences.parquet", "mentions.parquet"
        }  # fmt: skip
    assert "_dataset.json" in keys and not [k for k in keys if k.startswith(".tmp-")]

    # a rerun finds the markers in the bucket and codes nothing
    again = runner.invoke(
        app, ["ingest", str(stories), "--dask", "local:1:threads", "--out", url,
              "--partition-size", "2", "--batch-size", "3", "--quiet"], env=s3.env(),
    )  # fmt: skip
    assert "0 articles coded" in again.output and "2 partitions already finished" in again.output

    # endpoint and credentials as options; the events are those of a plain ingest
    db = tmp_path / "x.duckdb"
    loaded = runner.invoke(
        app,
        ["load", url, "--db", str(db), "--endpoint-url", s3.endpoint,
         "--storage-option", f"key={s3.key}", "--storage-option", f"secret={s3.secret}"],
        env={"AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "COMMUNIQUE_S3_ENDPOINT": ""},
    )  # fmt: skip
    assert loaded.exit_code == 0, loaded.output
    assert "4 articles" in loaded.output
    plain = Store(tmp_path / "plain.duckdb")
    ingest(iter_articles([str(stories)]), plain, batch_size=3)  # the same file, read alike
    with Store(db) as dask:
        assert_same_events(plain, dask)
        assert dask.count("events") < dask.count("mentions")  # the reports were linked
    plain.close()


def test_wrong_s3_credentials_are_one_line_and_exit_2(s3: S3Server, tmp_path: Path) -> None:
    stories = _write(tmp_path / "stories.jsonl")
    env = dict(s3.env(), AWS_SECRET_ACCESS_KEY="wrong")
    said = CliRunner().invoke(
        app, ["ingest", str(stories), "--out", "s3://news/ds-denied", "--quiet"], env=env
    )
    assert said.exit_code == 2
    assert "s3://news/ds-denied" in said.output and "Traceback" not in said.output
    loaded = CliRunner().invoke(
        app, ["load", "s3://news/nothing-here", "--db", str(tmp_path / "y.duckdb")], env=s3.env()
    )
    assert loaded.exit_code == 2 and "no finished partitions" in loaded.output
