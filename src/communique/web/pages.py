"""The explorer's HTML pages; each returns its data as JSON with ``?format=json``."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, JSONResponse, Response

import communique.api.downloads as downloads
from communique import __version__, filters
from communique.actors.lookup import find_names
from communique.api import queries
from communique.api.queries import MAX_COUNT
from communique.model import MODALITIES, PLOVER_TYPES
from communique.relations import BUCKETS, actor_name, dyad_events, dyad_series, network, spikes
from communique.relations.aggregate import QUAD_NAMES
from communique.relations.network import MAX_TOP
from communique.relations.scale import plover_scale

HERE = Path(__file__).resolve().parent
router = APIRouter(include_in_schema=False)

env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,  # story text is untrusted: everything is escaped, nothing is |safe
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def sentence_parts(evidence: dict[str, Any]) -> list[dict[str, str]]:
    """The evidence sentence cut around its trigger, for tables."""
    s = evidence.get("start") or 0
    sent = evidence.get("sentence_text") or ""
    ev = dict(evidence, start=0, end=len(sent))
    if isinstance(evidence.get("trigger_start"), int) and isinstance(
        evidence.get("trigger_end"), int
    ):
        ev["trigger_start"] = evidence["trigger_start"] - s
        ev["trigger_end"] = evidence["trigger_end"] - s
    return queries.highlight(sent, ev)


def web_url(url: str | None) -> str | None:
    """A story's URL if it is plain http(s), else None: never a javascript: or data: link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def fmt_num(v: Any, digits: int = 1) -> str:
    if v is None:
        return "–"
    if isinstance(v, float):
        return f"{v:.{digits}f}"
    return str(v)


env.globals.update(
    actor_name=actor_name,
    sentence_parts=sentence_parts,
    quad_names=QUAD_NAMES,
    plover_types=PLOVER_TYPES,
    modalities=MODALITIES,
    buckets=BUCKETS,
    version=__version__,
    urlencode=urlencode,
)
env.filters["num"] = fmt_num
env.filters["web_url"] = web_url


def _json_twin(request: Request) -> str:
    params = dict(request.query_params)
    params["format"] = "json"
    return f"{request.url.path}?{urlencode(params)}"


