"""CLI commands over relations and the server: dyad, network, spikes, serve.

``register(app)`` adds them to the main Typer app (called from ``communique.cli``).
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from communique.render import FORMATS, emit

err = Console(stderr=True, highlight=False)

DbOpt = Annotated[
    Path,
    typer.Option("--db", help="DuckDB database file.", envvar="COMMUNIQUE_DB"),
]
FormatOpt = Annotated[
    str, typer.Option("--format", "-f", help="Output format: table, jsonl or csv.")
]
AllowHostOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-host",
        help="Let fetches reach this host although it resolves to a loopback, private, "
        "link-local or other non-public address (refused by default), e.g. --allow-host "
        "127.0.0.1 or --allow-host intranet.example:8080. Repeat for more hosts; the "
        "COMMUNIQUE_ALLOW_HOSTS environment variable adds more (comma-separated).",
        show_default=False,
    ),
]

UnitOpt = Annotated[
    str,
    typer.Option(
        help="event: count each linked event once, however many stories reported it; "
        "mention: count every coded sentence mention."
    ),
]
UnassertedOpt = Annotated[
    bool,
    typer.Option(
        "--include-unasserted",
        help="Also score future, hypothetical, negated and claimed events. By default they "
        "are counted but left out of Goldstein and PLOVER scores.",
    ),
]
SinceOpt = Annotated[str | None, typer.Option(help="From this ISO date (inclusive).")]
UntilOpt = Annotated[str | None, typer.Option(help="Until this ISO date (inclusive).")]
DEFAULT_DB = Path("communique.duckdb")


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/bold red] {message}", markup=True)
    return typer.Exit(code)


# Parameter names in the relations' messages, as the options that set them are spelled here.
_OPTION_NAMES = {
    "'date_from'": "--since", "'date_to'": "--until", "'as_of'": "--as-of", "'top'": "--top",
}  # fmt: skip


def _read(db: Path, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Open the store read-only, run one relations function, close; errors in one line."""
    from communique.store import Store, StoreError

    try:
        store = Store(db, read_only=True)
    except StoreError as exc:
        raise _fail(str(exc)) from None
    try:
        return fn(store, *args, **kwargs)
    except ValueError as exc:
        message = str(exc)
        for api_name, option in _OPTION_NAMES.items():
            message = message.replace(api_name, option)
        raise _fail(message) from None
    finally:
        store.close()


def _check(fmt: str) -> str:
    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


def _n(v: Any, digits: int = 1) -> str:
    return "" if v is None else f"{v:.{digits}f}" if isinstance(v, float) else str(v)


