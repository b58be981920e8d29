"""The map's country outlines: the converter (tools/convert_world_atlas.py) on a small
hand-made topology, and the shipped file placing known cities inside the right countries."""

from __future__ import annotations

import json
import runpy
from importlib import resources
from pathlib import Path

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "convert_world_atlas.py"


@pytest.fixture(scope="module")
def tool():
    return runpy.run_path(str(TOOL))


def topology() -> dict:
    """Three quantised (1 unit = 1 degree) countries: a square (ISO 192, Cuba), one crossing
    the antimeridian (ISO 242, Fiji) and one without an ISO number (Kosovo)."""
    return {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [-180, -90]},
        "arcs": [
            [[100, 110], [2, 0], [0, 1], [-2, 0], [0, -1]],  # lon -80..-78, lat 20..21
            [[358, 70], [2, 0], [-358, 0], [0, 1], [358, 0], [-2, 0], [0, -1]],  # 178..-178
            [[200, 132], [1, 0], [0, 1], [-1, 0], [0, -1]],
        ],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "id": "192", "arcs": [[0]], "properties": {"name": "Cuba"}},
            {"type": "Polygon", "id": "242", "arcs": [[1]], "properties": {"name": "Fiji"}},
            {"type": "Polygon", "arcs": [[2]], "properties": {"name": "Kosovo"}},
        ]}},
    }  # fmt: skip


def test_converter_decodes_arcs_keys_by_alpha3_and_splits_the_antimeridian(tool):
    out = tool["convert"](topology())
    feats = {f["properties"]["code"]: f for f in out["features"]}
    assert set(feats) == {"CUB", "FJI", "XKX"}
    assert feats["CUB"]["geometry"]["coordinates"] == [
        [[[-80, 20], [-78, 20], [-78, 21], [-80, 21], [-80, 20]]]
    ]
    halves = feats["FJI"]["geometry"]["coordinates"]
    assert len(halves) == 2  # one copy east of 180, one 360 degrees west of it
    xs = [sorted({p[0] for p in poly[0]}) for poly in halves]
    assert xs[0] == [178, 180, 182] and xs[1] == [-182, -180, -178]
    assert "public domain" in out["licence"] and "world-atlas 2.0.2" in out["source"]


def inside(lon: float, lat: float, ring: list[list[float]]) -> bool:
    hit = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


@pytest.mark.parametrize(
    ("city", "lon", "lat", "code"),
    [("Havana", -82.38, 23.13, "CUB"), ("Moscow", 37.62, 55.76, "RUS"),
     ("Beijing", 116.40, 39.91, "CHN"), ("Nairobi", 36.82, -1.29, "KEN"),
     ("Brasilia", -47.88, -15.79, "BRA"), ("Anadyr", 177.5, 64.73, "RUS")],
)  # fmt: skip
def test_shipped_outlines_put_cities_in_their_countries(city, lon, lat, code):
    geo = json.loads(
        resources.files("communique").joinpath("data/places/countries_110m.geojson").read_text()
    )
    found = {
        f["properties"]["code"]
        for f in geo["features"]
        for poly in f["geometry"]["coordinates"]
        if inside(lon, lat, poly[0])
    }
    assert found == {code}, city
