"""The analysts' view pages: several pairs compared on one chart, and persons and bodies by
name. Each returns its data as JSON with ``?format=json``, like every page (``pages``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from communique import filters
from communique.actors.lookup import resolve_on
from communique.api.names import name_profile
from communique.api.views import pairs_param
from communique.relations.timeline import MAX_PAIRS, compare_pairs
from communique.web.pages import BadQuery, _db, _flag, page, render

router = APIRouter(include_in_schema=False)


@router.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request) -> Response:
    q = request.query_params
    raw = [p for p in q.getlist("pair") if p.strip()]
    opts = {
        "by": q.get("by") or "month",
        "direction": q.get("direction") or "both",
        "date_from": q.get("date_from") or None,
        "date_to": q.get("date_to") or None,
        "include_unasserted": _flag(q.get("include_unasserted")),
    }
    extra = {"opts": opts, "raw_pairs": raw, "max_pairs": MAX_PAIRS}
    if not raw and q.get("format") == "json":
        return JSONResponse({"detail": "'pair' is needed: give one or more, such as "
                             "pair=RUS-CUB", "parameter": "pair"}, status_code=422)  # fmt: skip
    if not raw:  # the form alone, with a hint
        return render(request, "compare.html", {"title": "Compare pairs", "data": None,
                                                "error": None, **extra})  # fmt: skip
    try:
        pairs = pairs_param(raw)
        if opts["by"] not in ("day", "week", "month", "year"):
            raise filters.BadFilter(
                "by", f"'by' must be day, week, month or year, not {opts['by']!r}"
            )
        with _db(request).read() as store:
            data = compare_pairs(store, pairs, unit="event", **opts)
    except filters.BadFilter as exc:
        if q.get("format") == "json":
            return JSONResponse({"detail": exc.message, "parameter": exc.param}, status_code=422)
        return render(request, "compare.html", {"title": "Compare pairs", "data": None,
                                                "error": exc.message, **extra}, status=422)  # fmt: skip
    title = "Compare " + ", ".join(p["label"] for p in data["pairs"])
    return page(request, "compare.html", data, title, error=None, chart=_chart(data), **extra)


def _chart(data: dict[str, Any]) -> dict[str, Any]:
    """What compare.js draws: the axis, each pair's values, and its coarse-dated events."""
    return {
        "kind": "compare", "by": data["by"], "direction": data["direction"],
        "unit": data["unit"], "include_unasserted": data["include_unasserted"],
        "periods": data["periods"], "labels": data["labels"],
        "pairs": [{k: p[k] for k in ("a", "b", "label", "name", "values", "goldstein_mean",
                                     "total")}
                  | {"imprecise": [{k: g[k] for k in ("period", "precision", "first", "last",
                                                      "events", "start", "end")}
                                   for g in p["imprecise"]]}
                  for p in data["pairs"]],
    }  # fmt: skip


def _name_page(request: Request, kind: str, name: str) -> Response:
    on = request.query_params.get("on") or None
    day = None
    if on:
        try:
            day = date.fromisoformat(filters.date("on", on) or "")
        except (filters.BadFilter, ValueError):
            raise BadQuery(f"'on' must be a date (YYYY-MM-DD), not {on[:40]!r}") from None
    with _db(request).read() as store:
        data = name_profile(store, kind, name)
    if kind == "person" and data["known"]:
        data["resolved_on"] = resolve_on(data["name"], day) if day else None
    return page(request, "name.html", data, data["name"], on=on or "")


@router.get("/person/{name}", response_class=HTMLResponse)
def person_page(request: Request, name: str) -> Response:
    return _name_page(request, "person", name)


@router.get("/body/{name}", response_class=HTMLResponse)
def body_page(request: Request, name: str) -> Response:
    return _name_page(request, "body", name)
