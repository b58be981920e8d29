"""Historical events (the story's background) stay out of top pairs, spikes and the network
unless every modality is asked for; a dyad still lists them by modality, unscored."""

from __future__ import annotations

from communique.model import Article
from communique.pipeline import ingest
from communique.relations import network, spikes
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
        found = spikes(store, by="month", as_of="1990-08-15")
        assert found["rows"] == [] and found["suppressed"] == 0  # nothing counted in 1990
        old = select_rows(store, "event", "m.date LIKE '1990%'")
        assert (
            len(old) == 2
            and select_rows(store, "event", "m.date LIKE '1990%'", history=False) == []
        )
    finally:
        store.close()
