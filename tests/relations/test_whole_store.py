"""Figures over the whole store, summed by DuckDB or streamed, equal ``scores``' definition.

``top_pairs`` and ``actor_table`` sum in SQL (``aggregate.sums_sql``), the network and the
actor page stream their rows through ``Tally``: each is checked here against the list-based
definition (``relation_rows`` → ``group_pairs`` / ``figures`` / ``actor_figures`` /
``pair_figures``) on the explorer corpus, with and without unasserted events, per event and
per mention.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "api"))
from explorer_corpus import build_db  # noqa: E402

from communique.api.queries import actor_profile  # noqa: E402
from communique.relations import network  # noqa: E402
from communique.relations.scores import (  # noqa: E402
    actor_figures,
    actor_table,
    figures,
    group_pairs,
    pair_figures,
    relation_rows,
    top_pairs,
)
from communique.store import Store  # noqa: E402

CASES = [(u, unit) for u in (False, True) for unit in ("event", "mention")]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = Store(build_db(tmp_path_factory.mktemp("whole") / "w.duckdb"), read_only=True)
    yield s
    s.close()


@pytest.mark.parametrize(("unasserted", "unit"), CASES)
def test_top_pairs_equal_the_definition(store, unasserted, unit):
    rows = relation_rows(store, unit, include_unasserted=unasserted)
    want = sorted(
        ({"actor": a, "recipient": b, **figures(rs, unasserted)}
         for (a, b), rs in group_pairs(rows).items()),
        key=lambda p: (-p["events"], p["actor"], p["recipient"]),
    )  # fmt: skip
    assert len(want) > 3  # the corpus has pairs to rank
    assert top_pairs(store, 100, unasserted, unit) == want
    assert top_pairs(store, 2, unasserted, unit) == want[:2]


@pytest.mark.parametrize(("unasserted", "unit"), CASES)
def test_actor_table_equals_the_definition(store, unasserted, unit):
    rows = relation_rows(store, unit, include_unasserted=unasserted)
    codes = {c for r in rows for s in ("actor", "recipient") for c in r[f"{s}_countries"] or []}
    got = {r["code"]: r for r in actor_table(store, 1000, unasserted, unit)}
    assert set(got) == codes
    for c in codes:
        f = actor_figures(rows, c, unasserted)
        assert got[c]["figures"] == f, c
        assert got[c]["total"] == f["total"]["events"]
    scored = [r for r in got.values() if r["figures"]["total"]["goldstein_mean"] is not None]
    assert scored, "no actor has a Goldstein mean: the comparison proves little"


@pytest.mark.parametrize(("unasserted", "unit"), CASES)
def test_network_edges_and_nodes_equal_the_definition(store, unasserted, unit):
    rows = relation_rows(store, unit, include_unasserted=unasserted)
    net = network(store, unit=unit, include_unasserted=unasserted)
    want = {pair: figures(rs, unasserted) for pair, rs in group_pairs(rows).items()}
    assert {(e["source"], e["target"]) for e in net["edges"]} == set(want)
    for e in net["edges"]:
        assert {k: e[k] for k in want[(e["source"], e["target"])]} == want[
            (e["source"], e["target"])
        ]
    for n in net["nodes"]:
        f = actor_figures(rows, n["id"], unasserted)
        assert (n["as_actor"], n["as_recipient"]) == (f["as_actor"], f["as_recipient"])


def test_actor_page_partners_equal_pair_figures(store):
    rows = relation_rows(store, "event")
    for code in ("CUB", "RUS"):
        page = actor_profile(store, code)
        assert page["figures"] == actor_figures(rows, code)
        assert page["partners"], code
        for p in page["partners"]:
            assert p["out"] == pair_figures(rows, code, p["partner"])
            assert p["in"] == pair_figures(rows, p["partner"], code)


@pytest.mark.parametrize(("level", "actor"), [("code", None), ("code", "CUB"), ("country", "RUS")])
def test_network_levels_and_focus_equal_the_definition(store, level, actor):
    rows = relation_rows(store, "event")
    net = network(store, level=level, actor=actor)
    want = {
        (a, b): figures(rs)
        for (a, b), rs in group_pairs(rows, level).items()
        if not actor or actor in (a, b, a[:3], b[:3])
    }
    assert want and {(e["source"], e["target"]) for e in net["edges"]} == set(want)
    for e in net["edges"]:
        assert e["events"] == want[(e["source"], e["target"])]["events"]
        assert e["goldstein_sum"] == want[(e["source"], e["target"])]["goldstein_sum"]
    for n in net["nodes"]:
        f = actor_figures(rows, n["id"])
        assert (n["as_actor"], n["as_recipient"]) == (f["as_actor"], f["as_recipient"])
