"""Relations: dyad series, directions, units, scores, normalisation, spikes, network, CLI."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from explorer_corpus import build_db  # noqa: E402

from communique.model import PLOVER_TYPES  # noqa: E402
from communique.relations import (  # noqa: E402
    BadActorKey,
    SpikeRule,
    dyad_events,
    dyad_series,
    network,
    plover_scale,
    spikes,
)
from communique.store import Store  # noqa: E402
from support import run_cli  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_db(tmp_path_factory.mktemp("rel") / "rel.duckdb")


@pytest.fixture(scope="module")
def store(db):
    s = Store(db, read_only=True)
    yield s
    s.close()


def by_period(data):
    return {s["period"]: s for s in data["series"]}


def test_monthly_pair_series_counts_directions_and_fills_empty_months(store):
    d = dyad_series(store, "CUB", "RUS", by="month")
    p = by_period(d)
    assert p["2018-11"]["events"] == 2
    assert (p["2018-11"]["a_to_b"], p["2018-11"]["b_to_a"]) == (1, 1)
    assert p["2024-02"]["events"] == 2  # the planned visit (once) and the joint meeting
    assert p["2024-02"]["joint"] == 1
    assert p["2024-02"]["by_type"] == {"AGREE": 1, "CONSULT": 1}
    assert p["2020-05"]["events"] == 0  # empty months are there for charts
    # the ACCUSE dated only "2017" cannot sit in a month: in the totals, flagged imprecise,
    # kept by the year it is dated to, and the axis runs from that year's first month
    assert len(d["series"]) == 86  # 2017-01 .. 2024-02
    assert d["totals"]["events"] == 5 and d["totals"]["imprecise"] == 1
    (year,) = d["imprecise_periods"]
    assert (year["period"], year["precision"], year["events"]) == ("2017", "year", 1)
    assert (year["first"], year["last"], year["a_to_b"]) == ("2017-01", "2017-12", 1)
    assert [e["event_type"] for e in dyad_events(store, "CUB", "RUS", "2017")] == ["ACCUSE"]
    assert any("less precisely" in n for n in d["notes"])


def test_unasserted_events_are_counted_but_not_scored_unless_asked(store):
    p = by_period(dyad_series(store, "CUB", "RUS"))["2024-02"]
    assert p["by_modality"] == {"future": 1, "asserted": 1}
    assert p["scored"] == 1 and p["goldstein_sum"] == 1.9 and p["plover_sum"] == 1
    p = by_period(dyad_series(store, "CUB", "RUS", include_unasserted=True))["2024-02"]
    assert p["scored"] == 2 and p["goldstein_sum"] == 5.9 and p["goldstein_mean"] == 2.95


def test_events_count_linked_events_once_and_mentions_each_report(store):
    assert by_period(dyad_series(store, "CUB", "RUS"))["2024-02"]["events"] == 2
    assert by_period(dyad_series(store, "CUB", "RUS", unit="mention"))["2024-02"]["events"] == 3


def test_direction_ab_and_ba_leave_out_the_other_way_and_joint_events(store):
    ab = by_period(dyad_series(store, "CUB", "RUS", direction="ab"))
    ba = by_period(dyad_series(store, "CUB", "RUS", direction="ba"))
    assert ab["2018-11"]["by_type"] == {"CONSULT": 1}
    assert "2024-02" not in ab  # nothing went CUB -> RUS then
    assert ba["2018-11"]["by_type"] == {"SUPPORT": 1}
    assert ba["2024-02"]["by_type"] == {"AGREE": 1} and ba["2024-02"]["joint"] == 0


def test_country_plus_sector_key_matches_that_code_only(store):
    d = dyad_series(store, "CUBGOV", "RUS")
    assert d["a"] == {"code": "CUBGOV", "name": "Cuba: government"}
    types = {k: s["by_type"] for k, s in by_period(d).items() if s["events"]}
    assert types == {"2018-11": {"CONSULT": 1}, "2024-02": {"AGREE": 1}}


def test_normalised_by_stories_published_in_the_period(store):
    p = by_period(dyad_series(store, "CUB", "RUS"))
    assert p["2018-11"]["stories"] == 1 and p["2018-11"]["per_100_stories"] == 200.0
    # cub2024a, cub2024b, xss and the first USA-CHN week (2024-02-27)
    assert p["2024-02"]["stories"] == 4 and p["2024-02"]["per_100_stories"] == 50.0


def test_weekly_buckets_start_on_monday_and_date_filters_apply(store):
    d = dyad_series(store, "CUB", "RUS", by="week", date_from="2024-01-01", date_to="2024-03-31")
    p = by_period(d)
    assert p["2024-02-19"]["events"] == 2 and p["2024-02-19"]["label"] == "week of 2024-02-19"
    assert d["series"][0]["period"] == "2024-01-01" and d["totals"]["events"] == 2


def test_dyad_events_lists_the_records_behind_one_period(store):
    items = dyad_events(store, "CUB", "RUS", "2024-02", by="month")
    assert {(e["event_type"], e["direction"]) for e in items} == {
        ("AGREE", "b_to_a"), ("CONSULT", "joint"),
    }  # fmt: skip
    visit = next(e for e in items if e["event_type"] == "AGREE")
    assert visit["num_mentions"] == 2 and visit["num_articles"] == 2


def test_spike_against_four_week_baseline_and_low_count_guard(store):
    out = spikes(store)
    assert out["period"] == "2024-03-25" and out["baseline_periods"][0] == "2024-03-18"
    rows = {(r["a"], r["b"]): r for r in out["rows"]}
    us_cn = rows[("CHN", "USA")]
    assert us_cn["current"] == 9 and us_cn["baseline"] == [3, 3, 3, 3]
    assert us_cn["spike_status"] == "spike" and us_cn["ratio"] == 3.0
    in_pk = rows[("IND", "PAK")]
    assert in_pk["current"] == 4 and in_pk["spike_status"] == "suppressed"
    assert "not judged" in out["note"] and "2 or fewer" in out["note"]
    assert out["rows"][0]["a"] == "CHN"  # spikes first
    strict = spikes(store, rule=SpikeRule(factor=4))
    assert {(r["a"], r["b"]): r for r in strict["rows"]}[("CHN", "USA")]["spike_status"] == "normal"


def test_network_edges_weighted_by_count_and_goldstein(store):
    net = network(store)
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    assert edges[("USA", "CHN")]["events"] == 21
    assert edges[("USA", "CHN")]["goldstein_sum"] == -42.0
    assert ("CUB", "RUS") in edges and ("RUS", "CUB") in edges
    assert net["no_recipient"] == 1  # "Cuba and Russia met": no recipient, no edge
    coded = {(e["source"], e["target"]) for e in network(store, level="code")["edges"]}
    assert ("CUBGOV", "RUS") in coded and ("RUSGOV", "CUBGOV") in coded
    focus = network(store, actor="IND")
    assert {(e["source"], e["target"]) for e in focus["edges"]} == {("IND", "PAK")}


def test_plover_scale_covers_every_type_with_a_direction():
    scale = plover_scale()
    assert set(scale) == set(PLOVER_TYPES)
    assert scale["CONSULT"] == 1 and scale["ASSAULT"] == -1 and scale["REQUEST"] == 0


def test_bad_actor_code_is_explained(store):
    with pytest.raises(BadActorKey, match="country code such as CUB"):
        dyad_series(store, "Cuba!", "RUS")


# --- CLI ------------------------------------------------------------------------------------
def test_cli_dyad_table_and_plot(db, tmp_path):
    png = tmp_path / "cub-rus.png"
    r = run_cli("dyad", "CUB", "RUS", "--by", "month", "--db", str(db), "--plot", str(png))
    assert r.returncode == 0, r.stderr
    assert "2018-11" in r.stdout and "2024-02" in r.stdout and "2020-05" not in r.stdout
    assert "counted but not scored" in r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000


def test_cli_dyad_jsonl_one_record_per_active_period(db):
    r = run_cli("dyad", "CUB", "RUS", "--db", str(db), "--format", "jsonl")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["period"] for x in rows] == ["2018-11", "2024-02"]
    assert rows[1]["by_modality"] == {"future": 1, "asserted": 1}


def test_cli_network_and_spikes(db):
    r = run_cli("network", "--db", str(db), "--format", "csv", "--min-events", "5")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1].startswith("USA,CHN,21")
    r = run_cli("spikes", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "spike" in r.stdout and "suppressed" in r.stdout and "not judged" in r.stderr


def test_cli_bad_actor_code_exits_2_with_a_message(db):
    r = run_cli("dyad", "CUB", "R", "--db", str(db))
    assert r.returncode == 2 and "not an actor code" in r.stderr
