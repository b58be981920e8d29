"""Property-based fuzzing of every reader and of `communique code` (issue #13, item 2).

Each example puts one generated hostile input between two good stories and ingests the batch
into a real DuckDB file (the real readers, spaCy pipeline and store; links are not fetched).
Whatever the input, nothing escapes as an exception, every problem is one line naming the input
(``path`` or ``path:LINE`` / ``path#ENTRY``), the input as a whole gives at most one such line,
and the two good stories are stored. Hypothesis's deadline bounds the time of each example.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import duckdb
from hypothesis import given
from typer.testing import CliRunner

from communique.cli import app
from communique.pipeline import ingest
from communique.sources import iter_articles
from communique.store.db import Store
from fuzz.inputs import FEED, FUZZ, GOOD, HTML, JSONL, STORY


def ingest_between_good(name: str, data: bytes, inner: tuple[str, ...] = ()) -> None:
    """Ingest good1, the input ``name`` holding ``data``, good2 into a fresh database file and
    check what a user would: one line per problem naming the input; the good stories stored,
    and so the input's own good parts (origins ``name`` + each of ``inner``)."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        good = [folder / "good1.txt", folder / "good2.txt"]
        for path, text in zip(good, GOOD, strict=True):
            path.write_text(text, encoding="utf-8")
        bad = folder / name
        bad.write_bytes(data)
        db = folder / "fuzz.duckdb"
        with Store(db) as store:
            inputs = [str(good[0]), str(bad), str(good[1])]
            report = ingest(iter_articles(inputs, fetch_links=False), store)
        with duckdb.connect(str(db), read_only=True) as con:
            origins = [r[0] for r in con.execute("SELECT origin FROM articles").fetchall()]
    for err in report.errors:
        assert err.origin.startswith(str(bad)), err
        assert "\n" not in err.reason and "\r" not in err.reason and err.reason.strip(), err
        assert "Traceback" not in err.reason
    assert sum(err.origin == str(bad) for err in report.errors) <= 1, report.errors
    assert str(good[0]) in origins and str(good[1]) in origins, (origins, report.errors)
    for part in inner:
        assert f"{bad}{part}" in origins, (part, origins, report.errors)
    from_bad = [o for o in origins if o.startswith(str(bad))]
    accounted = len(from_bad) + len(report.errors) + report.duplicates + len(report.conflicts)
    assert accounted >= 1, "the input vanished without a word"


@FUZZ
@given(data=STORY)
def test_story_files(data):
    ingest_between_good("story.txt", data)


@FUZZ
@given(data=STORY)
def test_markdown_files(data):
    ingest_between_good("story.md", b"# " + data)


@FUZZ
@given(data=HTML)
def test_html_pages(data):
    ingest_between_good("page.html", data)


@FUZZ
@given(lines=JSONL)
def test_json_lines(lines):
    """Good records first and last in the file itself: a bad line costs only that line."""
    records = [json.dumps({"id": "first", "text": GOOD[1] + " Talks went on."}), *lines,
               json.dumps({"id": "last", "text": GOOD[0] + " Talks went on."})]  # fmt: skip
    text = "\n".join(records)
    data = text.encode("utf-8", "replace")  # valid UTF-8: lone surrogates travel escaped
    last = data.count(b"\n") + 1
    ingest_between_good("batch.jsonl", data, inner=(":1", f":{last}"))


@FUZZ
@given(data=FEED)
def test_feeds(data):
    ingest_between_good("feed.xml", data)


@FUZZ
@given(lines=JSONL)
def test_code_command(lines):
    """`communique code` (the real command, in process): JSON Lines in, events out."""
    good = [json.dumps({"id": f"good{i}", "text": t}) for i, t in enumerate(GOOD)]
    stdin = "\n".join([good[0], *lines, good[1]]) + "\n"
    result = CliRunner().invoke(app, ["code"], input=stdin.encode("utf-8", "surrogatepass"))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.stderr
    last = stdin.count("\n")
    for line in result.stderr.splitlines():
        if line.startswith("skipped "):
            where = line.removeprefix("skipped stdin:").split(":", 1)[0]
            assert where.isdigit() and 1 < int(where) < last, line
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"good0", "good1"} <= {e["article_id"] for e in events}
