"""Exports read back (issue #14, item 7): POLECAT TSV column names, GDELT's SQLDATE and FIPS
geography, Parquet DATE columns, and `events`' filters on every export."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from explorer_corpus import corpus  # noqa: E402

from communique.model import Location  # noqa: E402
from communique.store import Store  # noqa: E402
from communique.store.polecat import POLECAT_COLUMNS  # noqa: E402
from support import run_cli  # noqa: E402

# The columns of the public POLECAT weekly releases, in their order.
POLECAT_RELEASE = [
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    arts = corpus()
    arts[0].mentions[0].location = Location("Moscow", "RUS", 55.75, 37.62)  # FIPS: RS
    path = tmp_path_factory.mktemp("exp") / "exp.duckdb"
    with Store(path) as s:
        s.write_batch(arts, link=False)
    return path


def export(db: Path, out: Path, to: str, *filters: str) -> Path:
    done = run_cli("export", "--db", str(db), "--to", to, "-o", str(out), *filters)
    assert done.returncode == 0, done.stderr
    return out


def test_polecat_tsv_has_the_release_columns_in_order(db, tmp_path):
    assert POLECAT_COLUMNS == POLECAT_RELEASE
    path = export(db, tmp_path / "p.tsv", "polecat")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
    assert header[: len(POLECAT_RELEASE)] == POLECAT_RELEASE
    assert "Date Precision" in header[len(POLECAT_RELEASE) :]
    for r in rows:
        date.fromisoformat(r["Event Date"])  # every row a full date
    joint = next(r for r in rows if r["Actor Country"] == "CUB; RUS")  # "Cuba and Russia met"
    assert joint["Recipient Name"] == "" and joint["Event Type"] == "CONSULT"
    visit = next(r for r in rows if r["Placename"] == "Moscow")
    assert (visit["Country"], visit["Latitude"], visit["Source"]) == ("RUS", "55.75", "Test Wire")
    assert visit["Primary Actor Sector"] == "GOV" and visit["Publication Date"] == "2018-11-02"
    year_only = next(r for r in rows if r["Event Type"] == "ACCUSE" and r["Actor Country"] == "CUB")
    assert (year_only["Event Date"], year_only["Date Precision"]) == ("2017-01-01", "year")


def test_gdelt_sqldate_is_valid_on_every_row_and_geography_is_fips(db, tmp_path):
    path = export(db, tmp_path / "g.csv", "gdelt")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    for r in rows:
        datetime.strptime(r["SQLDATE"], "%Y%m%d")
        assert r["MonthYear"] == r["SQLDATE"][:6] and r["Year"] == r["SQLDATE"][:4]
        assert r["CqDatePrecision"] in ("day", "month", "year", "published")
    year_only = next(r for r in rows if r["CqDatePrecision"] == "year")
    assert year_only["SQLDATE"] == "20170101"
    moscow = next(r for r in rows if r["ActionGeo_FullName"] == "Moscow")
    assert moscow["ActionGeo_CountryCode"] == "RS" and moscow["Actor1CountryCode"] == "CUB"


def test_parquet_dates_are_typed(db, tmp_path):
    path = export(db, tmp_path / "e.parquet", "parquet")
    table = pq.read_table(path)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("first_seen").type == pa.date32()
    rows = table.to_pylist()
    year_only = next(r for r in rows if r["date_precision"] == "year")
    assert year_only["date"] == date(2017, 1, 1)
    folder = export(db, tmp_path / "ds", "parquet")
    assert pq.read_table(folder / "mentions.parquet").schema.field("date").type == pa.date32()
    assert pq.read_table(folder / "articles.parquet").schema.field("published_date").type == (
        pa.date32()
    )


@pytest.mark.parametrize("to", ["plover", "gdelt", "polecat", "parquet"])
def test_every_export_takes_the_events_filters(db, tmp_path, to):
    filters = ("--actor", "USA", "--recipient", "CHN", "--since", "2024-03-18", "--type", "ACCUSE")
    out = export(db, tmp_path / f"f.{to}", to, *filters)
    listed = run_cli("events", "--db", str(db), "--format", "jsonl", *filters)
    want = {json.loads(x)["id"] for x in listed.stdout.splitlines()}
    assert len(want) == 12  # USA -> CHN on 2024-03-19 (3) and 2024-03-26 (9), of 21 in all
    if to == "parquet":
        got = {r["id"] for r in pq.read_table(out).to_pylist()}
    elif to == "plover":
        got = {json.loads(x)["id"] for x in out.read_text().splitlines()}
    else:
        with out.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if to == "polecat" else ",")
            got = {r["Event ID" if to == "polecat" else "GLOBALEVENTID"] for r in reader}
    assert got == want
    search = run_cli("export", "--db", str(db), "--to", to, "-o", str(tmp_path / "x"),
                     "--modality", "nonsense")  # fmt: skip
    assert search.returncode == 2 and "modality" in search.stderr
