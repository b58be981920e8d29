"""The map page (/map): filtered events placed by their coordinates over country outlines.

The filters are the events page's (same form, same checks); the page carries the map data
(points and country activity, ``communique.api.mapdata``) as JSON, and web/static/map.js
draws it as SVG over Natural Earth's outlines from /api/map/outlines. A click on a point or
a country lists its events from /api/map/events, with download links for that selection.
``?format=json`` returns the map data; ``?format=csv|jsonl|parquet`` every filtered event.
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from communique import filters
from communique.api import downloads
from communique.api.mapdata import map_data
from communique.web.pages import _page_filter_values, page, render

router = APIRouter(include_in_schema=False)
EMPTY = {"total": 0, "located": 0, "points": [], "countries": []}


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> Response:
    q = request.query_params
    values, names = _page_filter_values(request)
    form = {f: (values[f] or "") for f in values}
    # the filters as given, for the API calls and the download links of a selection
    params = {k: v for k, v in q.items() if k not in ("format", "offset", "limit") and v}
    extra = {"form": form, "filter_query": urlencode(params)}
    try:
        flt = filters.event_filter(values, names, text=q.get("text") or None)
    except filters.BadFilter as exc:  # shown beside the form, with the form as it was
        if q.get("format") == "json" or downloads.is_download(q):
            return JSONResponse({"detail": exc.message, "parameter": exc.param}, status_code=422)
        ctx = {"title": "Map", "data": EMPTY, "error": exc.message, "error_param": exc.param}
        return render(request, "map.html", {**ctx, **extra}, status=422)
    with request.app.state.db.read() as store:
        if fmt := downloads.requested(q):
            ids = downloads.filtered_ids(store, flt, q)
            return downloads.respond(store, fmt, "map", ids=ids)
        data = map_data(store, flt)
    return page(request, "map.html", data, "Map", error=None, error_param=None, **extra)