# --------------------------------------------------------------------------------------------
def dyad(
    a: Annotated[
        str, typer.Argument(help="First actor: a country (CUB) or country+sector (CUBGOV).")
    ],
    b: Annotated[str, typer.Argument(help="Second actor, e.g. RUS.")],
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    by: Annotated[
        str, typer.Option(help="Period: day, week (Monday start), month or year.")
    ] = "month",
    direction: Annotated[
        str,
        typer.Option(
            help="both: A→B, B→A and joint events (A and B acting together); ab: A→B only; "
            "ba: B→A only."
        ),
    ] = "both",
    since: SinceOpt = None,
    until: UntilOpt = None,
    unit: UnitOpt = "event",
    include_unasserted: UnassertedOpt = False,
    all_periods: Annotated[
        bool, typer.Option("--all-periods", help="Also list periods with no events.")
    ] = False,
    plot: Annotated[
        Path | None, typer.Option(help="Also draw the series to this PNG file.")
    ] = None,
) -> None:
    """Time series of two actors: counts, cooperation–conflict scores, spikes.

    Per period: events (all modalities) split by direction, how many were scored
    (asserted only, unless --include-unasserted), Goldstein sum and mean, PLOVER ±1 sum,
    stories published in the period and events per 100 stories, and the spike verdict
    against the previous four periods (suppressed when they average 2 events or fewer).

    Examples:

        communique dyad CUB RUS --by month

        communique dyad CUBGOV USA --direction ab --since 2019-01-01 --format csv

        communique dyad CUB RUS --plot cub-rus.png
    """
    from communique.relations import dyad_series

    fmt = _check(fmt)
    data = _read(
        db, dyad_series, a, b, by=by, direction=direction, date_from=since, date_to=until,
        unit=unit, include_unasserted=include_unasserted,
    )  # fmt: skip
    rows = [s for s in data["series"] if all_periods or s["events"]]
    A, B = data["a"]["code"], data["b"]["code"]
    if fmt == "table":
        emit(
            rows,
            fmt,
            title=f"{A} ({data['a']['name']}) and {B} ({data['b']['name']}) by {by}",
            columns=[
                (by, lambda r: r["period"]),
                (f"{unit}s", lambda r: r["events"]),
                (f"{A}→{B}", lambda r: r["a_to_b"]),
                (f"{B}→{A}", lambda r: r["b_to_a"]),
                ("joint", lambda r: r["joint"]),
                ("scored", lambda r: r["scored"]),
                ("Goldstein sum", lambda r: _n(r["goldstein_sum"])),
                ("mean", lambda r: _n(r["goldstein_mean"], 2)),
                ("PLOVER sum", lambda r: r["plover_sum"]),
                ("types", lambda r: " ".join(f"{k}:{v}" for k, v in r["by_type"].items())),
                ("stories", lambda r: r["stories"]),
                ("per 100", lambda r: _n(r["per_100_stories"])),
                ("spike", lambda r: r["spike_status"]),
            ],
        )
        t = data["totals"]
        err.print(
            f"total: {t['events']} {unit}s ({A}→{B} {t['a_to_b']}, {B}→{A} {t['b_to_a']}, "
            f"joint {t['joint']}), Goldstein sum {_n(t['goldstein_sum'])} over {t['scored']} "
            f"scored, PLOVER sum {t['plover_sum']}"
        )
        for note in data["notes"]:
            err.print(f"[dim]· {note}[/dim]", markup=True)
    else:
        emit([{"a": A, "b": B, "by": by, **r} for r in rows], fmt)
    if plot:
        from communique.relations.plot import plot_dyad

        plot_dyad(data, plot)
        err.print(f"chart → {plot}")


