"""The JSON API under /api/: articles, events, one event, dyads, network, spikes, search, ingest.

Every endpoint is a thin wrapper over ``communique.api.queries`` / ``communique.relations``,
so the CLI, the pages and the API report the same numbers.
"""

from __future__ import annotations

import hmac
import io
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

import communique.api.downloads as downloads
from communique import filters
from communique.actors.lookup import find_names
from communique.api import queries
from communique.api.queries import MAX_COUNT, MAX_OFFSET
from communique.model import MODALITIES, PLOVER_TYPES
from communique.relations import dyad_events, dyad_series, network, spikes
from communique.relations.network import MAX_TOP
from communique.relations.spikes import SpikeRule
from communique.store.queries import EventFilter

router = APIRouter()
MAX_UPLOAD = 20_000_000

By = Annotated[str, Query(description="Period: day, week (Monday start), month or year.")]
Unit = Annotated[
    str,
    Query(description="event: each linked event once (default); mention: every coded mention."),
]
Direction = Annotated[
    str,
    Query(description="both (A→B, B→A and joint A+B events), ab (A→B only) or ba (B→A only)."),
]
Unasserted = Annotated[
    bool,
    Query(
        description="Score future, hypothetical, negated and claimed events too (by default "
        "they are counted but not scored), and count historical ones (by default left out)."
    ),
]
DateFrom = Annotated[str | None, Query(description="ISO date, inclusive.")]
DateTo = Annotated[str | None, Query(description="ISO date, inclusive.")]
Format = Annotated[str | None, Query(description=downloads.FORMAT_HELP)]


def event_filter(
    actor_country: Annotated[
        str | None, Query(description="Actor country: a code (CUB) or a name (Cuba).")
    ] = None,
    recipient_country: Annotated[
        str | None, Query(description="Recipient country: a code or a name.")
    ] = None,
    country: Annotated[str | None, Query(description="Country as actor or recipient.")] = None,
    event_type: Annotated[
        str | None, Query(description="PLOVER type: " + ", ".join(PLOVER_TYPES))
    ] = None,
    cameo: Annotated[
        str | None, Query(description="CAMEO code (042) or root (04: every code under it).")
    ] = None,
    quad_class: Annotated[str | None, Query(description="Quad class, 1 to 4.")] = None,
    modality: Annotated[
        str | None,
        Query(
            description=", ".join(MODALITIES)
            + ", or all; by default every modality but negated and hypothetical"
        ),
    ] = None,
    min_confidence: Annotated[
        str | None, Query(description="Only events coded with at least this confidence (0-1).")
    ] = None,
    publisher: Annotated[str | None, Query(description="Words in the publisher's name.")] = None,
    language: Annotated[
        str | None, Query(description="The story's language: en, or a name (English).")
    ] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    text: Annotated[
        str | None, Query(description="Words in the evidence sentence or article title.")
    ] = None,
    article_id: Annotated[str | None, Query(description="Only this article's events.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size.")] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Records to skip.")] = 0,
) -> EventFilter:
    """The checked filter; a bad value is a BadFilter, answered 422 naming the parameter."""
    values = {
        "actor_country": actor_country, "recipient_country": recipient_country,
        "country": country, "event_type": event_type, "cameo": cameo,
        "quad_class": quad_class, "modality": modality, "min_confidence": min_confidence,
        "publisher": publisher, "language": language, "date_from": date_from,
        "date_to": date_to,
    }  # fmt: skip
    return filters.event_filter(
        values, text=text or None, article_id=article_id or None, limit=limit, offset=offset
    )


def known_actor(param: str, code: str) -> str:
    """An actor code in a path, or 404 with suggestions when its country is unknown."""
    try:
        return filters.actor_key(param, code)
    except filters.BadFilter as exc:
        raise queries.NotFound(exc.message) from None


@router.get("/", summary="What the API offers")
def index() -> dict[str, Any]:
    return {
        "endpoints": {
            "/api/summary": "counts, top pairs, recent events, spikes",
            "/api/articles": "stored articles (paged)",
            "/api/articles/{id}": "one article with its text and events",
            "/api/events": "events filtered, sorted and paged",
            "/api/events/{id}": "one event with its evidence and supporting mentions",
            "/api/map": "events by place and each country's activity (filters of /api/events)",
            "/api/map/events": "the events of one map point or country",
            "/api/map/outlines": "country outlines (Natural Earth, GeoJSON)",
            "/api/dyad/{a}/{b}": "time series of a pair of actors",
            "/api/dyad/{a}/{b}/events": "the events behind one period of that series",
            "/api/network": "who acts on whom, weighted",
            "/api/spikes": "pairs whose activity jumped this period",
            "/api/actors": "countries seen, with counts",
            "/api/actors/{code}": "one actor's activity",
            "/api/search": "words in stories and evidence, actor names, persons and bodies",
            "/api/names": "persons and bodies by name, with how each resolves",
            "/api/persons/{name}": "a person: dated roles and the mentions naming them",
            "/api/bodies/{name}": "a body or group: its code and the mentions naming it",
            "/api/actors/{code}/timeline": "one actor's events over time, by quad class",
            "/api/compare": "several pairs' series on one time axis",
            "/api/ingest": "POST stories (needs the operator's bearer token)",
        },
        "docs": "/docs",
        "openapi": "/openapi.json",
    }


