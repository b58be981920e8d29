"""Printing records as a table, JSON Lines or CSV: the one place the CLI formats output."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import IO, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from communique.safecsv import SafeDictWriter

FORMATS = ("table", "jsonl", "csv")


def _json_default(o: object) -> str:
    if isinstance(o, datetime | date):
        return o.isoformat()
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def to_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=_json_default)


def actor_codes(actors: Sequence[dict[str, Any]] | None) -> str:
    """Actors as codes for tables and CSV: 'CUBGOV+RUSGOV', or their words when uncoded."""
    return "+".join((a.get("code") or a.get("text") or "?") for a in actors or [])


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """One level of plain values per record, for CSV."""
    out: dict[str, Any] = {}
    for k, v in record.items():
        if k in ("actor", "recipient"):
            out[k] = actor_codes(v)
            out[f"{k}_countries"] = ";".join(
                sorted({a.get("country") or "" for a in v or []} - {""})
            )
            out[f"{k}_text"] = " | ".join(a.get("text") or "" for a in v or [])
        elif k == "location":
            v = v or {}
            for sub in ("name", "country", "lat", "lon", "source"):
                out[f"location_{sub}"] = v.get(sub)
        elif k == "evidence":
            v = v or {}
            out["evidence_sentence"] = v.get("sentence_text")
            out["evidence_start"] = v.get("start")
            out["evidence_end"] = v.get("end")
            out["trigger"] = v.get("trigger")
        elif isinstance(v, list):
            out[k] = ";".join(str(x) for x in v)
        elif isinstance(v, dict):
            out[k] = to_json(v)
        else:
            out[k] = v
    return out


def _plain(value: str) -> Text:
    """Cell text shown as written: story text may contain [brackets] rich would read as markup."""
    return Text(value)


def table_width(out: IO[str] | None = None) -> int:
    """Columns a table may use: $COLUMNS when set, else the terminal's, else 200 (a pipe or
    file gets wide lines rather than rich's 80-column default)."""
    out = out or sys.stdout
    cols = os.environ.get("COLUMNS", "")
    if cols.isdigit() and int(cols) > 0:
        return int(cols)
    if out.isatty():
        return Console(file=out).width
    return 200


def emit(
    records: Sequence[dict[str, Any]],
    fmt: str,
    *,
    columns: Sequence[tuple[str, Callable[[dict[str, Any]], Any]]] = (),
    title: str | None = None,
    out: IO[str] | None = None,
    column_opts: dict[str, dict[str, Any]] | None = None,
    compact: bool = False,
    width: int | None = None,
) -> None:
    """Print records; ``columns`` (header, getter) choose what a table shows, ``column_opts``
    (header -> rich column options) how; ``compact`` draws no vertical rules; ``width``
    overrides the table width."""
    out = out or sys.stdout
    if fmt == "jsonl":
        for r in records:
            out.write(to_json(r) + "\n")
    elif fmt == "csv":
        rows = [flat(r) for r in records]
        fields: list[str] = []
        for r in rows:
            fields += [k for k in r if k not in fields]
        w = SafeDictWriter(out, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    elif fmt == "table":
        console = Console(file=out, soft_wrap=False, width=width or table_width(out))
        if not records:
            console.print("[dim](nothing to show)[/dim]")
            return
        cols = columns or [(k, (lambda r, k=k: r.get(k))) for k in records[0]]
        cells = [["" if (v := get(r)) is None else str(v) for _, get in cols] for r in records]
        table = Table(
            title=title, show_lines=False, header_style="bold",
            box=box.SIMPLE_HEAD if compact else box.HEAVY_HEAD, show_edge=not compact,
            pad_edge=not compact, collapse_padding=compact,
        )  # fmt: skip
        for i, (header, _) in enumerate(cols):
            widest = max(len(row[i]) for row in cells)
            # Short values (ids, dates, codes) never wrap; long text folds.
            opts = {"no_wrap": widest <= 24, "overflow": "fold", "min_width": min(widest, 10)}
            table.add_column(header, **{**opts, **(column_opts or {}).get(header, {})})
        for row in cells:
            table.add_row(*map(_plain, row))
        console.print(table)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
