"""The `communique` command line: ingest, code, articles, events, export, eval, demo.

Every command takes --db (default ./communique.duckdb); commands that print records take
--format table|jsonl|csv. Exit codes: 0 success, 1 some inputs failed (the rest was done),
2 bad usage or an unusable database.
"""

from __future__ import annotations

import sys
import time
from contextlib import nullcontext
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from communique import __version__
from communique.cli_bench import EndpointOpt, StorageOpt
from communique.cli_relations import AllowHostOpt
from communique.model import SourceError
from communique.render import FORMATS, actor_codes, emit, table_width, to_json

app = typer.Typer(
    name="communique",
    help=(
        "Turn news stories into political event data: who did what to whom, when and where, "
        "with the sentence that says so. PLOVER event types with CAMEO codes, stored in DuckDB.\n\n"
        "Start with `communique demo` (codes the bundled example stories), then "
        "`communique ingest YOUR/STORIES` and `communique events`."
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
err = Console(stderr=True, highlight=False, soft_wrap=True)

DbOpt = Annotated[
    Path,
    typer.Option(
        "--db", help="DuckDB database file (created on first ingest).", envvar="COMMUNIQUE_DB"
    ),
]
FormatOpt = Annotated[
    str,
    typer.Option("--format", "-f", help="Output format: table, jsonl or csv."),
]
DEFAULT_DB = Path("communique.duckdb")
AllTopicsOpt = Annotated[
    bool,
    typer.Option(
        "--all-topics",
        help="Code every story. By default a story the topic gate finds off-topic (sport, "
        "entertainment, recipes, products, science, travel) is not coded (ingest stores it "
        "with a note saying so).",
    ),
]


# the filters `events` and `export` share
ActorOpt = Annotated[str | None, typer.Option(help="Actor country: a code (CUB) or a name (Cuba).")]
RecipientOpt = Annotated[
    str | None, typer.Option(help="Recipient country: a code (USA) or a name.")
]
CountryOpt = Annotated[str | None, typer.Option(help="Country as actor or recipient.")]
TypeOpt = Annotated[
    str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT or SANCTION.")
]
ModalityOpt = Annotated[
    str | None,
    typer.Option(
        help="asserted, future, hypothetical, negated, claimed, historical, or all. By default "
        "every modality but negated and hypothetical: events the text says did not happen, or only "
        'might happen ("if ..., it could ..."), are left out, as the PLOVER manual allows; '
        "--modality negated or hypothetical lists them, --modality all lists everything."
    ),
]
SinceOpt = Annotated[str | None, typer.Option(help="Events on or after this ISO date.")]
UntilOpt = Annotated[str | None, typer.Option(help="Events on or before this ISO date.")]
SearchOpt = Annotated[
    str | None, typer.Option(help="Words in the evidence sentence or article title.")
]
ArticleOpt = Annotated[str | None, typer.Option(help="Only events from this article id.")]
CameoOpt = Annotated[
    str | None, typer.Option(help="CAMEO code (042) or root (04: every code under it).")
]
QuadOpt = Annotated[
    str | None, typer.Option("--quad", help="Quad class 1-4 (verbal/material co-operation, "
                             "verbal/material conflict).")
]  # fmt: skip
ConfidenceOpt = Annotated[
    str | None, typer.Option("--min-confidence", help="Only events coded with at least this "
                             "confidence (0 to 1).")
]  # fmt: skip
PublisherOpt = Annotated[str | None, typer.Option(help="Words in the publisher's name.")]
LanguageOpt = Annotated[
    str | None, typer.Option(help="The story's language: a code (en) or a name (English).")
]
# EventFilter field -> the CLI option named in error messages
FILTER_OPTIONS = {
    "actor_country": "--actor", "recipient_country": "--recipient", "country": "--country",
    "event_type": "--type", "cameo": "--cameo", "quad_class": "--quad",
    "modality": "--modality", "min_confidence": "--min-confidence",
    "publisher": "--publisher", "language": "--language", "date_from": "--since",
    "date_to": "--until",
}  # fmt: skip


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/bold red] {message}", markup=True)
    return typer.Exit(code)


def _event_filter(values: dict[str, Any], **rest: Any) -> Any:
    """The checked EventFilter for `events` and `export`, or exit 2 with one line."""
    from communique.filters import BadFilter, event_filter

    try:
        return event_filter(values, FILTER_OPTIONS, **rest)
    except BadFilter as exc:
        raise _fail(exc.message) from None


def _filter_values(opts: dict[str, Any]) -> dict[str, Any]:
    """EventFilter field -> the value of its CLI option, from a command's locals()."""
    return {
        "actor_country": opts["actor"], "recipient_country": opts["recipient"],
        "country": opts["country"], "event_type": opts["event_type"], "cameo": opts["cameo"],
        "quad_class": opts["quad"], "modality": opts["modality"],
        "min_confidence": opts["min_confidence"], "publisher": opts["publisher"],
        "language": opts["language"], "date_from": opts["since"], "date_to": opts["until"],
    }  # fmt: skip


def _check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    return fmt


def _open_store(db: Path, *, read_only: bool) -> Any:
    from communique.store import Store, StoreError

    try:
        return Store(db, read_only=read_only)
    except StoreError as exc:
        raise _fail(str(exc)) from None


def _open_output(path: Path) -> Any:
    """A text file to write, or a one-line error naming it."""
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise _fail(f"{path}: cannot write: {exc.strerror or exc}") from None


def _print_error(e: SourceError) -> None:
    err.print(f"[red]skipped[/red] {e.origin}: {e.reason}", markup=True, soft_wrap=True)


# --------------------------------------------------------------------------------------------
@app.command()
def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, folders (read recursively), glob patterns such as 'news/**/*.html', "
            "http(s) URLs, or - for standard input. Formats: the seeds' Markdown story form, "
            "plain text, HTML, JSON Lines, RSS/Atom feeds.",
            show_default=False,
        ),
    ],
    db: DbOpt = DEFAULT_DB,
    batch_size: Annotated[
        int,
        typer.Option(help="Articles per transaction (each batch is stored whole or not at all)."),
    ] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            help="Code on a Dask cluster: local:N (N worker processes here) or "
            "tcp://HOST:8786; writes a partitioned Parquet dataset to --out instead of --db.",
        ),
    ] = None,
    out: Annotated[
        str | None,
        typer.Option(
            help="Dataset for --dask: a folder or an fsspec URL such as s3://bucket/prefix "
            "(load it with `load`)."
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(help="Articles per --dask partition (one worker task).")
    ] = 100,
    endpoint_url: EndpointOpt = None,
    storage_option: StorageOpt = None,
    all_topics: AllTopicsOpt = False,
    allow_host: AllowHostOpt = None,
) -> None:
    """Read stories, code their events and store everything in the database.

    A story in a language the coder does not read (it reads English) is stored with its
    language and a note, not coded, and counted as "not coded" in the summary.

    Ingest is idempotent: a story already stored (same URL or same text) is skipped, so
    re-running over the same folder adds only what is new. A story under an id or URL that is
    stored with different text is a conflict: it is not stored (the stored one is kept), one
    "conflict" line names it, and the exit code is 1. Bad inputs (empty, binary,
    too large, not UTF-8, broken JSON lines, unreachable URLs) are reported one line
    each and the rest of the batch goes on; the exit code is then 1.

    Examples:

        communique ingest stories/            # a folder, recursively

        communique ingest 'feeds/*.xml' https://example.org/news.rss

        cat articles.jsonl | communique ingest -

    URLs (and the pages short feed entries link to) are fetched from public addresses only:
    a host that resolves to a loopback, private, link-local, multicast, reserved or
    unspecified address is refused, also after a redirect, unless --allow-host names it.
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from communique.conflicts import Conflict
    from communique.pipeline import IngestReport
    from communique.pipeline import ingest as run_ingest
    from communique.sources import iter_articles
    from communique.sources.netguard import allowed_hosts

    if batch_size < 1:
        raise _fail("--batch-size must be at least 1")
    if partition_size < 1:
        raise _fail("--partition-size must be at least 1")
    if dask or out:
        from communique.cli_bench import dask_ingest

        return dask_ingest(
            inputs, dask or "local:2", out, quiet=quiet, partition_size=partition_size,
            batch_size=batch_size, topic_gate=not all_topics,
            endpoint_url=endpoint_url, storage_option=storage_option or [],
        )  # fmt: skip
    store = _open_store(db, read_only=False)
    started = time.perf_counter()
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
    with progress:
        task = progress.add_task("reading…", total=None)

        last_line = 0.0

        def on_progress(r: IngestReport) -> None:
            nonlocal last_line
            now = time.perf_counter()
            rate = r.stored / max(now - started, 1e-9)
            not_coded = f"{r.unsupported_text()}, " if r.unsupported else ""
            conflicts = f"{len(r.conflicts)} conflicts, " if r.conflicts else ""
            text = (
                f"{r.stored} stored, {not_coded}{r.duplicates} duplicates, {conflicts}"
                f"{r.failed} failed, {r.mentions} event mentions ({rate:.1f} articles/s)"
            )
            progress.update(task, description=text)
            # Logs (no terminal) get a line per committed batch, at most one a second.
            if progress.disable and not quiet and (not last_line or now - last_line >= 1.0):
                last_line = now
                err.print(f"ingest: {text}", soft_wrap=True)

        def on_error(e: SourceError) -> None:
            progress.console.print(
                f"[red]skipped[/red] {e.origin}: {e.reason}", markup=True, soft_wrap=True
            )

        def on_conflict(c: Conflict) -> None:
            line = escape(f"{c.origin}: {c.reason()}")
            progress.console.print(f"[yellow]conflict[/yellow] {line}", soft_wrap=True)

        report = run_ingest(
            iter_articles(
                inputs,
                stdin=sys.stdin.buffer if sys.stdin else None,
                allow_hosts=allowed_hosts(allow_host or (), env=True),
            ),
            store,
            batch_size=batch_size,
            on_error=on_error,
            on_progress=on_progress,
            on_conflict=on_conflict,
            topic_gate=not all_topics,
        )
    store.close()
    secs = time.perf_counter() - started
    not_coded = f"{report.unsupported_text()}, " if report.unsupported else ""
    conflicts = f"{len(report.conflicts)} conflicts (not stored), " if report.conflicts else ""
    err.print(
        f"{report.stored} new articles stored ({report.mentions} event mentions), {not_coded}"
        f"{report.duplicates} already stored, {conflicts}{report.failed} failed, "
        f"in {secs:.1f}s → {db}"
    )
    if report.off_topic:
        err.print(
            f"{report.off_topic} stored uncoded as off-topic (see their notes in "
            "`communique articles --format jsonl`; --all-topics codes them)"
        )
    if report.dropped:
        top = ", ".join(f"{rule} {n}" for rule, n in report.dropped.most_common(4))
        err.print(f"{sum(report.dropped.values())} trigger words not made events ({top})")
    if report.interrupted:
        err.print("[yellow]interrupted:[/yellow] the store holds every batch finished before.")
        raise typer.Exit(130)
    if report.failed or report.conflicts:
        raise typer.Exit(1)


# --------------------------------------------------------------------------------------------
@app.command()
def code(
    batch_size: Annotated[int, typer.Option(help="Articles parsed together.")] = 16,
    dropped: Annotated[
        Path | None,
        typer.Option(
            help="Also write every trigger word that was NOT made an event, one JSON line each "
            "with the id of the rule that dropped it and why (e.g. filter.not_political), to "
            "this file."
        ),
    ] = None,
    all_topics: AllTopicsOpt = False,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Leave out events whose confidence is below this (default: the coder's "
            "calibrated threshold, 0.46; "
            "0 keeps every event). Events of a story's opening sentence and unattributed "
            "ones are always kept; each one left out goes to --dropped with rule "
            "filter.low_confidence and the features that weighed against it.",
        ),
    ] = None,
) -> None:
    """Code JSON Lines articles from standard input to JSON Lines events on standard output.

    Touches no database. Each input line is an object with `text` (required) and optionally
    `id`, `title`, `url`, `publisher`, `published` (ISO date), `language`. Each output line is
    one coded event mention (the same fields as `communique events --by mention`). A broken
    input line is reported on standard error and skipped; the exit code is then 1.

    Only political events are coded: an event needs a political actor on one side (a state,
    its organs, a party, an armed group, police, protesters, an IGO or NGO), or must be
    violence, coercion or protest involving people. `--dropped FILE` shows what was left out
    and why; a story found off-topic is reported on standard error. Weak readings after a
    story's opening sentence (confidence below 0.46) are left out too: `--min-confidence 0`
    keeps them.

    A story of more than 10,000 tokens is coded in parts (cut at paragraph or sentence ends;
    offsets and sentence numbers stay those of the whole text, and standard error says so);
    one of more than 250,000 tokens is refused with one line.

    Example:

        echo '{"id": "x1", "published": "2018-11-02", "text": "Cuban President Miguel
        Diaz-Canel met Russian President Vladimir Putin in Moscow on Friday."}' | communique code
    """
    from communique.articles.language import is_supported, unsupported_note
    from communique.coding.calibration import min_confidence_of
    from communique.parsing import load_pipeline
    from communique.pipeline import code_articles
    from communique.sources import read_jsonl_articles

    if sys.stdin is None:
        raise _fail("`communique code` reads JSON Lines on standard input, and there is none")
    failed = 0

    def readable() -> Any:
        nonlocal failed
        stream = getattr(sys.stdin, "buffer", None) or sys.stdin  # bytes: split on "\n" only
        for item in read_jsonl_articles(stream, origin="stdin"):
            if isinstance(item, SourceError):
                _print_error(item)
                failed += 1
            else:
                yield item

    drop_out = _open_output(dropped) if dropped else None
    nlp = load_pipeline()
    threshold = (
        min_confidence_of(nlp, min_confidence) if min_confidence is not None else nullcontext()
    )
    with threshold:
        try:
            for item in code_articles(
                readable(), batch_size=batch_size, topic_gate=not all_topics, nlp=nlp
            ):
                if isinstance(item, SourceError):
                    _print_error(item)
                    failed += 1
                    continue
                if item.off_topic:
                    err.print(f"{item.article.id}: {item.article.notes[-1]}", soft_wrap=True)
                elif item.article.notes and item.article.notes[-1].startswith("coded in "):
                    err.print(
                        f"{item.article.id}: {escape(item.article.notes[-1])}", soft_wrap=True
                    )
                elif not is_supported(item.article.language):
                    lang = str(item.article.language)
                    err.print(f"{item.article.origin or item.article.id}: {unsupported_note(lang)}")
                for m in item.mentions:
                    sys.stdout.write(to_json(m.to_dict()) + "\n")
                sys.stdout.flush()
                if drop_out is not None:
                    for d in item.dropped:
                        drop_out.write(to_json(d.to_dict()) + "\n")
        finally:
            if drop_out is not None:
                drop_out.close()
    if failed:
        raise typer.Exit(1)


# --------------------------------------------------------------------------------------------
@app.command()
def articles(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    limit: Annotated[int | None, typer.Option(help="At most this many.", min=1, max=10**12)] = None,
) -> None:
    """List stored articles: title, URL, publisher, publication date and where it came from.

    `published_source` says how the date was found: metadata (the page said), banner (a date
    line above the story), dateline, url, or inferred (year worked out from the story; see
    `notes` in --format jsonl for the reasoning). An unknown date stays empty.
    """
    from communique.store.queries import list_articles

    fmt = _check_format(fmt)
    store = _open_store(db, read_only=True)
    rows = list_articles(store, limit=limit)
    store.close()
    emit(
        rows,
        fmt,
        title="Articles",
        columns=[
            ("id", lambda r: r["id"]),
            ("published", lambda r: r["published"]),
            ("date from", lambda r: r["published_source"]),
            ("publisher", lambda r: r["publisher"]),
            ("dateline", lambda r: r["dateline"]),
            ("language", lambda r: r["language"]),
            ("title", lambda r: r["title"]),
            (
                "events",
                lambda r: r["n_events"] if not r["note"] else f"{r['n_events']} (not coded)",
            ),
        ],
    )


def _event_columns(by: str) -> list[tuple[str, Any]]:
    cols: list[tuple[str, Any]] = [
        ("date", lambda r: r.get("date")),
        ("type", lambda r: r["event_type"] + (f"/{r['mode']}" if r.get("mode") else "")),
        ("cameo", lambda r: r.get("cameo")),
        ("actor", lambda r: actor_codes(r.get("actor"))),
        ("recipient", lambda r: actor_codes(r.get("recipient"))),
        ("modality", lambda r: r.get("modality")),
        ("where", lambda r: (r.get("location") or {}).get("name")),
        ("trigger", lambda r: r["evidence"]["trigger"]),
        ("sentence", lambda r: _clip(r["evidence"]["sentence_text"], 110)),
    ]
    if by == "event":
        cols.insert(0, ("n", lambda r: r.get("num_mentions")))
    return cols


# Narrower than this, `events` shows the compact table unless --wide.
WIDE_TABLE = 160


def _kind(r: dict[str, Any]) -> str:
    t = r["event_type"] + (f"/{r['mode']}" if r.get("mode") else "")
    return t if r.get("modality") in (None, "asserted") else f"{t} ({r['modality']})"


def _dyad(r: dict[str, Any]) -> str:
    pair = f"{actor_codes(r.get('actor')) or '–'} → {actor_codes(r.get('recipient')) or '–'}"
    return _clip(pair, 24)


def _compact_event_columns(rows: list[dict[str, Any]], width: int) -> list[tuple[str, Any]]:
    """Date, type, actor → recipient and the evidence shortened to the width left."""
    fixed = [
        ("date", lambda r: r.get("date") or "–"),
        ("type", _kind),
        ("actor → recipient", _dyad),
    ]
    used = sum(max([len(h)] + [len(get(r)) for r in rows]) for h, get in fixed)
    room = max(12, width - used - 2 * len(fixed))  # two spaces between columns
    return [
        *fixed,
        ("evidence", lambda r: _clip(" ".join(r["evidence"]["sentence_text"].split()), room)),
    ]


# the compact table: nothing wraps (each cell was cut to fit beforehand)
COMPACT_OPTS: dict[str, dict[str, Any]] = {
    h: {"no_wrap": True, "overflow": "ellipsis"}
    for h in ("date", "type", "actor → recipient", "evidence")
}


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


@app.command()
def events(
    db: DbOpt = DEFAULT_DB,
    fmt: FormatOpt = "table",
    by: Annotated[
        str,
        typer.Option(
            help="event: one record per linked event (with num_mentions, num_sources, "
            "num_articles, mention_ids, first_seen, last_seen); mention: one per coded "
            "sentence mention, exactly as `communique code` prints."
        ),
    ] = "event",
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    country: CountryOpt = None,
    event_type: TypeOpt = None,
    modality: ModalityOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    article: ArticleOpt = None,
    cameo: CameoOpt = None,
    quad: QuadOpt = None,
    min_confidence: ConfidenceOpt = None,
    publisher: PublisherOpt = None,
    language: LanguageOpt = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.", min=1, max=10**12)] = None,
    one_a_day: Annotated[
        bool,
        typer.Option(
            "--one-a-day",
            help="The classic one-a-day filter instead of linked events: coded mentions, one per "
            "(date, actor codes, recipient codes, type), for comparison with older datasets.",
        ),
    ] = False,
    wide: Annotated[
        bool,
        typer.Option(
            "--wide",
            help=f"Every column (mentions, CAMEO, modality, place, trigger, sentence), in lines "
            f"of at least {WIDE_TABLE + 40} characters (for `less -S` or a file). Under "
            f"{WIDE_TABLE} columns the table shows date, type, actor → recipient and the "
            "evidence, shortened; --format csv or jsonl gives every field.",
        ),
    ] = False,
) -> None:
    """List coded events with their evidence, filtered by country, type, date or words.

    Examples:

        communique events --actor RUS --recipient CUB

        communique events --type SANCTION --since 2018-01-01 --format csv > sanctions.csv

        communique events --by mention --format jsonl
    """
    from communique.store.queries import list_events, list_mentions, list_one_a_day

    fmt = _check_format(fmt)
    if by not in ("event", "mention"):
        raise _fail("--by must be 'event' or 'mention'")
    flt = _event_filter(_filter_values(locals()), text=search, article_id=article, limit=limit)
    store = _open_store(db, read_only=True)
    if one_a_day:
        by = "one-a-day record"
        rows = list_one_a_day(store, flt)
    else:
        rows = list_events(store, flt) if by == "event" else list_mentions(store, flt)
    if fmt != "table" and by != "mention":  # where each event was reported
        from communique.store.article_fields import with_article_fields

        rows = with_article_fields(store, rows)
    store.close()
    title = f"{len(rows)} {by}s"
    if fmt == "table" and not wide and table_width() < WIDE_TABLE:
        columns = _compact_event_columns(rows, table_width())
        emit(rows, fmt, columns=columns, title=title, column_opts=COMPACT_OPTS, compact=True)
        return
    # --wide: every column at full width whatever the terminal (for `less -S` or a file)
    width = max(table_width(), WIDE_TABLE + 40) if wide else None
    emit(rows, fmt, columns=_event_columns("event" if one_a_day else by), title=title, width=width)


# --------------------------------------------------------------------------------------------
@app.command()
def export(
    output: Annotated[
        Path,
        typer.Option(
            "--output",
            "-o",
            help="File to write (- for standard output; for parquet, a .parquet file gets "
            "the events, a folder gets events, mentions and articles).",
        ),
    ],
    to: Annotated[
        str,
        typer.Option(
            "--to",
            help="plover: PLOVER/POLECAT-style JSON Lines; gdelt: GDELT-2.0-like CSV (GDELT's "
            "column names where a column exists); polecat: TSV with the columns of the "
            "POLECAT weekly releases; parquet.",
        ),
    ] = "plover",
    db: DbOpt = DEFAULT_DB,
    actor: ActorOpt = None,
    recipient: RecipientOpt = None,
    country: CountryOpt = None,
    event_type: TypeOpt = None,
    modality: ModalityOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    article: ArticleOpt = None,
    cameo: CameoOpt = None,
    quad: QuadOpt = None,
    min_confidence: ConfidenceOpt = None,
    publisher: PublisherOpt = None,
    language: LanguageOpt = None,
    limit: Annotated[int | None, typer.Option(help="At most this many.")] = None,
) -> None:
    """Export events for other tools: PLOVER JSON Lines, GDELT-like CSV, POLECAT TSV or Parquet.

    Takes the filters of `communique events`. Dates: GDELT's SQLDATE and POLECAT's Event
    Date are the first day of the event's period, with a date-precision column; Parquet has
    a DATE column ``date`` and ``date_precision``.

    Examples:

        communique export --to gdelt -o events.csv

        communique export --to polecat --actor RUS --since 2024-01-01 -o rus.tsv

        communique export --to parquet -o dataset/      # events, mentions, articles
    """
    from communique.store.exports import (
        EXPORT_FORMATS,
        write_gdelt,
        write_parquet,
        write_plover,
        write_polecat_tsv,
    )
    from communique.store.queries import list_events

    if to not in EXPORT_FORMATS:
        raise _fail(f"--to must be one of {', '.join(EXPORT_FORMATS)}")
    flt = _event_filter(_filter_values(locals()), text=search, article_id=article, limit=limit)
    store = _open_store(db, read_only=True)
    if to == "parquet":
        if str(output) == "-":
            raise _fail("parquet needs a file or folder for --output")
        counts = write_parquet(store, output, flt)
        err.print(", ".join(f"{n} {k}" for k, n in counts.items()) + f" → {output}")
    else:
        writer = {"plover": write_plover, "gdelt": write_gdelt, "polecat": write_polecat_tsv}[to]
        rows = list_events(store, flt)
        if str(output) == "-":
            n = writer(rows, store, sys.stdout)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = writer(rows, store, fh)
            err.print(f"{n} events → {output}")
    store.close()


# --------------------------------------------------------------------------------------------
__import__("communique.cli_eval").cli_eval.register(app)  # eval: sentences or stories


# --------------------------------------------------------------------------------------------
def print_summary(
    db: Path, *, examples: int = 5, include_unasserted: bool = False, as_json: bool = False
) -> None:
    """The overview printed after the demo: articles, events by type, pairs, a few events."""
    from communique.store.queries import EventFilter, list_events, summary

    store = _open_store(db, read_only=True)
    s = summary(store, include_unasserted=include_unasserted)
    if as_json:
        store.close()
        sys.stdout.write(to_json(s) + "\n")
        return
    sample = [
        e
        for e in list_events(store, EventFilter())
        if e.get("actor") and e.get("recipient") and e["modality"] == "asserted"
    ]
    store.close()
    out = Console()
    out.print(
        f"\n[bold]{s['articles']} articles[/bold], {s['events']} events "
        f"({s['mentions']} mentions) in {db}\n"
    )
    emit(
        [{"type": k, "events": v} for k, v in s["events_by_type"].items()],
        "table",
        title="Events by PLOVER type",
    )
    emit(
        s["top_pairs"],
        "table",
        title="Top country pairs (actor → recipient)",
        columns=[
            ("actor", lambda r: r["actor"]),
            ("recipient", lambda r: r["recipient"]),
            ("events", lambda r: r["events"]),
            ("scored", lambda r: r["scored"]),
            ("Goldstein sum", lambda r: r["goldstein_sum"]),
        ],
    )
    err.print(
        "[dim]· "
        + (
            "every modality counted and scored"
            if include_unasserted
            else "historical events left out; Goldstein sums over asserted events only "
            "(--include-unasserted scores every modality)"
        )
        + "[/dim]",
        markup=True,
    )
    step = max(1, len(sample) // examples) if sample else 1
    out.print("\n[bold]A few events with their evidence[/bold]")
    for e in sample[::step][:examples]:
        ev = e["evidence"]
        out.print(
            f"\n[cyan]{e.get('date') or 'date unknown'}[/cyan]  [bold]{e['event_type']}[/bold] "
            f"({e.get('cameo')})  {actor_codes(e['actor'])} → {actor_codes(e['recipient'])}"
            + (f"  at {e['location']['name']}" if e.get("location") else "")
        )
        out.print(f"  “{_clip(ev['sentence_text'], 220)}”", highlight=False, markup=False)
        out.print(f"  [dim]{escape(e['explanation'])}[/dim]", highlight=False)


@app.command()
def summary(
    db: DbOpt = DEFAULT_DB,
    include_unasserted: Annotated[
        bool,
        typer.Option(
            "--include-unasserted",
            help="Score every modality and count historical events too (by default "
            "historical events are left out and only asserted ones are scored).",
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summary as one JSON object.")
    ] = False,
) -> None:
    """Print an overview of the database: articles, events by type, top pairs, examples.

    Top pairs have the figures every page and command shows for a pair (see
    `communique dyad`): events counted, asserted ones scored.
    """
    print_summary(db, include_unasserted=include_unasserted, as_json=as_json)


@app.command()
def demo(
    db: DbOpt = Path("communique-demo.duckdb"),
    fresh: Annotated[bool, typer.Option(help="Start from an empty database.")] = True,
) -> None:
    """Code the bundled example stories into a database and print what came out.

    The examples (about 30 stories in the Markdown story form, HTML and JSON Lines) live
    inside the package; the database is written to --db (default communique-demo.duckdb).
    """
    examples = resources.files("communique").joinpath("data/examples")
    if fresh and db.exists():
        db.unlink()
        Path(str(db) + ".wal").unlink(missing_ok=True)
    with resources.as_file(examples) as folder:
        err.print(f"ingesting the bundled examples from {folder} …")
        try:
            ingest([str(folder)], db=db, batch_size=32, quiet=False)
        except typer.Exit as exc:
            if exc.exit_code not in (0, 1):
                raise
    print_summary(db)


__import__("communique.cli_relations").cli_relations.register(app)  # dyad network spikes serve
__import__("communique.cli_names").cli_names.register(app)  # who: persons and bodies by name


__import__("communique.cli_bench").cli_bench.register(app)  # bench, load


def _version(value: bool) -> None:
    if value:
        typer.echo(f"communique {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    pass


def main() -> None:
    app()


if __name__ == "__main__":
    main()