@router.get("/summary", summary="Overview: counts, top pairs, recent events, spikes")
def api_summary(request: Request, include_unasserted: Unasserted = False) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return queries.overview(store, include_unasserted=include_unasserted)


@router.get("/articles", summary="Stored articles, paged")
def api_articles(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return queries.articles_page(store, limit, offset)


@router.get("/articles/{article_id}", summary="One article: text, metadata and its events")
def api_article(request: Request, article_id: str) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return queries.article_detail(store, article_id)


@router.get("/events", summary="Events (or mentions) filtered, sorted and paged")
def api_events(
    request: Request,
    flt: Annotated[EventFilter, Depends(event_filter)],
    sort: Annotated[str, Query(description=", ".join(queries.SORTS))] = "date",
    order: Annotated[str, Query(description="asc or desc")] = "desc",
    unit: Unit = "event",
    format: Format = None,  # noqa: A002 - the parameter users type
) -> Any:
    q = request.query_params
    with request.app.state.db.read() as store:
        if fmt := downloads.requested(q):  # every filtered event (``limit`` if given)
            ids = downloads.filtered_ids(store, flt, q, sort=sort, order=order, unit=unit)
            return downloads.respond(store, fmt, "events", ids=ids, unit=unit)
        return queries.search_events(store, flt, sort=sort, order=order, unit=unit)


@router.get("/events/{event_id}", summary="One event with its evidence and supporting mentions")
def api_event(request: Request, event_id: str) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return queries.event_detail(store, event_id)


@router.get("/dyad/{a}/{b}", summary="Time series of a pair: counts, scores, per 100 stories")
def api_dyad(
    request: Request,
    a: str,
    b: str,
    by: By = "month",
    direction: Direction = "both",
    date_from: DateFrom = None,
    date_to: DateTo = None,
    unit: Unit = "event",
    include_unasserted: Unasserted = False,
) -> dict[str, Any]:
    a, b = known_actor("a", a), known_actor("b", b)
    with request.app.state.db.read() as store:
        return dyad_series(
            store, a, b, by=by, direction=direction, date_from=date_from, date_to=date_to,
            unit=unit, include_unasserted=include_unasserted,
        )  # fmt: skip


@router.get("/dyad/{a}/{b}/events", summary="The events behind one period of a pair's series")
def api_dyad_events(
    request: Request,
    a: str,
    b: str,
    period: Annotated[
        str | None, Query(description="A period key from the series, e.g. 2018-11.")
    ] = None,
    by: By = "month",
    direction: Direction = "both",
    unit: Unit = "event",
    include_unasserted: Unasserted = False,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    format: Format = None,  # noqa: A002 - the parameter users type
) -> Any:
    a, b = known_actor("a", a), known_actor("b", b)
    fmt = downloads.requested(request.query_params)
    with request.app.state.db.read() as store:
        items = dyad_events(
            store, a, b, period, by=by, direction=direction, unit=unit,
            include_unasserted=include_unasserted, date_from=date_from, date_to=date_to,
            limit=None if fmt else 500,
        )  # fmt: skip
        if fmt:  # the pair's events (of that period), as a file
            stem = f"pair-{a}-{b}-{period or 'all'}"
            return downloads.respond(store, fmt, stem, records=items)
    return {"a": a.upper(), "b": b.upper(), "period": period, "by": by, "items": items}


@router.get("/network", summary="Who acts on whom, weighted by count and Goldstein score")
def api_network(
    request: Request,
    level: Annotated[str, Query(description="country or code (country+sector)")] = "country",
    date_from: DateFrom = None,
    date_to: DateTo = None,
    event_type: Annotated[str | None, Query(description="Only this PLOVER type.")] = None,
    actor: Annotated[str | None, Query(description="Only edges touching this actor.")] = None,
    unit: Unit = "event",
    include_unasserted: Unasserted = False,
    min_events: Annotated[int, Query(ge=1, le=MAX_COUNT)] = 1,
    limit: Annotated[int, Query(ge=1, le=5000)] = 200,
    top: Annotated[
        int | None,
        Query(ge=1, le=MAX_TOP, description="Only the N busiest actors and edges among them."),
    ] = None,
) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return network(
            store, level=level, date_from=date_from, date_to=date_to, event_type=event_type,
            actor=actor, unit=unit, include_unasserted=include_unasserted,
            min_events=min_events, limit=limit, top=top,
        )  # fmt: skip


@router.get("/spikes", summary="Pairs whose activity this period jumped over the baseline")
def api_spikes(
    request: Request,
    by: By = "week",
    as_of: Annotated[
        str | None, Query(description="A date in the period to judge (default: latest event).")
    ] = None,
    actor: Annotated[str | None, Query(description="Only pairs with this country.")] = None,
    baseline: Annotated[int, Query(ge=1, le=52, description="Trailing periods.")] = 4,
    min_baseline: Annotated[
        float, Query(ge=0, description="Not judged when the baseline mean is <= this.")
    ] = 2.0,
    factor: Annotated[float, Query(gt=1, description="Spike at >= factor × baseline.")] = 2.0,
    unit: Unit = "event",
    recent: Annotated[
        int, Query(ge=0, le=104, description="Earlier periods scanned for near misses.")
    ] = 12,
) -> dict[str, Any]:
    rule = SpikeRule(baseline=baseline, min_baseline=min_baseline, factor=factor)
    with request.app.state.db.read() as store:
        return spikes(store, by=by, as_of=as_of, actor=actor, unit=unit, rule=rule, recent=recent)


@router.get("/actors", summary="Countries seen as actor or recipient, with counts")
def api_actors(
    request: Request, unit: Unit = "event", include_unasserted: Unasserted = False
) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return queries.actors_list(store, unit=unit, include_unasserted=include_unasserted)


@router.get("/actors/{code}", summary="One actor: partners, event types, recent events")
def api_actor(
    request: Request, code: str, unit: Unit = "event", include_unasserted: Unasserted = False,
    format: Format = None,  # noqa: A002 - the parameter users type
) -> Any:  # fmt: skip
    """With ``format=csv|jsonl|parquet``: every event in which the actor takes part."""
    code = known_actor("code", code)
    with request.app.state.db.read() as store:
        if fmt := downloads.requested(request.query_params):
            ids = downloads.actor_ids(store, code, unit)
            return downloads.respond(store, fmt, f"actor-{code}", ids=ids, unit=unit)
        return queries.actor_profile(store, code, unit=unit, include_unasserted=include_unasserted)


@router.get("/search", summary="Search stories, evidence sentences and actors")
def api_search(
    request: Request,
    q: Annotated[str, Query(description="Words to look for.")] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 30,
    format: Format = None,  # noqa: A002 - the parameter users type
) -> Any:
    """With ``format=csv|jsonl|parquet``: every event whose evidence or story title matches."""
    if fmt := downloads.requested(request.query_params):
        with request.app.state.db.read() as store:
            return downloads.respond(store, fmt, "search", ids=downloads.search_ids(store, q))

    with request.app.state.db.read() as store:
        out = queries.search(store, q, limit)
    return {**out, "names": find_names(out["q"], limit)}  # persons and bodies by name


@router.post(
    "/ingest",
    summary="Add stories (needs the operator's bearer token)",
    description=(
        "Body: JSON Lines (one article object per line), a JSON object or list of objects "
        "(fields as `communique code` reads: text required; id, title, url, publisher, "
        "published, language), or one story as plain text. Requires `Authorization: Bearer "
        "TOKEN` where TOKEN was set by the operator with `communique serve --token-file` "
        "or COMMUNIQUE_INGEST_TOKEN; without one configured the answer is 403. Stories are "
        "stored from their own text: links in posted feeds are not fetched unless the server "
        "was started with `--ingest-fetch`."
    ),
)
async def api_ingest(
    request: Request, authorization: Annotated[str | None, Header()] = None
) -> JSONResponse:
    token = request.app.state.ingest_token
    if not token:
        return JSONResponse(
            {
                "detail": "ingest over HTTP is disabled: this server is read-only. The "
                "operator can enable it with `communique serve --token-file FILE` or the "
                "COMMUNIQUE_INGEST_TOKEN environment variable."
            },
            status_code=403,
        )
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not authorization or not hmac.compare_digest(given.encode(), token.encode()):
        return JSONResponse(
            {"detail": "missing or wrong bearer token (send 'Authorization: Bearer TOKEN')"},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
    body = await request.body()  # at most the server's body limit (api.guard)
    if not body.strip():
        return JSONResponse({"detail": "empty body: send JSON Lines articles"}, status_code=400)
    report = await run_in_threadpool(_ingest_bytes, request.app.state, body)
    return JSONResponse(report, status_code=200)


def _ingest_bytes(state: Any, body: bytes) -> dict[str, Any]:
    """Store and code the posted stories. Links are followed only if the operator said so."""
    from communique.pipeline import ingest
    from communique.sources import iter_articles

    articles = list(
        iter_articles(
            ["-"],
            stdin=io.BytesIO(body),
            fetch_links=state.ingest_fetch,
            allow_hosts=state.allow_hosts,
        )
    )
    with state.db.write() as store:
        report = ingest(articles, store)
    return {
        "stored": report.stored,
        "duplicates": report.duplicates,
        "conflicts": [c.to_dict() for c in report.conflicts],  # refused: id or URL clashes
        "failed": report.failed,
        "mentions": report.mentions,
        "not_coded": dict(report.unsupported),  # by language: stored, not coded
        "errors": [{"origin": e.origin, "reason": e.reason} for e in report.errors],
    }
