"""Historical events (the story's background) stay out of top pairs, spikes, the network and
dyads unless every modality is asked for."""

from __future__ import annotations

from communique.model import Article
from communique.pipeline import ingest
from communique.relations import dyad_series, network, spikes
from communique.relations.units import select_rows
from communique.store import Store
from communique.store.queries import summary

STORY = (
    "Iraq invaded Kuwait on 2 August 1990. Iraq shelled Kuwait on 3 August 1990. "
    "China condemned Japan on Monday. China condemned Japan again on Tuesday."
)


def test_history_is_left_out_of_relations_by_default(tmp_path):
    store = Store(tmp_path / "h.duckdb")
    try:
        ingest([Article(text=STORY, published="2024-05-12", url="https://example.org/h")], store)
        mods = {r["modality"] for r in store.query("SELECT modality FROM mentions")}
        assert mods == {"historical", "asserted"}
        pairs = {(p["actor"], p["recipient"]) for p in summary(store)["top_pairs"]}
        assert ("CHN", "JPN") in pairs and ("IRQ", "KWT") not in pairs
        nodes = {n["id"] for n in network(store)["nodes"]}
        assert "CHN" in nodes and "IRQ" not in nodes
        every = {n["id"] for n in network(store, include_unasserted=True)["nodes"]}
        assert "IRQ" in every
        assert dyad_series(store, "IRQ", "KWT", by="year")["totals"]["events"] == 0
        old_pair = dyad_series(store, "IRQ", "KWT", by="year", include_unasserted=True)
        assert old_pair["totals"]["by_modality"] == {"historical": 2}
        found = spikes(store, by="month", as_of="1990-08-15")
        assert found["rows"] == [] and found["suppressed"] == 0  # nothing counted in 1990
        old = select_rows(store, "event", "m.date LIKE '1990%'")
        assert (
            len(old) == 2
            and select_rows(store, "event", "m.date LIKE '1990%'", history=False) == []
        )
    finally:
        store.close()
