"""The gazetteer's city index is cached on disk: same places, built once per version."""

from __future__ import annotations

from communique.places import gazetteer as gz


def test_city_index_cache_is_written_once_and_gives_the_same_places(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", str(tmp_path))
    built = gz._cities()
    files = list(tmp_path.glob("gazetteer-cities-*.pickle"))
    assert len(files) == 1
    loaded = gz._cities()
    assert loaded is not built  # read back from the file
    assert loaded.index == built.index and loaded.max_len == built.max_len
    moscow = gz.best(loaded.index[("moscow",)])
    assert moscow is not None and moscow.country == "RUS"


def test_cache_can_be_turned_off(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("COMMUNIQUE_CACHE_DIR", "off")
    assert gz._cache_file() is None
