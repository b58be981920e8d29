"""API routes of the analysts' views: an actor's timeline, several pairs compared, and
persons and bodies by name. Thin wrappers over ``relations.timeline`` and ``actors.lookup``,
as the pages under ``web.views`` are; bad input is a 422 naming the parameter."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from communique import filters
from communique.actors.lookup import find_names
from communique.api.names import name_profile
from communique.api.routes import By, DateFrom, DateTo, Direction, Unasserted, Unit, known_actor
from communique.relations.actors import BadActorKey
from communique.relations.timeline import (
    MAX_PAIRS,
    actor_period_events,
    actor_timeline,
    compare_pairs,
)

router = APIRouter()

Pairs = Annotated[
    list[str],
    Query(
        description=f"A pair of actors as A-B (RUS-CUB, RUSGOV-CUB, Russia-Cuba); repeat for up "
        f"to {MAX_PAIRS} pairs."
    ),
]


def pair_param(text: str) -> tuple[str, str]:
    """'RUS-CUB' (codes or country names) -> ('RUS', 'CUB'), or BadFilter naming 'pair'."""
    a, sep, b = (text or "").strip().partition("-")
    if not sep or not a.strip() or not b.strip():
        raise filters.BadFilter(
            "pair", f"'pair' must be two actors joined by '-', such as RUS-CUB, not {text[:40]!r}"
        )
    return _side(a), _side(b)


def _side(text: str) -> str:
    code = filters.country_names().get(text.strip().lower().removeprefix("the "))
    if code:
        return code
    try:
        return filters.actor_key("pair", text)
    except BadActorKey as exc:
        raise filters.BadFilter("pair", f"'pair': {exc}") from None


def pairs_param(raw: list[str]) -> list[tuple[str, str]]:
    if not raw:
        raise filters.BadFilter("pair", "'pair' is needed: give one or more, such as pair=RUS-CUB")
    if len(raw) > MAX_PAIRS:
        raise filters.BadFilter("pair", f"'pair' may be given at most {MAX_PAIRS} times")
    return [pair_param(p) for p in raw]


def bucket_param(by: str) -> str:
    from communique.relations.periods import BUCKETS

    if by not in BUCKETS:
        raise filters.BadFilter("by", f"'by' must be one of {', '.join(BUCKETS)}, not {by!r}")
    return by


@router.get("/actors/{code}/timeline", summary="One actor's events over time, by quad class")
def api_actor_timeline(
    request: Request,
    code: str,
    by: By = "month",
    date_from: DateFrom = None,
    date_to: DateTo = None,
    unit: Unit = "event",
    include_unasserted: Unasserted = False,
) -> dict[str, Any]:
    code = known_actor("code", code)
    with request.app.state.db.read() as store:
        return actor_timeline(
            store, code, by=bucket_param(by), unit=unit, date_from=date_from, date_to=date_to,
            include_unasserted=include_unasserted,
        )  # fmt: skip


@router.get("/actors/{code}/timeline/events", summary="The events behind one timeline period")
def api_actor_timeline_events(
    request: Request,
    code: str,
    period: Annotated[
        str, Query(description="A period of the timeline (2024-02), or a coarse one (2017).")
    ],
    by: By = "month",
    unit: Unit = "event",
    include_unasserted: Unasserted = False,
) -> dict[str, Any]:
    code = known_actor("code", code)
    with request.app.state.db.read() as store:
        items = actor_period_events(
            store, code, period, by=bucket_param(by), unit=unit,
            include_unasserted=include_unasserted,
        )  # fmt: skip
    return {"code": code, "period": period, "by": by, "items": items}


@router.get("/compare", summary="Several pairs' series on one time axis")
def api_compare(
    request: Request,
    pair: Pairs = [],  # noqa: B006  (FastAPI reads the default; it is never mutated)
    by: By = "month",
    direction: Direction = "both",
    date_from: DateFrom = None,
    date_to: DateTo = None,
    unit: Unit = "event",
    include_unasserted: Unasserted = False,
) -> dict[str, Any]:
    pairs = pairs_param(pair)
    with request.app.state.db.read() as store:
        return compare_pairs(
            store, pairs, by=bucket_param(by), direction=direction, unit=unit,
            date_from=date_from, date_to=date_to, include_unasserted=include_unasserted,
        )  # fmt: skip


@router.get("/names", summary="Persons and bodies by name, with how each resolves")
def api_names(
    q: Annotated[str, Query(description="A name or part of one: Putin, Duma, Hamas.")] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> dict[str, Any]:
    return {"q": q, "names": find_names(q, limit)}


@router.get("/persons/{name}", summary="A person: dated roles and the mentions naming them")
def api_person(request: Request, name: str) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return name_profile(store, "person", name)


@router.get("/bodies/{name}", summary="A body or group: its code and the mentions naming it")
def api_body(request: Request, name: str) -> dict[str, Any]:
    with request.app.state.db.read() as store:
        return name_profile(store, "body", name)
