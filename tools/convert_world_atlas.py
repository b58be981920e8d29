"""Convert world-atlas' Natural Earth TopoJSON into the map's country outlines (GeoJSON).

Input: ``countries-110m.json`` from the npm package world-atlas (Natural Earth 1:110m Admin 0
countries as TopoJSON, ids are ISO 3166-1 numeric codes). Get it with::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python tools/convert_world_atlas.py /tmp/package/countries-110m.json

Output: ``src/communique/data/places/countries_110m.geojson``: a GeoJSON FeatureCollection,
one feature per ISO 3166 alpha-3 code (property ``code``, the code the project's actors use,
and ``name``), coordinates rounded to 0.01 degree. Natural Earth's unrecognised or disputed
units without an ISO number are mapped as the README in data/places says (Kosovo -> XKX;
N. Cyprus -> CYP; Somaliland -> SOM). Not shipped in the package; rerun it to regenerate.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pycountry

OUT = (
    Path(__file__).resolve().parents[1]
    / "src"
    / "communique"
    / "data"
    / "places"
    / "countries_110m.geojson"
)
VERSION = "world-atlas 2.0.2 (Natural Earth 4.1.0, 1:110m Admin 0 countries)"
# Natural Earth units that have no ISO 3166 numeric id in world-atlas
NO_ISO = {"Kosovo": ("XKX", "Kosovo"), "N. Cyprus": ("CYP", None), "Somaliland": ("SOM", None)}
DIGITS = 2


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantised, delta-encoded arcs as absolute (lon, lat) points."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[list[float]]:
    """One closed ring from arc indexes (a negative index ~i is arc i reversed)."""
    pts: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc if not pts else arc[1:])  # consecutive arcs share an end point
    out: list[list[float]] = []
    for lon, lat in pts:
        p = [round(lon, DIGITS), round(lat, DIGITS)]
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def unwrap(r: list[list[float]]) -> list[list[float]]:
    """A ring that crosses the antimeridian with continuous longitudes (past +-180)."""
    out = [r[0]]
    shift = 0.0
    for (lon0, _), (lon, lat) in zip(r, r[1:], strict=False):
        if lon - lon0 > 180:
            shift -= 360
        elif lon0 - lon > 180:
            shift += 360
        out.append([round(lon + shift, DIGITS), lat])
    return out


def split_antimeridian(rings: list[list[list[float]]]) -> list[list[list[list[float]]]]:
    """A polygon whose outer ring crosses the antimeridian as two copies (one shifted by
    360 degrees), each drawn whole and clipped at the map's edge; a ring that circles the
    pole (Antarctica) closes along its cut edge and is kept as it is."""
    outer = rings[0]
    crosses = any(abs(a[0] - b[0]) > 180 for a, b in zip(outer, outer[1:], strict=False))
    if not crosses:
        return [rings]
    flat = unwrap(outer)
    if abs(flat[-1][0] - flat[0][0]) > 180:  # circles the pole
        return [rings]
    east = max(p[0] for p in flat) > 180
    other = [[round(lon + (-360 if east else 360), DIGITS), lat] for lon, lat in flat]
    return [[flat], [other]]


def polygons(geom: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> list[Any]:
    """A geometry's polygons, each a list of rings (outer first); degenerate rings dropped."""
    polys = geom["arcs"] if geom["type"] == "MultiPolygon" else [geom["arcs"]]
    out = []
    for poly in polys:
        rings = [r for r in (ring(arcs, idx) for idx in poly) if len(r) >= 4]
        if rings:
            out.extend(split_antimeridian(rings))
    return out


def iso3(geom: dict[str, Any]) -> tuple[str, str]:
    """(alpha-3 code, display name) of a world-atlas country."""
    name = geom.get("properties", {}).get("name", "")
    if geom.get("id") is None:
        code, display = NO_ISO[name]
        return code, display or name
    c = pycountry.countries.get(numeric=str(geom["id"]).zfill(3))
    if c is None:
        raise SystemExit(f"no ISO 3166 country for numeric id {geom['id']} ({name})")
    return c.alpha_3, getattr(c, "common_name", None) or name


def convert(topo: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topo)
    by_code: dict[str, dict[str, Any]] = {}
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        code, name = iso3(geom)
        feat = by_code.setdefault(
            code,
            {"type": "Feature", "properties": {"code": code, "name": name}, "geometry": None},
        )
        polys = (feat["geometry"] or {}).get("coordinates", []) + polygons(geom, arcs)
        feat["geometry"] = {"type": "MultiPolygon", "coordinates": polys}
        if geom.get("id") is not None:
            feat["properties"]["name"] = name
    return {
        "type": "FeatureCollection",
        "source": VERSION + "; https://www.naturalearthdata.com/ via "
        "https://github.com/topojson/world-atlas",
        "licence": "Natural Earth: public domain. world-atlas packaging: ISC, "
        "Copyright 2013-2019 Michael Bostock. See data/places/README.md and NOTICE.",
        "generated_by": "tools/convert_world_atlas.py",
        "features": sorted(by_code.values(), key=lambda f: f["properties"]["code"]),
    }


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    topo = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    out = convert(topo)
    OUT.write_text(json.dumps(out, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(out['features'])} countries -> {OUT} ({OUT.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
