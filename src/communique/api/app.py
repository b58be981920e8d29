"""The FastAPI application: the JSON API under /api/, the web explorer, offline API docs.

``create_app(db_path)`` builds it; ``communique serve`` runs it with uvicorn. The database
is read through the server's mirror of it (see ``communique.api.database`` for why and
what a user sees while an ingest runs). Nothing is fetched from the internet: templates, CSS, JS and the /docs
page are shipped in ``communique/web/``.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from communique import __version__
from communique.api.database import Database, DatabaseBusy, DatabaseMissing
from communique.api.guard import Guard, default_hosts
from communique.api.queries import NotFound
from communique.filters import BadFilter
from communique.relations import BadActorKey, BadBucket, BadDirection, BadUnit
from communique.sources.netguard import allowed_hosts

WEB = Path(__file__).resolve().parents[1] / "web"
TOKEN_ENV = "COMMUNIQUE_INGEST_TOKEN"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.query_params.get("format") == "json"


@asynccontextmanager
async def _close_database(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.db.close()


def create_app(
    db_path: str | Path,
    *,
    ingest_token: str | None = None,
    busy_timeout: float = 2.0,
    ingest_fetch: bool = False,
    allow_hosts: Iterable[str] = (),
    served_hosts: Iterable[str] | None = None,
    max_body: int | None = None,
    mirror: str | Path | None = None,
    memory_limit: str = "256MB",
    threads: int = 2,
) -> FastAPI:
    """The explorer and API over one database file.

    ``ingest_token`` (else the COMMUNIQUE_INGEST_TOKEN environment variable) enables
    ``POST /api/ingest`` for clients sending ``Authorization: Bearer <token>``; without one
    the server is read-only and that endpoint answers 403. Stories posted there are stored
    from their own text: no URL is fetched unless ``ingest_fetch`` (then only public
    addresses, and hosts named in ``allow_hosts`` or COMMUNIQUE_ALLOW_HOSTS).

    Every response carries security headers; requests must name one of ``served_hosts``
    (default: localhost's names; ``*`` allows any) in their Host header, and bodies over
    ``max_body`` bytes (default 20 MB) are refused with 413 while they are read
    (``communique.api.guard``).

    Pages are answered from the server's on-disk mirror of the database (``mirror``, default
    ``DB.mirror``), read with at most ``memory_limit`` of DuckDB cache and ``threads``
    threads (``communique.api.database``).
    """
    from communique.api.routes import MAX_UPLOAD
    from communique.api.routes import router as api_router
    from communique.api.views import router as views_api_router
    from communique.web.pages import BadQuery, render_error
    from communique.web.pages import router as page_router
    from communique.web.views import router as views_page_router

    app = FastAPI(
        title="communique",
        version=__version__,
        description=(
            "Political event data coded from news stories: events with their evidence, "
            "country-pair time series, the actor network and spikes. Read-only unless the "
            "operator set an ingest token. Every web page has a JSON twin: add `?format=json`."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=_close_database,
    )
    app.state.db = Database(
        db_path, busy_timeout=busy_timeout, mirror=mirror, memory_limit=memory_limit,
        threads=threads,
    )  # fmt: skip
    app.state.ingest_token = ingest_token or os.environ.get(TOKEN_ENV) or None
    app.state.ingest_fetch = ingest_fetch
    app.state.allow_hosts = allowed_hosts(allow_hosts, env=True)

    def _error(request: Request, status: int, message: str, headers: dict | None = None):
        if _wants_json(request):
            return JSONResponse({"detail": message}, status_code=status, headers=headers)
        return render_error(request, status, message, headers)

    @app.exception_handler(DatabaseBusy)
    async def _busy(request: Request, exc: DatabaseBusy):
        return _error(request, 503, str(exc), {"Retry-After": "5"})

    @app.exception_handler(DatabaseMissing)
    async def _missing(request: Request, exc: DatabaseMissing):
        return _error(request, 503, f"{exc}", {"Retry-After": "30"})

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return _error(request, 404, str(exc.args[0] if exc.args else exc))

    @app.exception_handler(BadFilter)
    async def _bad_filter(request: Request, exc: BadFilter):
        if _wants_json(request):
            return JSONResponse({"detail": exc.message, "parameter": exc.param}, status_code=422)
        return render_error(request, 422, exc.message)

    @app.exception_handler(BadQuery)
    async def _bad_query(request: Request, exc: BadQuery):
        return _error(request, 422, str(exc))

    for bad in (BadActorKey, BadBucket, BadDirection, BadUnit, ValueError):

        @app.exception_handler(bad)
        async def _bad(request: Request, exc: Exception):
            return _error(request, 400, str(exc))

    @app.middleware("http")
    async def _stale_header(request: Request, call_next):
        response = await call_next(request)
        stale = app.state.db.stale
        if stale:  # data served from the last snapshot while an ingest writes
            response.headers["X-Communique-Stale"] = stale.encode("ascii", "replace").decode()
        return response

    app.add_middleware(
        Guard,
        allowed_hosts=default_hosts("127.0.0.1") if served_hosts is None else served_hosts,
        max_body=MAX_UPLOAD if max_body is None else max_body,
    )
    app.include_router(api_router, prefix="/api")
    app.include_router(views_api_router, prefix="/api")
    app.include_router(page_router)
    app.include_router(views_page_router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")

    # the map (/map) and its API (/api/map...)
    from communique.api.map_routes import router as map_api_router
    from communique.web.map_page import router as map_page_router

    app.include_router(map_api_router, prefix="/api")
    app.include_router(map_page_router)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        from communique.web.pages import render

        return render(request, "docs.html", {"title": "API reference"}, json_url="/openapi.json")

    return app


def read_token_file(path: Path) -> str:
    """The ingest token in ``path`` (first line, surrounding whitespace dropped).

    Raises ValueError naming the file when it cannot be read or holds no token.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"cannot read the token file {path}: {exc}") from None
    token = text.strip().splitlines()[0].strip() if text.strip() else ""
    if not token:
        raise ValueError(f"the token file {path} is empty")
    return token
