"""`communique ingest --dask`: partitions on a LocalCluster, reruns, resume, `load`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.distributed import finished_partitions

STORIES = [
    ("Havana", "2018-11-02", "Cuban President Miguel Diaz-Canel met Russian President Vladimir "
     "Putin in Moscow on Friday. The two leaders signed an agreement on energy cooperation."),
    ("Paris", "2019-03-25", "French President Emmanuel Macron hosted Chinese President Xi Jinping "
     "in Paris on Monday. France and China signed contracts worth billions of euros."),
    ("Seoul", "2010-11-23", "North Korea shelled a South Korean island on Tuesday, killing two "
     "marines. South Korea condemned the attack and put its forces on alert."),
    ("Geneva", "2022-03-04", "The United Nations urged Russia to stop attacks on civilians. "
     "Ukraine accused Russian troops of shelling a nuclear power plant."),
    ("Brussels", "2020-09-15", "The European Union imposed sanctions on Belarus after the "
     "disputed election. Belarus rejected the measures as interference."),
]  # fmt: skip


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, (place, day, text) in enumerate(STORIES):
            rec = {"id": f"t{i}", "published": day, "text": f"{place.upper()} -- {text}"}
            fh.write(json.dumps(rec) + "\n")
    return path


def _ingest(inputs: Path, out: Path) -> str:
    result = CliRunner().invoke(
        app,
        ["ingest", str(inputs), "--dask", "local:1:threads", "--out", str(out),
         "--partition-size", "2", "--quiet"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return result.output


def _snapshot(out: Path) -> dict[str, float]:
    return {str(p): p.stat().st_mtime_ns for p in out.rglob("*.parquet")}


def test_dask_ingest_writes_partitions_reruns_resumes_and_loads(
    inputs: Path, tmp_path: Path
) -> None:
    out = tmp_path / "dataset"
    said = _ingest(inputs, out)
    parts = [Path(p) for p in finished_partitions(out)]
    assert len(parts) == 3  # 5 stories, 2 per partition
    for part in parts:
        assert {p.name for p in part.iterdir()} == {
            "_SUCCESS", "articles.parquet", "sentences.parquet", "mentions.parquet",
        }  # fmt: skip
    assert "5 articles coded" in said

    # a rerun finds everything done and rewrites nothing
    before = _snapshot(out)
    said = _ingest(inputs, out)
    assert "0 articles coded" in said and "3 partitions already finished" in said
    assert _snapshot(out) == before

    # a crash mid-partition: the marker never written, a temporary folder left behind
    victim = parts[1]
    (victim / "_SUCCESS").unlink()
    (victim / "mentions.parquet").unlink()
    (out / ".tmp-dead-1").mkdir()
    (out / ".tmp-dead-1" / "mentions.parquet").write_bytes(b"half")
    said = _ingest(inputs, out)
    assert "1 partitions already finished" not in said
    assert "2 partitions already finished" in said
    assert "removed 1 unfinished attempt" in said
    assert len(finished_partitions(out)) == 3
    assert not list(out.glob(".tmp-*"))
    assert (victim / "mentions.parquet").exists()
    after = _snapshot(out)
    assert all(after[p] == t for p, t in before.items() if not p.startswith(str(victim)))

    # the dataset loads into DuckDB for the other commands; loading twice adds nothing
    db = tmp_path / "x.duckdb"
    runner = CliRunner()
    loaded = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert loaded.exit_code == 0, loaded.output
    assert "5 articles" in loaded.output
    again = runner.invoke(app, ["load", str(out), "--db", str(db)])
    assert "0 articles" in again.output and "5 articles already stored" in again.output
    arts = runner.invoke(app, ["articles", "--db", str(db), "--format", "jsonl"])
    assert len(arts.stdout.strip().splitlines()) == 5
    events = runner.invoke(app, ["events", "--db", str(db), "--by", "mention", "--format", "jsonl"])
    rows = [json.loads(line) for line in events.stdout.strip().splitlines()]
    assert {r["event_type"] for r in rows} >= {"SUPPORT", "ASSAULT", "SANCTION"}
    assert all(r["evidence"]["sentence_text"] for r in rows)

    # DuckDB reads the Parquet dataset directly too
    import duckdb

    n = (
        duckdb.connect()
        .execute(f"SELECT count(*) FROM '{out}/*/articles.parquet'")
        .fetchall()[0][0]
    )
    assert n == 5


def test_dask_ingest_needs_an_output_folder(inputs: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(inputs), "--dask", "local:1:threads"])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_dask_ingest_refuses_bad_dataset_options(inputs: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    bad = runner.invoke(
        app, ["ingest", str(inputs), "--out", str(tmp_path / "d"), "--storage-option", "anon"]
    )
    assert bad.exit_code == 2 and "NAME=VALUE" in bad.output
    bad = runner.invoke(app, ["ingest", str(inputs), "--out", "nosuchproto://x/y"])
    assert bad.exit_code == 2 and "nosuchproto://x/y" in bad.output
    bad = runner.invoke(
        app, ["ingest", str(inputs), "--out", str(tmp_path), "--endpoint-url", "http://h:1"]
    )
    assert bad.exit_code == 2 and "s3://" in bad.output
    bad = runner.invoke(
        app, ["ingest", str(inputs), "--out", str(tmp_path), "--partition-size", "0"]
    )
    assert bad.exit_code == 2 and "--partition-size" in bad.output


def test_load_refuses_a_folder_without_partitions(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    shutil.rmtree(tmp_path, ignore_errors=True)
