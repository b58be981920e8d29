"""What the map shows: filtered events placed by their coordinates, and each country's activity.

``map_data`` gives the points (events grouped by place, coordinates rounded to 0.01 degree)
and the countries (events in which the country, or a body such as UNO with no territory, is
actor or recipient), both over the events
an ``EventFilter`` selects, one record per linked event. ``map_selection`` gives the events
behind one point or one country, for the list under the map and its downloads. The country
outlines are Natural Earth's (``data/places/countries_110m.geojson``).
"""

from __future__ import annotations

import math
from functools import cache
from importlib import resources
from typing import Any

from communique.filters import BadFilter
from communique.relations import actor_name, records_by_ids
from communique.relations.actors import SPECIAL_NAMES
from communique.relations.units import DATE_SQL
from communique.store import Store
from communique.store.queries import EventFilter

OUTLINES = "data/places/countries_110m.geojson"
SOURCE = (
    "events e JOIN mentions m ON m.id = e.rep_mention_id JOIN articles a ON a.id = m.article_id"
)
LAT = "TRY_CAST(json_extract_string(m.location, '$.lat') AS DOUBLE)"
LON = "TRY_CAST(json_extract_string(m.location, '$.lon') AS DOUBLE)"
LOCATED = f"{LAT} BETWEEN -90 AND 90 AND {LON} BETWEEN -180 AND 180"
INVOLVED = "list_distinct(list_concat(m.actor_countries, m.recipient_countries))"
MAX_SELECTION = 5000  # events listed under the map at most (downloads take them all)


@cache
def outlines() -> bytes:
    """The country outlines as GeoJSON bytes (read once)."""
    return resources.files("communique").joinpath(OUTLINES).read_bytes()


def map_data(store: Store, flt: EventFilter) -> dict[str, Any]:
    """Points and country activity for the events ``flt`` selects (its paging is ignored)."""
    where, params = flt.where()
    total, located = store.con.execute(
        f"SELECT count(*), count(*) FILTER (WHERE {LOCATED}) FROM {SOURCE} WHERE {where}", params
    ).fetchone()
    points = store.query(
        f"""
        SELECT round({LAT}, 2) AS lat, round({LON}, 2) AS lon,
               mode(json_extract_string(m.location, '$.name')) AS name,
               mode(json_extract_string(m.location, '$.country')) AS country,
               count(*) AS events, min({DATE_SQL}) AS first, max({DATE_SQL}) AS last
        FROM {SOURCE} WHERE ({where}) AND {LOCATED}
        GROUP BY 1, 2 ORDER BY events DESC, lat, lon
        """,
        params,
    )
    countries = store.query(
        f"""
        SELECT c AS code, count(*) AS events,
               count(*) FILTER (WHERE list_contains(m.actor_countries, c)) AS as_actor,
               count(*) FILTER (WHERE list_contains(m.recipient_countries, c)) AS as_recipient
        FROM {SOURCE}, unnest({INVOLVED}) AS t(c)
        WHERE {where} GROUP BY c ORDER BY events DESC, code
        """,
        params,
    )
    for c in countries:
        c["name"] = actor_name(c["code"])
        c["territory"] = c["code"] not in SPECIAL_NAMES  # UNO, EUR, IGO...: no outline
    return {
        "total": int(total),
        "located": int(located or 0),
        "points": points,
        "countries": countries,
    }


def parse_place(value: str | None) -> tuple[float, float] | None:
    """'23.13,-82.38' -> (23.13, -82.38); empty -> None; anything else -> BadFilter."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        lat, lon = (float(p) for p in text.split(","))
    except ValueError:
        raise BadFilter(
            "place", f"'place' must be LAT,LON such as 23.13,-82.38, not {text[:40]!r}"
        ) from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadFilter("place", f"'place' must be a latitude from -90 to 90 and a longitude from -180 "
                       f"to 180, not {text[:40]!r}")  # fmt: skip
    return round(lat, 2), round(lon, 2)


def selection_ids(
    store: Store,
    flt: EventFilter,
    *,
    place: tuple[float, float] | None = None,
    involving: str | None = None,
    limit: int | None = None,
) -> tuple[int, list[str]]:
    """(count, event ids, newest first) of the filtered events at ``place`` (a point of
    ``map_data``) and/or involving the country ``involving``."""
    where, params = flt.where()
    clauses, extra = [f"({where})"], list(params)
    if place is not None:
        clauses.append(f"{LOCATED} AND round({LAT}, 2) = ? AND round({LON}, 2) = ?")
        extra += [place[0], place[1]]
    if involving:
        clauses.append(f"list_contains({INVOLVED}, ?)")
        extra.append(involving)
    cond = " AND ".join(clauses)
    total = store.con.execute(f"SELECT count(*) FROM {SOURCE} WHERE {cond}", extra).fetchone()[0]
    page = f" LIMIT {int(limit)}" if limit is not None else ""
    ids = [
        r[0]
        for r in store.con.execute(
            f"SELECT e.id FROM {SOURCE} WHERE {cond} ORDER BY {DATE_SQL} DESC NULLS LAST, e.id"
            + page,
            extra,
        ).fetchall()
    ]
    return int(total), ids


def map_selection(
    store: Store,
    flt: EventFilter,
    *,
    place: tuple[float, float] | None = None,
    involving: str | None = None,
    limit: int | None = MAX_SELECTION,
) -> dict[str, Any]:
    """The events behind a point or a country of the map (newest first)."""
    total, ids = selection_ids(store, flt, place=place, involving=involving, limit=limit)
    return {
        "total": total,
        "place": list(place) if place else None,
        "country": involving,
        "country_name": actor_name(involving) if involving else None,
        "items": records_by_ids(store, ids, "event"),
    }