def render(
    request: Request,
    template: str,
    context: dict[str, Any],
    *,
    json_url: str | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    ctx = {
        "request_path": request.url.path,
        "json_url": json_url or _json_twin(request),
        "query": dict(request.query_params),
        "stale": request.app.state.db.stale,
        "downloads": downloads.download_links(request.url.path, request.query_params),
        **context,
    }
    html = env.get_template(template).render(**ctx)
    return HTMLResponse(html, status_code=status, headers=headers)


def render_error(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> HTMLResponse:
    return render(
        request,
        "error.html",
        {"title": f"{status}", "status": status, "message": message},
        status=status,
        headers=headers,
    )


def page(
    request: Request, template: str, data: dict[str, Any], title: str, **extra: Any
) -> Response:
    """The HTML page, or its data as JSON when ``?format=json``."""
    if request.query_params.get("format") == "json":
        return JSONResponse(jsonable_encoder(data))
    return render(request, template, {"title": title, "data": data, **extra})


def _db(request: Request) -> Any:
    return request.app.state.db


class BadQuery(ValueError):
    """A query parameter out of its range: the page answers 422 with the message."""


def _int_param(request: Request, name: str, default: int, low: int, high: int) -> int:
    raw = request.query_params.get(name) or ""
    try:
        value = int(raw) if raw.strip() else default
    except ValueError:
        raise BadQuery(f"'{name}' must be a whole number, not {raw[:40]!r}") from None
    if not low <= value <= high:
        raise BadQuery(f"'{name}' must be from {low} to {high}, not {raw[:40]}")
    return value


def _flag(v: str | None) -> bool:
    return (v or "").lower() in ("1", "true", "yes", "on")


# --------------------------------------------------------------------------------------------
@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request) -> Response:
    with _db(request).read() as store:
        data = queries.overview(
            store, include_unasserted=_flag(request.query_params.get("include_unasserted"))
        )
    return page(request, "overview.html", data, "Overview")


# query parameter -> EventFilter field, for the events page; ``actor`` and ``recipient`` are
# short forms of ``actor_country`` and ``recipient_country`` (links use them)
PAGE_FILTERS = {
    "actor_country": ("actor_country", "actor"), "recipient_country": ("recipient_country",
    "recipient"), "country": ("country",), "event_type": ("event_type", "type"),
    "cameo": ("cameo",), "quad_class": ("quad_class", "quad"), "modality": ("modality",),
    "min_confidence": ("min_confidence",), "publisher": ("publisher",),
    "language": ("language",), "date_from": ("date_from",), "date_to": ("date_to",),
}  # fmt: skip


def _page_filter_values(request: Request) -> tuple[dict[str, Any], dict[str, str]]:
    """EventFilter field -> raw value, and field -> the parameter it came from."""
    q = request.query_params
    values: dict[str, Any] = {}
    names: dict[str, str] = {}
    for field, params in PAGE_FILTERS.items():
        given = next((p for p in params if q.get(p)), params[0])
        values[field], names[field] = q.get(given), given
    return values, names


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> Response:
    q = request.query_params
    limit = _int_param(request, "limit", 50, 1, 1000)
    offset = _int_param(request, "offset", 0, 0, queries.MAX_OFFSET)
    sort, order, unit = q.get("sort") or "date", q.get("order") or "desc", q.get("unit") or "event"
    values, names = _page_filter_values(request)
    form = {f: (values[f] or "") for f in values}
    params = {k: v for k, v in q.items() if k not in ("offset", "format") and v}
    extra = {"params": params, "sorts": list(queries.SORTS), "form": form}
    try:
        flt = filters.event_filter(
            values, names, text=q.get("text") or None, article_id=q.get("article_id") or None,
            limit=limit, offset=offset,
        )  # fmt: skip
    except filters.BadFilter as exc:  # shown beside the form, with the form as it was
        if q.get("format") == "json" or downloads.is_download(q):
            return JSONResponse({"detail": exc.message, "parameter": exc.param}, status_code=422)
        empty = {"total": 0, "limit": limit, "offset": 0, "sort": sort, "order": order,
                 "unit": unit, "items": []}  # fmt: skip
        return render(
            request, "events.html",
            {"title": "Events", "data": empty, "error": exc.message, "error_param": exc.param,
             **extra},
            status=422,
        )  # fmt: skip
    with _db(request).read() as store:
        if fmt := downloads.requested(q):  # every filtered event, as a file
            ids = downloads.filtered_ids(store, flt, q, sort=sort, order=order, unit=unit)
            return downloads.respond(store, fmt, "events", ids=ids, unit=unit)
        data = queries.search_events(store, flt, sort=sort, order=order, unit=unit)
    return page(request, "events.html", data, "Events", error=None, error_param=None, **extra)


def _known_actor(param: str, code: str) -> str:
    """An actor code in a page's path, or 404 with suggestions."""
    try:
        return filters.actor_key(param, code)
    except filters.BadFilter as exc:
        raise queries.NotFound(exc.message) from None


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str) -> Response:
    with _db(request).read() as store:
        data = queries.event_detail(store, event_id)
    ev = data["event"]
    title = f"{ev['event_type']} · {ev.get('date') or 'undated'}"
    return page(request, "event.html", data, title)


@router.get("/pair/{a}/{b}", response_class=HTMLResponse)
def pair_page(request: Request, a: str, b: str) -> Response:
    a, b = _known_actor("a", a), _known_actor("b", b)
    q = request.query_params
    opts = {
        "by": q.get("by") or "month",
        "direction": q.get("direction") or "both",
        "unit": q.get("unit") or "event",
        "date_from": q.get("date_from") or None,
        "date_to": q.get("date_to") or None,
        "include_unasserted": _flag(q.get("include_unasserted")),
    }
    with _db(request).read() as store:
        if fmt := downloads.requested(q):  # the pair's events, as a file
            rows = dyad_events(store, a, b, None, limit=None, **opts)
            return downloads.respond(store, fmt, f"pair-{a}-{b}", records=rows)
        data = dyad_series(store, a, b, **opts)
    api = {k: v for k, v in opts.items() if v not in (None, False)}
    api_url = f"/api/dyad/{data['a']['code']}/{data['b']['code']}?{urlencode(api)}"
    chart = {
        "a": data["a"]["code"], "b": data["b"]["code"], "by": data["by"],
        "direction": data["direction"], "unit": data["unit"],
        "include_unasserted": data["include_unasserted"],
        "series": [{k: s[k] for k in ("period", "label", "events", "a_to_b", "b_to_a",
                                       "joint", "scored", "goldstein_sum", "goldstein_mean",
                                       "plover_sum", "stories", "per_100_stories",
                                       "spike_status", "baseline_mean")}
                   for s in data["series"]],
        "imprecise": [{k: g[k] for k in ("period", "precision", "label", "start", "end",
                                          "first", "last", "events", "a_to_b", "b_to_a",
                                          "joint")} for g in data["imprecise_periods"]],
    }  # fmt: skip
    title = f"{data['a']['name']} – {data['b']['name']}"
    return page(request, "pair.html", data, title, chart=chart, opts=opts, api_url=api_url)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request) -> Response:
    with _db(request).read() as store:
        data = queries.actors_list(
            store,
            unit=request.query_params.get("unit") or "event",
            include_unasserted=_flag(request.query_params.get("include_unasserted")),
        )
    return page(request, "actors.html", data, "Actors")


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor_page(request: Request, code: str) -> Response:
    code = _known_actor("code", code)
    with _db(request).read() as store:
        if fmt := downloads.requested(request.query_params):  # the actor's events, as a file
            unit = request.query_params.get("unit") or "event"
            ids = downloads.actor_ids(store, code, unit)
            return downloads.respond(store, fmt, f"actor-{code}", ids=ids, unit=unit)
        data = queries.actor_profile(
            store,
            code,
            unit=request.query_params.get("unit") or "event",
            include_unasserted=_flag(request.query_params.get("include_unasserted")),
        )
    return page(request, "actor.html", data, data["name"])