def network(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    level: Annotated[
        str, typer.Option(help="country (CUB) or code (country+sector, CUBGOV).")
    ] = "country",
    actor: Annotated[str | None, typer.Option(help="Only edges touching this actor.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Only this PLOVER type.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    min_events: Annotated[int, typer.Option(help="Leave out edges with fewer events.")] = 1,
    limit: Annotated[int, typer.Option(help="At most this many edges.")] = 200,
    top: Annotated[
        int | None,
        typer.Option(help="Only the N busiest actors (events on their edges) and their edges."),
    ] = None,
    unit: UnitOpt = "event",
    include_unasserted: UnassertedOpt = False,
) -> None:
    """Who acts on whom: directed actor→recipient edges weighted by count and Goldstein.

    An event with several actors or recipients adds to every actor→recipient edge;
    events with no recipient add to none. --format jsonl gives one edge per line.

    Examples:

        communique network --min-events 2

        communique network --actor RUS --level code

        communique network --top 10
    """
    from communique.relations import network as build

    fmt = _check(fmt)
    data = _read(
        db, build, level=level, date_from=since, date_to=until, event_type=event_type,
        actor=actor, unit=unit, include_unasserted=include_unasserted,
        min_events=min_events, limit=limit, top=top,
    )  # fmt: skip
    emit(
        data["edges"],
        fmt,
        title=f"{len(data['edges'])} edges between {len(data['nodes'])} actors",
        columns=[
            ("actor", lambda r: r["source"]),
            ("recipient", lambda r: r["target"]),
            (f"{unit}s", lambda r: r["events"]),
            ("scored", lambda r: r["scored"]),
            ("Goldstein sum", lambda r: _n(r["goldstein_sum"])),
            ("mean", lambda r: _n(r["goldstein_mean"], 2)),
            ("PLOVER sum", lambda r: r["plover_sum"]),
            ("most common", lambda r: r["top_type"]),
        ],
    )
    if fmt == "table":
        for note in data["notes"]:
            err.print(f"[dim]· {note}[/dim]", markup=True)


def spikes(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    by: Annotated[str, typer.Option(help="Period judged: day, week, month or year.")] = "week",
    as_of: Annotated[
        str | None,
        typer.Option(help="A date inside the period to judge (default: the latest event's)."),
    ] = None,
    actor: Annotated[str | None, typer.Option(help="Only pairs with this country.")] = None,
    baseline: Annotated[int, typer.Option(help="Trailing periods in the baseline.")] = 4,
    min_baseline: Annotated[
        float, typer.Option(help="Do not judge when the baseline mean is this or less.")
    ] = 2.0,
    factor: Annotated[float, typer.Option(help="Spike at this many times the baseline.")] = 2.0,
    recent: Annotated[
        int, typer.Option(help="Earlier periods scanned for near misses (0 to 104).")
    ] = 12,
    unit: UnitOpt = "event",
) -> None:
    """Country pairs whose activity this week jumped against the previous four.

    A pair spikes when its count is at least FACTOR × the mean of the BASELINE previous
    periods. When that mean is MIN_BASELINE (2) or less, the pair is "suppressed": too
    few events to tell a spike from noise, and the output says so. Suppressed pairs that
    would have spiked without that guard are listed after the table as near misses, each
    with the reason (--format jsonl/csv: the "near_miss" field of each row), and so are
    those of the RECENT periods before (each judged against its own baseline).

    Examples:

        communique spikes

        communique spikes --by month --as-of 2024-02-01 --actor CUB
    """
    from communique.relations import SpikeRule
    from communique.relations import spikes as find

    fmt = _check(fmt)
    rule = SpikeRule(baseline=baseline, min_baseline=min_baseline, factor=factor)
    if not 0 <= recent <= 104:
        raise _fail(f"--recent must be from 0 to 104, not {recent}")
    data = _read(
        db, find, by=by, as_of=as_of, actor=actor, unit=unit, rule=rule, limit=10_000,
        recent=recent,
    )  # fmt: skip
    if fmt != "table":
        emit([{"period": data["period"], "by": by, **r} for r in data["rows"]], fmt)
        return
    emit(
        data["rows"],
        fmt,
        title=f"{data.get('period_label') or 'no period'}: {data['spikes']} spike(s)",
        columns=[
            ("pair", lambda r: f"{r['a']}–{r['b']}"),
            ("names", lambda r: f"{r['a_name']} – {r['b_name']}"),
            (f"this {by}", lambda r: r["current"]),
            ("baseline", lambda r: " ".join(str(x) for x in r["baseline"])),
            ("mean", lambda r: _n(r["baseline_mean"], 2)),
            ("ratio", lambda r: _n(r["ratio"], 2)),
            ("verdict", lambda r: r["spike_status"]),
        ],
    )
    err.print(f"[dim]· {data['rule']}[/dim]", markup=True)
    err.print(f"[dim]· {data['guard']['text']}[/dim]", markup=True)
    if data.get("note"):
        err.print(f"[yellow]· {data['note']}[/yellow]", markup=True)
    if data["near_misses"]:
        emit(
            data["near_misses"],
            fmt,
            title=f"near misses: {len(data['near_misses'])} pair(s) suppressed by the guard",
            columns=[
                ("pair", lambda r: f"{r['a']}–{r['b']}"),
                (f"this {by}", lambda r: r["current"]),
                ("baseline", lambda r: " ".join(str(x) for x in r["baseline"])),
                ("mean", lambda r: _n(r["baseline_mean"], 2)),
                ("why suppressed", lambda r: r["why"]),
            ],
        )
    if data["recent_near_misses"]:
        emit(
            data["recent_near_misses"],
            fmt,
            title=f"near misses in the {recent} {by}s before",
            columns=[
                (by, lambda r: r["period"]),
                ("pair", lambda r: f"{r['a']}–{r['b']}"),
                ("count", lambda r: r["current"]),
                ("baseline", lambda r: " ".join(str(x) for x in r["baseline"])),
                ("mean", lambda r: _n(r["baseline_mean"], 2)),
                ("why suppressed", lambda r: r["why"]),
            ],
        )


def serve(
    db: DbOpt = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to listen on (0.0.0.0 for all).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token_file: Annotated[
        Path | None,
        typer.Option(
            help="File whose first line is the ingest token: enables POST /api/ingest for "
            "clients sending 'Authorization: Bearer TOKEN'. The COMMUNIQUE_INGEST_TOKEN "
            "environment variable does the same. Without either the server is read-only. "
            "(The token is never taken on the command line, where `ps` shows it.)",
            envvar="COMMUNIQUE_INGEST_TOKEN_FILE",
        ),
    ] = None,
    busy_timeout: Annotated[
        float,
        typer.Option(
            help="Seconds a request waits for a running ingest before answering 503 "
            "'database busy'."
        ),
    ] = 2.0,
    ingest_fetch: Annotated[
        bool,
        typer.Option(
            "--ingest-fetch",
            help="Let POST /api/ingest fetch the pages that short feed entries link to "
            "(public addresses only, see --allow-host). By default stories posted to the "
            "API are stored from their own text and no URL is fetched.",
            envvar="COMMUNIQUE_INGEST_FETCH",
        ),
    ] = False,
    allow_host: AllowHostOpt = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="A name clients may use in the Host header (repeatable; '*' for any). "
            "Default: the --host address and localhost's names (also the machine's name "
            "when listening on all addresses). Other names get 400: this stops DNS "
            "rebinding.",
        ),
    ] = None,
    mirror: Annotated[
        Path | None,
        typer.Option(
            help="Where the server keeps its copy of the database (default: DB.mirror next "
            "to it). Pages are read from this copy, which is brought up to date with only "
            "the new rows after each ingest.",
        ),
    ] = None,
    memory_limit: Annotated[
        str,
        typer.Option(
            help="DuckDB memory limit for the server's queries (e.g. 256MB, 2GB): what is "
            "cached of the database, whatever its size."
        ),
    ] = "256MB",
    threads: Annotated[
        int, typer.Option(min=1, max=256, help="DuckDB threads for the server's queries.")
    ] = 2,
) -> None:
    """The web explorer and JSON API: pages at /, the API under /api/, docs at /docs.

    Works offline (no CDN). The server answers from its own on-disk copy of the database
    (--mirror), brought up to date with the new rows after each ingest, and opens the
    database itself only for a moment to copy them: you can run `communique ingest` into the
    same file while the server runs. While the ingest holds the file, pages show the data as
    it was with a banner, and show the new stories once it finishes; memory stays within
    about --memory-limit, however large the database. Every page has a JSON twin: add
    ?format=json.

    Examples:

        communique serve --db news.duckdb --port 8080

        communique serve --host 0.0.0.0 --allowed-host events.example.org --token-file ~/.token
    """
    import uvicorn

    from communique.api import create_app
    from communique.api.app import read_token_file
    from communique.api.guard import default_hosts
    from communique.store import Store, StoreError

    if not re.fullmatch(r"\d+(\.\d+)?\s*([KMGT]i?B)", memory_limit.strip(), re.IGNORECASE):
        raise _fail(f"--memory-limit: {memory_limit!r} is not a size such as 256MB or 2GB")
    if not db.exists():
        try:
            Store(db).close()
        except StoreError as exc:
            raise _fail(str(exc)) from None
        err.print(f"created an empty database {db}")
    token = None
    if token_file is not None:
        try:
            token = read_token_file(token_file)
        except ValueError as exc:
            raise _fail(str(exc)) from None
    app = create_app(
        db,
        ingest_token=token,
        served_hosts=default_hosts(host) | set(allowed_host or ()),
        busy_timeout=busy_timeout,
        ingest_fetch=ingest_fetch,
        allow_hosts=allow_host or (),
        mirror=mirror,
        memory_limit=memory_limit,
        threads=threads,
    )
    mode = "ingest enabled (POST /api/ingest)" if app.state.ingest_token else "read-only"
    err.print(f"communique explorer on http://{host}:{port}/  ({db}, {mode}); Ctrl-C stops")
    sys.stderr.flush()
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("COMMUNIQUE_LOG", "warning"))


def register(app: typer.Typer) -> None:
    """Add dyad, network, spikes and serve to the main `communique` app."""
    app.command()(dyad)
    app.command()(network)
    app.command()(spikes)
    app.command()(serve)
