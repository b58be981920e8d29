"""The map's API: /api/map (points and country activity), /api/map/events (a point's or a
country's events, or a download of them), /api/map/outlines (the country outlines)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from communique import filters
from communique.api import downloads
from communique.api.mapdata import map_data, map_selection, outlines, parse_place, selection_ids
from communique.api.routes import event_filter
from communique.store.queries import EventFilter

router = APIRouter()

Place = Annotated[
    str | None,
    Query(description="A point of /api/map as LAT,LON (rounded to 0.01 degree): its events."),
]
Involving = Annotated[
    str | None,
    Query(description="A country (code or name): the events in which it is actor or recipient."),
]
Format = Annotated[str | None, Query(description=downloads.FORMAT_HELP)]


@router.get("/map", summary="Map: filtered events by place, and each country's activity")
def api_map(request: Request, flt: Annotated[EventFilter, Depends(event_filter)]) -> dict[str, Any]:
    """Takes the filters of /api/events (paging is ignored). ``points``: events grouped by
    their coordinates; ``countries``: how many of the events each country is actor or
    recipient in; ``located``: how many of the ``total`` events have coordinates."""
    with request.app.state.db.read() as store:
        return map_data(store, flt)


@router.get("/map/events", summary="The events of one map point or country (or a download)")
def api_map_events(
    request: Request,
    flt: Annotated[EventFilter, Depends(event_filter)],
    place: Place = None,
    involving: Involving = None,
    format: Format = None,  # noqa: A002 - the parameter users type
) -> Any:
    at = parse_place(place)
    country = filters.country("involving", involving)
    fmt = downloads.requested(request.query_params)
    with request.app.state.db.read() as store:
        if fmt:
            _, ids = selection_ids(store, flt, place=at, involving=country)
            stem = "map-" + (country or (f"{at[0]},{at[1]}" if at else "all"))
            return downloads.respond(store, fmt, stem, ids=ids)
        return map_selection(store, flt, place=at, involving=country)


@router.get("/map/outlines", summary="Country outlines (Natural Earth 1:110m, GeoJSON)")
def api_map_outlines() -> Response:
    """Natural Earth 1:110m countries (public domain, via world-atlas 2.0.2), one feature per
    ISO 3166 alpha-3 ``code``."""
    return Response(
        outlines(),
        media_type="application/geo+json",
        headers={"Cache-Control": "public, max-age=86400"},
    )
