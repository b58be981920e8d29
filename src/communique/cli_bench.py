"""`communique bench` (throughput), `communique load` (a Parquet dataset into DuckDB) and the
`ingest --dask` driver. Registered on the main app by ``register(app)``."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

err = Console(stderr=True, highlight=False)


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[bold red]error:[/bold red] {message}", markup=True)
    return typer.Exit(code)


def _eta(done: int, total: int, started: float) -> str:
    secs = time.perf_counter() - started
    rate = done / secs if secs > 0 else 0.0
    left = (total - done) / rate if rate > 0 else float("nan")
    eta = f"{left:,.0f}s" if left == left else "?"
    return f"{done}/{total} articles, {rate:.1f} articles/s, ETA {eta}"


def dask_ingest(
    inputs: list[str], scheduler: str, out: Path | None, *, quiet: bool, partition_size: int = 32
) -> None:
    """`communique ingest --dask ...`: code on a Dask cluster into a Parquet dataset."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

    from communique.distributed import DaskReport, distributed_ingest
    from communique.sources import iter_articles

    if out is None:
        raise _fail("--dask writes a Parquet dataset: give its folder with --out DIR")
    started = time.perf_counter()
    progress = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
    with progress:
        task = progress.add_task("coding on Dask…", total=None)

        def on_progress(r: DaskReport, total: int) -> None:
            text = _eta(r.stored, total, started)
            progress.update(task, total=total, completed=r.stored, description=text)
            if progress.disable and not quiet:
                err.print(f"ingest --dask: {r.done} partitions done; {text}", soft_wrap=True)

        report = distributed_ingest(
            iter_articles(inputs, stdin=sys.stdin.buffer if sys.stdin else None),
            out,
            scheduler,
            partition_size=partition_size,
            on_progress=on_progress,
        )
    for e in report.errors:
        err.print(f"[red]skipped[/red] {e.origin}: {e.reason}", markup=True, soft_wrap=True)
    for c in report.conflicts:
        err.print(f"[yellow]conflict[/yellow] {escape(c.origin + ': ' + c.reason())}")
    conflicts = f"{len(report.conflicts)} conflicts (not stored), " if report.conflicts else ""
    err.print(
        f"{report.stored} articles coded ({report.mentions} events) in {report.done} partitions, "
        f"{report.skipped} partitions already finished, {report.duplicates} duplicates, "
        f"{conflicts}"
        f"{len(report.errors)} failed, in {report.seconds:.1f}s → {out} "
        f"(load it with `communique load {out} --db FILE`)"
    )
    if report.interrupted:
        err.print("[yellow]interrupted:[/yellow] finished partitions are kept; rerun to resume.")
        raise typer.Exit(130)
    if report.errors or report.conflicts:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    @app.command()
    def bench(
        articles: Annotated[int, typer.Option(help="Stories in the benchmark corpus.")] = 200,
        seed: Annotated[int, typer.Option(help="Corpus seed (same seed, same corpus).")] = 7,
        linearity: Annotated[
            bool, typer.Option(help="Also time 10x the stories (cost should grow linearly).")
        ] = False,
        dask: Annotated[
            str | None,
            typer.Option(help="Also time Dask ingest on local clusters of these sizes, e.g. 1,2."),
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    ) -> None:
        """Measure throughput: articles, words and events per second, against spaCy.

        Builds a reproducible corpus of about-400-word stories from the bundled examples
        (shuffled paragraphs, swapped countries and office holders, changed numbers), ingests
        it into a temporary database (parse, code, link, store: seconds per stage) and runs
        spaCy's full small pipeline over the same text as the baseline, in the same run.

        Example:

            communique bench --articles 200 --linearity --dask 1,2 --json
        """
        from communique.benchmark import run_bench

        if articles < 1:
            raise _fail("--articles must be at least 1")
        try:
            workers = tuple(int(x) for x in dask.split(",")) if dask else ()
        except ValueError:
            raise _fail("--dask takes worker counts such as 1,2") from None
        say = (lambda m: err.print(f"bench: {m}")) if not as_json or err.is_terminal else None
        result = run_bench(
            articles, seed=seed, linearity=linearity, dask_workers=workers, progress=say
        )
        if as_json:
            sys.stdout.write(json.dumps(result, indent=2) + "\n")
            return
        out = Console()
        out.print(
            f"[bold]{result['articles']} articles[/bold] ({result['words']:,} words, "
            f"{result['events']} events) in {result['seconds']:.1f}s"
        )
        for key in ("articles_per_s", "words_per_s", "events_per_s", "baseline_articles_per_s"):
            out.print(f"  {key:<26} {result[key]:,.2f}")
        out.print(f"  {'ratio_to_baseline':<26} {result['ratio_to_baseline']:.2f}")
        out.print(f"  {'peak_rss_mb':<26} {result['peak_rss_mb']:,.0f}")
        out.print("  stages (s): " + ", ".join(f"{k} {v:.2f}" for k, v in result["stages"].items()))
        if "linearity" in result:
            lin = result["linearity"]
            out.print(
                f"  10x stories: {lin['seconds']:.1f}s = {lin['time_ratio_10x']:.2f}x the time"
            )
        for name, d in result.get("dask", {}).items():
            out.print(f"  dask {name}: {d['articles_per_s']:.2f} articles/s")

    @app.command()
    def load(
        dataset: Annotated[Path, typer.Argument(help="Parquet dataset from `ingest --dask`.")],
        db: Annotated[
            Path, typer.Option("--db", help="DuckDB database file.", envvar="COMMUNIQUE_DB")
        ] = Path("communique.duckdb"),
    ) -> None:
        """Load a Parquet dataset written by `ingest --dask` into a database.

        Only finished partitions are loaded; articles already in the database are skipped,
        so loading again (after a resumed ingest, say) adds only what is new. Then every
        other command (events, articles, export, serve) works on --db.
        """
        from communique.distributed import finished_partitions, load_dataset
        from communique.store import Store, StoreError

        if not dataset.is_dir():
            raise _fail(f"{dataset}: not a folder (give the --out folder of `ingest --dask`)")
        if not finished_partitions(dataset):
            raise _fail(f"{dataset}: no finished partitions (nothing written by `ingest --dask`)")
        try:
            store = Store(db)
        except StoreError as exc:
            raise _fail(str(exc)) from None
        with store:
            added = load_dataset(dataset, store)
        err.print(", ".join(f"{n} {t}" for t, n in added.items()) + f" added → {db}")