@router.get("/articles", response_class=HTMLResponse)
def articles_page(request: Request) -> Response:
    limit = _int_param(request, "limit", 50, 1, 1000)
    offset = _int_param(request, "offset", 0, 0, queries.MAX_OFFSET)
    with _db(request).read() as store:
        data = queries.articles_page(store, limit, offset)
    return page(request, "articles.html", data, "Articles")


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> Response:
    with _db(request).read() as store:
        data = queries.article_detail(store, article_id)
    return page(request, "article.html", data, data.get("title") or article_id)


def _layout(nodes: list[dict[str, Any]], size: int = 560) -> dict[str, tuple[float, float]]:
    """Nodes on a circle, busiest first (a plain, readable layout for small networks)."""
    r = size / 2 - 70
    n = max(len(nodes), 1)
    return {
        node["id"]: (
            round(size / 2 + r * math.cos(2 * math.pi * i / n - math.pi / 2), 1),
            round(size / 2 + r * math.sin(2 * math.pi * i / n - math.pi / 2), 1),
        )
        for i, node in enumerate(nodes)
    }


MAX_DRAWN = 40  # nodes the network page draws (the busiest); the table lists every edge


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> Response:
    q = request.query_params
    with _db(request).read() as store:
        data = network(
            store,
            level=q.get("level") or "country",
            date_from=q.get("date_from") or None,
            date_to=q.get("date_to") or None,
            event_type=q.get("event_type") or None,
            actor=q.get("actor") or None,
            include_unasserted=_flag(q.get("include_unasserted")),
            min_events=_int_param(request, "min_events", 1, 1, MAX_COUNT),
            top=_int_param(request, "top", 0, 1, MAX_TOP) if q.get("top") else None,
        )
    drawn_nodes = data["nodes"][:MAX_DRAWN]
    pos = _layout(drawn_nodes)
    drawn = [e for e in data["edges"] if e["source"] in pos and e["target"] in pos]
    top = max((e["events"] for e in drawn), default=1)
    return page(
        request, "network.html", data, "Network", pos=pos, drawn=drawn, top=top,
        drawn_nodes=drawn_nodes, max_drawn=MAX_DRAWN, max_top=MAX_TOP,
    )  # fmt: skip


@router.get("/spikes", response_class=HTMLResponse)
def spikes_page(request: Request) -> Response:
    q = request.query_params
    with _db(request).read() as store:
        data = spikes(
            store,
            by=q.get("by") or "week",
            as_of=q.get("as_of") or None,
            actor=q.get("actor") or None,
        )
    return page(request, "spikes.html", data, "Spikes")


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> Response:
    with _db(request).read() as store:
        if fmt := downloads.requested(request.query_params):  # the matching events, as a file
            ids = downloads.search_ids(store, request.query_params.get("q") or "")
            return downloads.respond(store, fmt, "search", ids=ids)
        data = queries.search(store, request.query_params.get("q") or "")
    data["names"] = find_names(data["q"])  # persons and bodies, with how each resolves
    return page(request, "search.html", data, "Search")


@router.get("/about/scale", response_class=HTMLResponse)
def scale_page(request: Request) -> Response:
    data = {"plover_scale": plover_scale(), "quad_classes": QUAD_NAMES}
    return page(request, "scale.html", data, "Scores")
